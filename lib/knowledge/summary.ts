// Figures about a compiled model, for the CLI and the benchmark.
import { gzipSync } from 'node:zlib';

import type { CompiledKnowledge } from './compile';

export interface Summary {
  articles: number;
  blocks: number;
  sentences: number;
  mentions: number;
  topics: number;
  aliases: number;
  passages: number;
  facts: number;
  namesBytes: number;
  namesGzipBytes: number;
  detailsBytes: number;
  detailsGzipBytes: number;
}

export function summarize({ names, details }: CompiledKnowledge): Summary {
  const blocks = details.articles.flatMap((a) => a.blocks);
  const topics = Object.values(details.topics);
  const namesJson = Buffer.from(JSON.stringify(names));
  const detailsJson = Buffer.from(JSON.stringify(details));
  return {
    articles: details.articles.length,
    blocks: blocks.length,
    sentences: blocks.reduce((n, b) => n + b.sentences.length, 0),
    mentions: blocks.reduce((n, b) => n + b.mentions.length, 0),
    topics: names.topics.length,
    aliases: names.topics.reduce((n, t) => n + t.aliases.length, 0),
    passages: topics.reduce((n, t) => n + t.passages.length, 0),
    facts: topics.reduce((n, t) => n + t.facts.length, 0),
    namesBytes: namesJson.length,
    namesGzipBytes: gzipSync(namesJson).length,
    detailsBytes: detailsJson.length,
    detailsGzipBytes: gzipSync(detailsJson).length,
  };
}

export function formatSummary(s: Summary): string {
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
  return [
    `articles  ${s.articles} (${s.blocks} blocks, ${s.sentences} sentences, ${s.mentions} mentions)`,
    `topics    ${s.topics} (${s.aliases} names and aliases, ${s.passages} passages, ${s.facts} facts)`,
    `names     ${kb(s.namesBytes)} JSON, ${kb(s.namesGzipBytes)} gzip`,
    `details   ${kb(s.detailsBytes)} JSON, ${kb(s.detailsGzipBytes)} gzip`,
  ].join('\n');
}
