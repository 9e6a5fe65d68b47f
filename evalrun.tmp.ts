import { readFileSync } from 'node:fs';
import { createDetector } from '/work/main/lib/detect';
import { loadMarkedNames as loadNames } from '/work/main/tests/unit/detect/load-names';
const names = loadNames();
const t0 = performance.now();
const det = createDetector(names);
console.log('topics', names.topics.length, 'build ms', (performance.now() - t0).toFixed(1));
const file = process.argv[2] ?? '/work/shared/eval/dev.jsonl';
const byId = new Map(names.topics.map((t) => [t.id, t.name.en]));
for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
  const o = JSON.parse(line);
  const ms = det.detect(o.text);
  const gold = (o.mentions ?? []).map((m: any) => `${m.surface}=${m.entity}`).join(' | ');
  console.log(o.id, o.text);
  console.log('   DET:', ms.map((m) => `${m.text}=${byId.get(m.topic)}${m.match === 'fuzzy' ? '~' : ''}`).join(' | '));
  if (o.mentions) console.log('  GOLD:', gold);
}
