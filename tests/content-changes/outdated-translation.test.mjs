// After the German text changes and a translation is marked outdated, the built translated page
// tells its readers, in their language, that the German text is newer, and links to it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';

const root = resolve('.');

test('an outdated translation shows the notice on the built page', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ik-outdated-'));
  try {
    for (const entry of ['src', 'public', 'content', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      cpSync(join(root, entry), join(dir, entry), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    // An editor changes the German text …
    const german = join(dir, 'content/pages/de/zielgruppen.md');
    const before = readFileSync(german, 'utf8');
    writeFileSync(german, `${before.trimEnd()}\n\nEin neuer Satz der Redaktion.\n`);
    assert.notEqual(readFileSync(german, 'utf8'), before, 'the German text changed');
    // … and marks the translations outdated, as the build asks.
    const stamp = spawnSync(process.execPath, ['scripts/translations-stamp.mjs', '--outdated'], { cwd: dir, encoding: 'utf8' });
    assert.equal(stamp.status, 0, stamp.stderr);
    assert.match(stamp.stdout, /outdated: content\/pages\/ar\/zielgruppen\.md/);
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` },
    });
    assert.equal(build.status, 0, build.stdout.slice(-2000) + build.stderr.slice(-2000));
    /** @type {typeof import('../../src/i18n/ui/de.json')} */
    const t = JSON.parse(readFileSync('src/i18n/ui/ar.json', 'utf8'));
    const { document } = parseHTML(readFileSync(join(dir, 'dist/ar/zielgruppen/index.html'), 'utf8'));
    const notice = [...document.querySelectorAll('[role="note"]')].find((n) => n.textContent.includes(t['translation.outdated']));
    assert.ok(notice, 'outdated notice in Arabic');
    assert.equal(notice.querySelector('a')?.getAttribute('href'), '/de/zielgruppen/');
    // Pages whose German text did not change are not marked.
    const other = readFileSync(join(dir, 'dist/ar/programm/index.html'), 'utf8');
    assert.ok(!other.includes(t['translation.outdated']));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
