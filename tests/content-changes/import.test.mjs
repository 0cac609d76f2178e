// The spreadsheet import as an editor runs it: dry run by default, nothing written when any row
// has an error, a second import of the same file changes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** @param {string[]} args */
const run = (...args) => spawnSync(process.execPath, ['scripts/import-offers.mjs', ...args], { encoding: 'utf8' });
const exampleLines = () => readFileSync('docs/angebote-beispiel.csv', 'utf8').trim().split('\n');

/**
 * Imports a CSV made of `lines` with --write into a fresh folder; returns the run and what the folder holds.
 * @param {string[]} lines
 */
function importLines(lines) {
  const out = mkdtempSync(join(tmpdir(), 'ik-import-'));
  try {
    writeFileSync(join(out, 'liste.csv'), lines.join('\n'));
    const result = run(join(out, 'liste.csv'), '--out', out, '--write');
    return { ...result, files: readdirSync(out) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

test('the example imports, and importing it again changes nothing', () => {
  const out = mkdtempSync(join(tmpdir(), 'ik-import-'));
  try {
    const dry = run('docs/angebote-beispiel.csv', '--out', out);
    assert.equal(dry.status, 0, dry.stdout + dry.stderr);
    assert.match(dry.stdout, /Probelauf: 2 Datei\(en\) würden geschrieben/);
    assert.deepEqual(readdirSync(out), [], 'a dry run writes nothing');
    const first = run('docs/angebote-beispiel.csv', '--out', out, '--write');
    assert.equal(first.status, 0, first.stdout);
    assert.deepEqual(readdirSync(out).sort(), ['import-beispiel-frauenkurs-giessen.md', 'import-beispiel-sprachcafe-kassel.md']);
    const second = run('docs/angebote-beispiel.csv', '--out', out, '--write');
    assert.match(second.stdout, /0 Datei\(en\) geschrieben, 2 unverändert/);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('a spreadsheet with one bad row writes nothing and names the row and column', () => {
  const lines = exampleLines();
  assert.ok(lines[1], 'docs/angebote-beispiel.csv: first row');
  const result = importLines([...lines, lines[1].replace('import-beispiel-frauenkurs-giessen', 'kaputt').replace(';A1;', ';A3;')]);
  assert.equal(result.status, 1);
  assert.match(result.stdout, /Zeile 4, Spalte „Niveau“: „A3“ ist kein gültiger Wert für das Niveau/);
  assert.match(result.stdout, /Es wurde nichts geschrieben/);
  assert.deepEqual(result.files, ['liste.csv']);
});

test("the import applies the content check's rules, e.g. no script in a description", () => {
  const lines = exampleLines();
  assert.ok(lines[0] && lines[2], 'docs/angebote-beispiel.csv: header and second row');
  const result = importLines([lines[0], lines[2].replace('Deutsch sprechen', '<img src=x onerror=alert(1)> Deutsch sprechen')]);
  assert.equal(result.status, 1, result.stdout);
  assert.match(result.stdout, /Zeile 2, Spalte „Beschreibung“: Der Text enthält das Attribut onerror/);
  assert.deepEqual(result.files, ['liste.csv']);
});

test('npm run translations counts what is in content/', () => {
  const result = spawnSync(process.execPath, ['scripts/translations.mjs'], { encoding: 'utf8' });
  assert.equal(result.status, 0);
  const line = result.stdout.split('\n').find((l) => l.startsWith('ar '));
  assert.ok(line, 'a line for ar');
  const [upToDate, outdated, missing] = /** @type {[number, number, number]} */ (line.trim().split(/\s+/).slice(1).map(Number));
  const translated = ['content/pages', 'content/focus-areas', 'content/offers'].reduce((n, d) => n + readdirSync(`${d}/ar`).length, 0);
  const german = ['content/pages', 'content/focus-areas', 'content/offers'].flatMap((d) =>
    readdirSync(`${d}/de`).map((f) => readFileSync(`${d}/de/${f}`, 'utf8')),
  );
  assert.equal(upToDate + outdated, translated);
  assert.equal(upToDate + outdated + missing, german.filter((t) => !/^translate: false$/m.test(t)).length);
});
