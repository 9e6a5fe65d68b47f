import { FuzzyMatcher } from './lib/detect/fuzzy';
import { createDetector } from './lib/detect';
import { loadNames } from './tests/unit/detect/load-names';
import { readFileSync } from 'node:fs';
const body = readFileSync('content/articles/euronews-2023-09-19-moscow-yerevan.md', 'utf8') + readFileSync('content/articles/novosti-2025-04-28-kursk-north-korea.md','utf8');
let corpus = ''; while (corpus.length < 600000) corpus += body;
const proto = FuzzyMatcher.prototype as any;
const c: Record<string, number> = {};
for (const name of ['bestFor', 'gateFor', 'candidates', 'verify']) { const f = proto[name]; proto[name] = function (...a: any[]) { c[name] = (c[name] ?? 0) + 1; const r = f.apply(this, a); if (name === 'gateFor' && r) c.gatePass = (c.gatePass ?? 0) + 1; if (name === 'candidates' && r.length) c.candNonEmpty = (c.candNonEmpty ?? 0) + 1; return r; }; }
createDetector(loadNames()).detect(corpus);
console.log(c, corpus.split(/\s+/).length);
