// Reads content/topics/*.yaml into a NamesIndex, the detector's only input, so
// detector tests do not depend on the whole content compiler.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

import { TOPIC_KINDS, type NamesIndex, type TopicKind, type TopicName } from '../../../lib/knowledge/types';

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

function toTopic(raw: unknown): TopicName | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const name = (r.name ?? {}) as Record<string, unknown>;
  const kind = r.kind as TopicKind;
  if (typeof r.id !== 'string' || !TOPIC_KINDS.includes(kind)) return null;
  if (typeof name.ar !== 'string' || typeof name.en !== 'string') return null;
  const marked = typeof r.marked === 'boolean' ? r.marked : true;
  // Names that lead to this topic's card (leads_here) are matched like aliases.
  const leads = Array.isArray(r.leads_here) ? r.leads_here.flatMap((l: unknown) => strings((l as Record<string, unknown>).names)) : [];
  const aliases = [...strings(r.aliases), ...leads];
  return { id: r.id, kind, name: { ar: name.ar, en: name.en }, aliases, exclude: strings(r.exclude), marked };
}

/** Every topic in content/topics, marked on pages or not. */
export function loadNames(topicsDir = join(import.meta.dirname, '../../../content/topics')): NamesIndex {
  const topics: TopicName[] = [];
  for (const file of readdirSync(topicsDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const list: unknown = parse(readFileSync(join(topicsDir, file), 'utf8'));
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const topic = toTopic(raw);
      if (topic) topics.push(topic);
    }
  }
  return { version: 1, topics };
}

/** The topics pages mark: what the extension runs the detector with. */
export function loadMarkedNames(topicsDir?: string): NamesIndex {
  const names = loadNames(topicsDir);
  return { ...names, topics: names.topics.filter((t) => t.marked) };
}
