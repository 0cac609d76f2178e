// Invalid content must fail the real build with a message naming the file, the field and the
// fix, and must publish nothing. Each case copies the project to a temporary folder, adds one
// fixture from tests/fixtures/invalid-content/<case>/ to content/, and runs scripts/build.mjs
// (which runs the content check first) over a dist/ from an earlier build, which must stay as it was.
// One more copy gets every fixture at once and runs `astro build` itself, without the check before
// it: the build refuses on its own (src/integrations/contentCheck.ts), and no payload reaches the output folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyProject, PROJECT_ROOT as root, runNode } from '../project-copy.mjs';

const fixtures = join(root, 'tests/fixtures/invalid-content');
/** @type {{ name: string, expect: string[] }[]} */
const cases = JSON.parse(readFileSync(join(fixtures, 'cases.json'), 'utf8'));

/** What an earlier, good build left in dist/. */
const EARLIER_BUILD = '<!doctype html><title>earlier build</title>';

/** @param {string[]} caseNames */
function makeProject(...caseNames) {
  const dir = copyProject(`invalid-${caseNames.length === 1 ? caseNames[0] : 'all'}`);
  for (const name of caseNames) cpSync(join(fixtures, name), join(dir, 'content'), { recursive: true });
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist/index.html'), EARLIER_BUILD);
  return dir;
}

/**
 * Every file under a folder, as paths relative to it.
 * @param {string} dir
 * @returns {string[]}
 */
const filesIn = (dir) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name))
    : [];

/** @param {string} dir @param {string[]} [args] */
const build = (dir, args = ['scripts/build.mjs']) => runNode(dir, args);

// The copies are built two at a time: a build is CPU-bound and CI has two cores.
/** @type {Map<string, { code: number | null, output: string, distFiles: string[], earlierBuild: string }>} */
const results = new Map();
async function runAll() {
  const queue = [...cases];
  await Promise.all(
    [0, 1].map(async () => {
      for (let c = queue.shift(); c; c = queue.shift()) {
        const dir = makeProject(c.name);
        try {
          const result = await build(dir);
          results.set(c.name, {
            ...result,
            distFiles: filesIn(join(dir, 'dist')),
            earlierBuild: readFileSync(join(dir, 'dist/index.html'), 'utf8'),
          });
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
    }),
  );
}
const ready = runAll();

for (const c of cases) {
  test(`invalid content "${c.name}" fails the build with file, field and fix`, async () => {
    await ready;
    const result = results.get(c.name);
    assert.ok(result, `${c.name}: the build ran`);
    const { code, output, distFiles, earlierBuild } = result;
    assert.notEqual(code, 0, `build should fail:\n${output}`);
    for (const part of c.expect) assert.ok(output.includes(part), `message should contain ${JSON.stringify(part)}:\n${output}`);
    assert.equal(distFiles.length, 1, `dist/ must stay as the earlier build left it: ${distFiles.join(', ')}`);
    assert.equal(earlierBuild, EARLIER_BUILD);
  });
}

test('astro build itself refuses every case at once, in German, and writes no payload', async () => {
  await ready;
  const dir = makeProject(...cases.map((c) => c.name));
  try {
    const out = join(dir, 'astro-out');
    const { code, output } = await build(dir, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out]);
    assert.notEqual(code, 0, `astro build should fail:\n${output}`);
    assert.match(output, /Fehler im Inhalt \(\d+\); solange sie bestehen, wird nichts veröffentlicht:/);
    for (const c of cases)
      for (const part of c.expect) assert.ok(output.includes(part), `${c.name}: message should contain ${JSON.stringify(part)}`);
    const leaked = filesIn(out).filter((f) => readFileSync(f, 'latin1').includes('PAYLOAD'));
    assert.deepEqual(leaked, [], 'no payload of any fixture may reach the output');
    assert.equal(filesIn(out).filter((f) => f.endsWith('.html')).length, 0, 'no page is written');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a dotfile or a symlink in public/ stops the build before anything is built, in German', async () => {
  const dir = makeProject();
  const outside = mkdtempSync(join(tmpdir(), 'ik-outside-'));
  try {
    writeFileSync(join(outside, 'geheim.txt'), 'PAYLOAD-symlink');
    writeFileSync(join(dir, 'public/.env'), 'PASSWORD=PAYLOAD-env');
    symlinkSync(join(outside, 'geheim.txt'), join(dir, 'public/harmlos.txt'));
    const { code, output } = await build(dir);
    assert.notEqual(code, 0, output);
    assert.match(output, /Build gestoppt: public\/ enthält Dateien, die nicht veröffentlicht werden dürfen:/);
    assert.match(output, /public\/\.env: Dateien, deren Name mit einem Punkt beginnt, werden nicht veröffentlicht/);
    assert.match(output, /public\/harmlos\.txt: ist eine Verknüpfung \(symbolischer Link\)/);
    assert.deepEqual(
      filesIn(join(dir, 'dist')).map((f) => readFileSync(f, 'utf8')),
      [EARLIER_BUILD],
      'dist/ stays as it was',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  }
});
