// @ts-check
// `astro dev` speaks to editors in the same words as `npm run build` and `npm run content:check`:
// the content rules' German messages (src/lib/content/messages.ts), not English ones. A copy of the
// project gets one editor's mistake; the dev server must show the German message naming file,
// field and fix: as the error of the page (a rule across entries, from src/data/site.ts) and in the
// terminal (every rule, schema included, from src/integrations/contentCheck.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve('.');

/** A free TCP port on the loopback interface. @returns {Promise<number>} */
function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/**
 * Starts `astro dev` on a copy of the project with one fixture of tests/fixtures/invalid-content/
 * added to content/, and calls `use` with the server's origin, a function returning its log, and
 * the copy's folder.
 * @param {string} mistake
 * @param {(origin: string, log: () => string, dir: string) => Promise<void>} use
 */
async function withDevServer(mistake, use) {
  const dir = mkdtempSync(join(tmpdir(), 'ik-dev-'));
  for (const entry of ['src', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  cpSync(join(root, `tests/fixtures/invalid-content/${mistake}`), join(dir, 'content'), { recursive: true });
  const port = await freePort();
  const child = spawn(join(root, 'node_modules/.bin/astro'), ['dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: dir,
    env: {
      ...process.env,
      PATH: `${join(root, 'node_modules/.bin')}:${process.env['PATH']}`,
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  try {
    await use(`http://127.0.0.1:${port}`, () => log, dir);
  } finally {
    child.kill('SIGTERM');
    await new Promise((ok) => child.once('close', ok));
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Polls `probe` every half second until it returns something truthy (at most a minute). @template T @param {() => Promise<T>} probe */
async function eventually(probe) {
  for (let attempt = 0; attempt < 120; attempt++) {
    const value = await probe();
    if (value) return value;
    await new Promise((ok) => setTimeout(ok, 500));
  }
  return undefined;
}

test('astro dev shows a content rule error in German on the page and in the terminal', { timeout: 120_000 }, async () => {
  await withDevServer('unknown-region', async (origin, log) => {
    const body = await eventually(() =>
      fetch(`${origin}/de/regionen/`).then(
        (r) => r.text(),
        () => '',
      ),
    );
    assert.ok(body, `the dev server answered:\n${log()}`);
    // The page is Astro's error page for the ContentError of src/data/site.ts; its text is in the
    // overlay and in the terminal.
    assert.match(body, /<title>ContentError<\/title>/, `the page shows the content error:\n${body.slice(0, 500)}`);
    const fromBuild = await eventually(async () => /Fehler im Inhalt \(1\); solange sie bestehen, wird nichts veröffentlicht/.test(log()));
    assert.ok(fromBuild, `the build's ContentError is German:\n${log()}`);
    assert.match(
      log(),
      /Fehler: content\/offers\/de\/fixture-unbekannte-region\.md, Zeile 4, Feld "region": "atlantis" ist keine bekannte Region\. Verwenden Sie den Dateinamen einer Region aus content\/regions\//,
      `terminal:\n${log()}`,
    );
    assert.doesNotMatch(`${body}\n${log()}`, /is not a known region/, 'no English message');
  });
});

test('astro dev checks the content again when an editor saves a file', { timeout: 120_000 }, async () => {
  await withDevServer('unknown-region', async (_origin, log, dir) => {
    assert.ok(await eventually(async () => /Inhaltsprüfung: 1 Fehler/.test(log())), `the first check found the mistake:\n${log()}`);
    const file = join(dir, 'content/offers/de/fixture-unbekannte-region.md');
    const fixed = readFileSync(file, 'utf8').replace('region: atlantis', 'region: stadt-kassel');
    // Saved again on every poll: the file watcher may become ready only after the first check.
    const rerun = await eventually(async () => {
      writeFileSync(file, fixed);
      return /Inhaltsprüfung: 0 Fehler/.test(log());
    });
    assert.ok(rerun, `the check ran again after the fix:\n${log()}`);
  });
});

test('astro dev lists a schema mistake in German in the terminal', { timeout: 120_000 }, async () => {
  await withDevServer('unknown-enum', async (_origin, log) => {
    const summary = await eventually(async () => /Inhaltsprüfung: \d+ Fehler/.test(log()));
    assert.ok(summary, `the content check ran when the server started:\n${log()}`);
    assert.match(
      log(),
      /Fehler: content\/offers\/de\/fixture-unbekanntes-niveau\.md, Zeile \d+, Feld "levels \(Eintrag 1\)": "A3" ist kein gültiger Wert\. Erlaubt sind: A1, A2, B1, B2, C1, literacy\./,
      `terminal:\n${log()}`,
    );
  });
});
