// html-validate over every built page: 0 errors, with the project's .htmlvalidate.json.
// The pages are split over worker threads (one per CPU, at most 4): about 20 ms of CPU per page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { assertBuilt, htmlFiles, DIST } from './helpers.mjs';
import { validationErrors } from './htmlValidator.mjs';

assertBuilt();

test('the configured validator catches invalid markup', () => {
  /** @param {string} body */
  const page = (body) =>
    `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Test</title></head><body><main>${body}</main></body></html>`;
  assert.deepEqual(validationErrors(page('<p>Hallo</p>'), 'good.html'), []);
  const bad = validationErrors(page('<p><div>Block</div></p><img src="x.png"><span id="a b"></span>'), 'bad.html');
  for (const rule of ['no-implicit-close', 'wcag/h37', 'valid-id']) {
    assert.ok(
      bad.some((e) => e.startsWith('bad.html:1:') && e.includes(` ${rule}: `)),
      `expected a ${rule} error, got:\n${bad.join('\n')}`,
    );
  }
  // Markdown passes <br/> and <br /> through as written (void-style is off, docs/decisions.md); an id in Arabic script is valid HTML.
  assert.deepEqual(validationErrors(page('<p id="ما-ليس-خاليًا">Zeile<br/>Zeile</p>'), 'br.html'), []);
});

test('html-validate reports 0 errors on every built page', async () => {
  const files = htmlFiles();
  assert.ok(files.length > 1000, `expected the whole site (over 1,000 pages), found ${files.length}`);
  const workers = Math.min(4, availableParallelism());
  const chunks = Array.from({ length: workers }, (_, i) => files.filter((_, j) => j % workers === i));
  const results = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL('./htmlValidator.mjs', import.meta.url), { workerData: { dist: DIST, files: chunk } });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && reject(new Error(`html-validate worker exited with ${code}`)));
        }),
    ),
  );
  const problems = results.flat();
  assert.equal(problems.length, 0, `${problems.length} html-validate errors:\n${problems.slice(0, 200).join('\n')}`);
});
