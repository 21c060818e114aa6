// Benchmark runner: `npm run bench` runs every bench/*.bench.ts;
// `npm run bench -- assess` (or `api`, ...) runs bench/<name>.bench.ts.
// Each bench module exports `run(): Promise<void>` and prints its own table.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const available = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.slice(0, -'.bench.ts'.length))
  .sort();
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !available.includes(w));
if (unknown.length > 0) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')}; available: ${available.join(', ')}`);
  process.exit(2);
}
let failed = false;
for (const name of wanted.length > 0 ? wanted : available) {
  const mod = (await import(`./${name}.bench.ts`)) as { run: () => Promise<boolean | void> };
  console.log(`\n== bench: ${name} ==`);
  if ((await mod.run()) === false) failed = true;
}
process.exit(failed ? 1 : 0);
