// @ts-check
// `astro dev` speaks to editors in the same words as `npm run build` and `npm run content:check`:
// the content rules' German messages (src/lib/content/messages.ts), not English ones. A copy of
// the project gets an offer with an unknown region; the dev server must answer a page with the
// German message naming file, field and fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
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

test('astro dev shows content errors in German, with file, field and fix', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ik-dev-'));
  for (const entry of ['src', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  cpSync(join(root, 'tests/fixtures/invalid-content/unknown-region'), join(dir, 'content'), { recursive: true });
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
    const origin = `http://127.0.0.1:${port}`;
    let body = '';
    for (let attempt = 0; attempt < 120 && !body; attempt++) {
      await new Promise((ok) => setTimeout(ok, 500));
      body = await fetch(`${origin}/de/regionen/`).then(
        (r) => r.text(),
        () => '',
      );
    }
    assert.ok(body, `the dev server answered:\n${log}`);
    const shown = `${body}\n${log}`;
    assert.match(shown, /content\/offers\/de\/fixture-unbekannte-region\.md/, `names the file:\n${log}`);
    assert.match(
      shown,
      /"atlantis" ist keine bekannte Region\. Verwenden Sie den Dateinamen einer Region aus content\/regions\//,
      `German message with the fix:\n${log}`,
    );
    assert.doesNotMatch(shown, /is not a known region/, 'no English message');
  } finally {
    child.kill('SIGTERM');
    await new Promise((ok) => child.once('close', ok));
    rmSync(dir, { recursive: true, force: true });
  }
});
