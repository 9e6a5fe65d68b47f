import { createDetector } from './lib/detect';
import { loadNames } from './tests/unit/detect/load-names';
import { readFileSync } from 'node:fs';
import type { TopicName } from './lib/knowledge/types';
const body = readFileSync('content/articles/euronews-2023-09-19-moscow-yerevan.md', 'utf8') + readFileSync('content/articles/novosti-2025-04-28-kursk-north-korea.md','utf8');
let corpus = ''; while (corpus.length < 300000) corpus += body;
function mulberry32(seed: number) { let a = seed; return () => { a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const AR = ['با', 'كو', 'ري', 'سا', 'لي', 'نو', 'تا', 'مي', 'دو', 'غا', 'جي', 'فو', 'زا', 'شي', 'خو', 'را', 'يا', 'وا', 'هي', 'قو'];
const r = mulberry32(3);
const word = () => Array.from({ length: 2 + Math.floor(r() * 3) }, () => AR[Math.floor(r() * AR.length)]).join('');
const name = () => (r() < 0.4 ? `${word()} ${word()}` : word());
const base = loadNames();
const syn: TopicName[] = Array.from({ length: 4000 }, (_, i) => ({ id: 's' + i, kind: 'place', name: { ar: name(), en: 'X' + i }, aliases: [name(), name()], exclude: [] }));
const d = createDetector({ version: 1, topics: [...base.topics, ...syn] });
d.detect(corpus);
const t = performance.now(); for (let i = 0; i < 3; i++) d.detect(corpus); console.log('ms', (performance.now() - t) / 3, d.detect(corpus).length);
