// Builds the Pagefind search index of an already built site, as its own process:
//
//   node scripts/pagefind-index.mjs [dist]
//
// `npm run build` does this inside Astro's process (src/integrations/pagefindIndex.ts, the same
// function); this script exists so that `npm run bench` can time and measure the indexing on its
// own after `IK_SKIP_PAGEFIND=1 astro build`.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSearchIndex } from '../src/integrations/pagefindIndex.ts';

const dist = resolve(process.argv[2] ?? 'dist');
if (!existsSync(`${dist}/index.html`)) {
  console.error(`No built site in ${dist}: build it first.`);
  process.exit(2);
}
console.log(`Pagefind indexed ${await buildSearchIndex(dist)} pages into ${dist}/pagefind.`);

// Pagefind's indexer is a child process that its Node API stops but does not wait for. Stay until
// it has been reaped, so that GNU time's peak memory (bench) includes it. Linux only; elsewhere no wait.
const children = `/proc/${process.pid}/task/${process.pid}/children`;
for (let waited = 0; waited < 5000 && existsSync(children) && readFileSync(children, 'utf8').trim(); waited += 50) {
  await new Promise((done) => setTimeout(done, 50));
}
