// Invalid content must fail the real build with a message naming the file, the field and the
// fix, and must publish nothing. Each case copies the project to a temporary folder, adds one
// fixture from tests/fixtures/invalid-content/<case>/ to content/, and runs scripts/build.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve('.');
const fixtures = join(root, 'tests/fixtures/invalid-content');
/** @type {{ name: string, expect: string[] }[]} */
const cases = JSON.parse(readFileSync(join(fixtures, 'cases.json'), 'utf8'));

/** @param {string} caseName */
function makeProject(caseName) {
  const dir = mkdtempSync(join(tmpdir(), `ik-invalid-${caseName}-`));
  for (const entry of ['src', 'public', 'content', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  cpSync(join(fixtures, caseName), join(dir, 'content'), { recursive: true });
  return dir;
}

/**
 * @param {string} dir
 * @returns {Promise<{ code: number | null, output: string }>}
 */
function build(dir) {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['scripts/build.mjs'], {
      cwd: dir,
      env: { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}`, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => done({ code, output }));
  });
}

// The copies are built two at a time: a build is CPU-bound and CI has two cores.
/** @type {Map<string, { code: number | null, output: string, published: boolean }>} */
const results = new Map();
async function runAll() {
  const queue = [...cases];
  await Promise.all(
    [0, 1].map(async () => {
      for (let c = queue.shift(); c; c = queue.shift()) {
        const dir = makeProject(c.name);
        try {
          const result = await build(dir);
          results.set(c.name, { ...result, published: existsSync(join(dir, 'dist')) });
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
    const { code, output, published } = result;
    assert.notEqual(code, 0, `build should fail:\n${output}`);
    for (const part of c.expect) assert.ok(output.includes(part), `message should contain ${JSON.stringify(part)}:\n${output}`);
    assert.equal(published, false, 'a failed build must not leave a dist/ behind');
  });
}
