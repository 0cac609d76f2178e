// The spreadsheet import as an editor runs it, on copies of the project: dry run by default and
// then nothing written anywhere, nothing written when any row has an error, a second import of the
// same file changes nothing, an existing Kennung only with --replace (which marks the translations
// outdated; the copy then passes the content check, `npm run content:check`; the full build is not
// run here), never through a symbolic link or a hard link, never into another folder of the project,
// and a German message naming the cause for every broken file. Fixtures in tests/fixtures/import/. The script runs two at a time
// (each run takes about a second; CI has two cores).
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  linkSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve('.');
/** @param {string} name */
const fixture = (name) => join(root, 'tests/fixtures/import', name);
const example = join(root, 'docs/angebote-beispiel.csv');
const GERMAN = 'content/offers/de';

/** @type {string[]} */
const made = [];
after(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
/** A temporary folder, removed after the tests. @param {string} name */
const temporary = (name) => {
  const dir = mkdtempSync(join(tmpdir(), `ik-import-${name}-`));
  made.push(dir);
  return dir;
};

/** A copy of what the import reads (src, content, scripts), with the project's node_modules. @param {string} name */
function project(name) {
  const dir = temporary(name);
  for (const entry of ['src', 'content', 'scripts', 'package.json']) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
/** One copy for the cases that must not write: they only read it. */
let shared = '';
const readOnly = () => (shared ||= project('nur-lesen'));

/**
 * Runs a script of the copy `dir` in `dir`.
 * @param {string} dir
 * @param {string} script
 * @param {string[]} args
 * @returns {Promise<{ status: number | null, stdout: string, stderr: string }>}
 */
function node(dir, script, ...args) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: dir });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}
/** @param {string} dir @param {string[]} args */
const importer = (dir, ...args) => node(dir, 'scripts/import-offers.mjs', ...args);

/** Every file under `dir` with its text, to show that a run changed nothing. @param {string} dir @returns {Record<string, string>} */
function snapshot(dir) {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const path = join(e.parentPath, e.name);
        return [path.slice(dir.length + 1), readFileSync(path, 'utf8')];
      }),
  );
}

/** @param {{ status: number | null, stdout: string, stderr: string }} result */
const output = (result) => `${result.stdout}\n${result.stderr}`;
/** A failed run with its German message, nothing written, and no stack trace. @param {{ status: number | null, stdout: string, stderr: string }} result @param {RegExp[]} messages */
function refused(result, ...messages) {
  assert.equal(result.status, 1, output(result));
  for (const m of messages) assert.match(result.stdout, m);
  assert.match(result.stdout, /Es wurde nichts geschrieben/);
  assert.doesNotMatch(output(result), /\n\s+at |Error:/, 'no stack trace');
}

describe('the spreadsheet import', { concurrency: 2 }, () => {
  test('the example imports, and importing it again changes nothing', async () => {
    const dir = project('beispiel');
    const before = snapshot(join(dir, 'content'));
    const dry = await importer(dir, example);
    assert.equal(dry.status, 0, output(dry));
    assert.match(dry.stdout, /Probelauf: 2 Datei\(en\) würden geschrieben/);
    assert.deepEqual(snapshot(join(dir, 'content')), before, 'a dry run writes nothing');
    const first = await importer(dir, example, '--write');
    assert.equal(first.status, 0, output(first));
    assert.ok(existsSync(join(dir, GERMAN, 'import-beispiel-frauenkurs-giessen.md')));
    assert.ok(existsSync(join(dir, GERMAN, 'import-beispiel-sprachcafe-kassel.md')));
    const second = await importer(dir, example, '--write');
    assert.equal(second.status, 0, output(second));
    assert.match(second.stdout, /0 Datei\(en\) geschrieben, 2 unverändert/);
  });

  test('a spreadsheet with one bad row writes nothing and names the row and column', async () => {
    const dir = project('falsche-zeile');
    const lines = readFileSync(example, 'utf8').trim().split('\n');
    assert.ok(lines[1], 'docs/angebote-beispiel.csv: first row');
    writeFileSync(
      join(dir, 'liste.csv'),
      [...lines, lines[1].replace('import-beispiel-frauenkurs-giessen', 'kaputt').replace(';A1;', ';A3;')].join('\n'),
    );
    const before = snapshot(join(dir, 'content'));
    const result = await importer(dir, 'liste.csv', '--write');
    refused(result, /Zeile 4, Spalte „Niveau“: „A3“ ist kein gültiger Wert für das Niveau/);
    assert.deepEqual(snapshot(join(dir, 'content')), before);
  });

  test("the import applies the content check's rules, e.g. no script in a description", async () => {
    const dir = project('regeln');
    const [header, , second] = readFileSync(example, 'utf8').trim().split('\n');
    assert.ok(header && second, 'docs/angebote-beispiel.csv: header and second row');
    writeFileSync(
      join(dir, 'liste.csv'),
      [header, second.replace('Deutsch sprechen', '<img src=x onerror=alert(1)> Deutsch sprechen')].join('\n'),
    );
    const result = await importer(dir, 'liste.csv', '--write');
    refused(result, /Zeile 2, Spalte „Beschreibung“: .*onerror/);
    assert.ok(!existsSync(join(dir, GERMAN, 'import-beispiel-sprachcafe-kassel.md')));
  });

  test('the import applies the rules every offer must meet, e.g. how to take part', async () => {
    const dir = readOnly();
    const outside = temporary('anmeldung');
    const [header, , second] = readFileSync(example, 'utf8').trim().split('\n');
    assert.ok(header && second?.includes(';Keine Anmeldung nötig, einfach kommen;'), 'docs/angebote-beispiel.csv: header and second row');
    if (!second) return;
    writeFileSync(join(outside, 'liste.csv'), [header, second.replace(';Keine Anmeldung nötig, einfach kommen;', ';;')].join('\n'));
    const result = await importer(dir, join(outside, 'liste.csv'), '--write');
    refused(result, /Zeile 2, Spalte „Anmeldung“: Es fehlt, wie man teilnimmt\. Bitte registration eintragen/);
    assert.match(result.stdout, /^1 Fehler\./m);
  });

  test('a Kennung that cannot be an address, or is one already, is refused with the fix', async () => {
    const dir = project('kennungen');
    // An existing file whose name differs from a row's Kennung only in case and spaces.
    writeFileSync(join(dir, GERMAN, 'Import Test Kassel.md'), readFileSync(join(dir, GERMAN, 'sprachcafe-abends-darmstadt.md')));
    const before = readdirSync(join(dir, GERMAN)).sort();
    const result = await importer(dir, fixture('kennungen.csv'), '--write');
    refused(
      result,
      /Zeile 2, Spalte „Kennung“: Aus dem Titel „دورة اللغة الألمانية“ lässt sich keine Adresse bilden: Er enthält keine lateinischen Buchstaben .*Bitte in der Spalte „Kennung“ eine Kennung eintragen, nur lateinische Buchstaben \(a–z\), Ziffern und Bindestriche/,
      /Zeile 3, Spalte „Kennung“: Aus dem Titel „ትምህርቲ ቋንቋ“ lässt sich keine Adresse bilden/,
      /Zeile 4, Spalte „Kennung“: Die Kennung „ቋንቋ-kassel“ enthält Zeichen, die keine lateinischen Buchstaben oder Ziffern sind/,
      /Zeile 5, Spalte „Kennung“: Die Kennung „kurs<U\+200B>kassel“ enthält unsichtbare Zeichen \(U\+200B\)/,
      /Zeile 7, Spalte „Kennung“: Die Kennung „kurs-giessen“ gibt es schon in Zeile 6: Beide Angebote hätten dieselbe Adresse/,
      /Zeile 8, Spalte „Kennung“: Die Kennung „import-test-kassel“ ergäbe dieselbe Adresse wie die vorhandene Datei content\/offers\/de\/Import Test Kassel\.md/,
    );
    // Row 6 is the good one (row 7 repeats its Kennung): no message of its own, and no more than the six above.
    assert.doesNotMatch(result.stdout, /, Zeile 6[,:]/, 'the good row has no problem');
    assert.match(result.stdout, /^6 Fehler\. Es wurde nichts geschrieben/m);
    assert.deepEqual(readdirSync(join(dir, GERMAN)).sort(), before, 'no file written, no content/offers/de/.md');
  });

  test('an existing Kennung needs --replace, which marks the translations outdated; the site still passes the check', async () => {
    const dir = project('ersetzen');
    const german = join(dir, GERMAN, 'sprachcafe-abends-darmstadt.md');
    const translations = readdirSync(join(dir, 'content/offers'))
      .filter((l) => l !== 'de')
      .map((l) => join(dir, 'content/offers', l, 'sprachcafe-abends-darmstadt.md'))
      .filter((f) => existsSync(f));
    assert.equal(translations.length, 11, 'the offer has 11 translations');
    // A header that writes the key in quotes: the value is set, no second `outdated` line added.
    const quoted = join(dir, 'content/offers/ar/sprachcafe-abends-darmstadt.md');
    writeFileSync(quoted, readFileSync(quoted, 'utf8').replace('\n---\n', '\n"outdated": false\n---\n'));
    const before = snapshot(join(dir, 'content'));
    const inode = statSync(german).ino;

    const refusedRun = await importer(dir, fixture('ersetzen.csv'), '--write');
    refused(
      refusedRun,
      /Zeile 2, Spalte „Kennung“: Die Kennung „sprachcafe-abends-darmstadt“ gibt es schon: content\/offers\/de\/sprachcafe-abends-darmstadt\.md hat einen anderen Inhalt\. Ist es ein anderes Angebot, bitte eine neue Kennung eintragen\. Soll die vorhandene Datei ersetzt werden, den Import mit --replace wiederholen; dann werden ihre Übersetzungen \(11\) als veraltet markiert/,
    );
    assert.deepEqual(snapshot(join(dir, 'content')), before, 'refused: nothing written');

    const dry = await importer(dir, fixture('ersetzen.csv'), '--replace');
    assert.equal(dry.status, 0, output(dry));
    assert.match(dry.stdout, /Zeile 2: ersetzt \(--replace\): content\/offers\/de\/sprachcafe-abends-darmstadt\.md/);
    assert.equal(dry.stdout.match(/würde als veraltet markiert/g)?.length, 11, dry.stdout);
    assert.deepEqual(snapshot(join(dir, 'content')), before, 'a dry run with --replace writes nothing');

    const written = await importer(dir, fixture('ersetzen.csv'), '--write', '--replace');
    assert.equal(written.status, 0, output(written));
    assert.match(written.stdout, /1 Datei\(en\) geschrieben, 0 unverändert, 11 Übersetzung\(en\) als veraltet markiert/);
    assert.match(readFileSync(german, 'utf8'), /jetzt jeden Donnerstagabend/);
    // Written to a new file and renamed over the old one: an interrupted write leaves no half file.
    assert.notEqual(statSync(german).ino, inode, 'the file is replaced by a new one, not overwritten in place');
    assert.deepEqual(Object.keys(snapshot(join(dir, 'content'))).sort(), Object.keys(before).sort(), 'no temporary file is left');
    for (const t of translations) {
      const original = before[relative(join(dir, 'content'), t)];
      assert.ok(original, t);
      // Only the one header line is added or set; the rest of the file is as it was.
      const marked =
        t === quoted ? original.replace('"outdated": false', '"outdated": true') : original.replace('\n---\n', '\noutdated: true\n---\n');
      assert.equal(readFileSync(t, 'utf8'), marked, t);
    }
    const check = await node(dir, 'scripts/content-check.mjs', '--root', dir);
    assert.equal(check.status, 0, `the site still passes the content check:\n${check.stdout}`);

    const again = await importer(dir, fixture('ersetzen.csv'), '--write');
    assert.equal(again.status, 0, output(again));
    assert.match(again.stdout, /Zeile 2: unverändert: content\/offers\/de\/sprachcafe-abends-darmstadt\.md/);
    assert.match(again.stdout, /0 Datei\(en\) geschrieben, 1 unverändert\./);
  });

  test('neither a dry run nor --write goes through a symbolic link to a file outside the project', async () => {
    const dir = project('link');
    const outside = temporary('draussen');
    writeFileSync(join(outside, 'fremd.md'), 'unberührt\n');
    symlinkSync(join(outside, 'fremd.md'), join(dir, GERMAN, 'import-beispiel-frauenkurs-giessen.md'));
    const message =
      /Zeile 2: content\/offers\/de\/import-beispiel-frauenkurs-giessen\.md ist ein symbolischer Link \(eine Verknüpfung\)\. Der Import liest und schreibt nicht durch Links/;
    for (const args of [[], ['--write']]) {
      const result = await importer(dir, example, ...args);
      refused(result, message);
      assert.equal(readFileSync(join(outside, 'fremd.md'), 'utf8'), 'unberührt\n');
      assert.ok(!existsSync(join(dir, GERMAN, 'import-beispiel-sprachcafe-kassel.md')), 'the other row is not written either');
    }
  });

  test('--write refuses a target folder that is a symbolic link', async () => {
    const dir = project('ordner-link');
    const outside = temporary('draussen');
    symlinkSync(outside, join(dir, 'verlinkt'));
    const result = await importer(dir, example, '--out', 'verlinkt', '--write');
    refused(result, /Fehler: verlinkt: verlinkt ist ein symbolischer Link/);
    assert.deepEqual(readdirSync(outside), []);
  });

  test('--out to a missing folder outside the project: the dry run creates nothing, --write creates it; a path through a file is a message', async () => {
    const dir = readOnly();
    const outside = temporary('vorschau');
    const target = join(outside, 'neu/de');
    const dry = await importer(dir, example, '--out', target);
    assert.equal(dry.status, 0, output(dry));
    assert.ok(dry.stdout.includes(`Den Ordner ${target} gibt es noch nicht; mit --write wird er angelegt.`), dry.stdout);
    assert.ok(!existsSync(join(outside, 'neu')), 'a dry run creates no folder');
    const written = await importer(dir, example, '--out', target, '--write');
    assert.equal(written.status, 0, output(written));
    assert.deepEqual(readdirSync(target).sort(), ['import-beispiel-frauenkurs-giessen.md', 'import-beispiel-sprachcafe-kassel.md']);
    writeFileSync(join(outside, 'datei'), '');
    const throughFile = await importer(dir, example, '--out', join(outside, 'datei/de'), '--write');
    refused(throughFile, /ist kein Ordner, oder ein Teil des Pfades ist eine Datei/);
  });

  test('--out refuses every folder of the project but content/offers/de, also by way of a link', async () => {
    const dir = readOnly();
    const outside = temporary('links');
    symlinkSync(join(dir, 'content/pages/de'), join(outside, 'seiten'));
    symlinkSync(join(dir, 'content/pages'), join(outside, 'seiten-oben'));
    const project = () => ({ content: snapshot(join(dir, 'content')), src: snapshot(join(dir, 'src')) });
    const before = project();
    for (const [out, shown] of /** @type {[string, string][]} */ ([
      ['content/pages/de', 'content/pages/de'],
      ['content/regions', 'content/regions'],
      ['src/pages', 'src/pages'],
      ['public', 'public'],
      ['.', 'Projektordner'],
      ['content/offers', 'content/offers'],
      ['content/offers/de/../ar', 'content/offers/ar'],
      [join(dir, 'content/pages/de'), 'content/pages/de'],
      [join(outside, 'seiten'), 'content/pages/de'],
      [join(outside, 'seiten-oben/de/neu'), 'content/pages/de/neu'],
      // `..` after a link goes up from where the link leads, not from where it is.
      [`${join(outside, 'seiten')}/../de`, 'content/pages/de'],
    ])) {
      const result = await importer(dir, example, '--out', out, '--write');
      assert.equal(result.status, 2, `${out}: ${output(result)}`);
      const via = out.startsWith(outside) ? ', über einen symbolischen Link' : '';
      assert.ok(
        result.stderr.includes(`--out „${out}“ liegt im Projekt (${shown}${via}), aber nicht in content/offers/de.`) &&
          /Im Projekt schreibt der Import nur nach content\/offers\/de, .*Bitte --out weglassen/.test(result.stderr),
        `${out}: ${result.stderr}`,
      );
      assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
    }
    assert.deepEqual(project(), before, 'nothing written in the project');
    assert.ok(!existsSync(join(dir, 'public')), 'no folder created');
    const own = await importer(dir, example, '--out', 'content/offers/de');
    assert.equal(own.status, 0, output(own));
  });

  test('--write refuses a target with a second name (a hard link)', async () => {
    const dir = project('hardlink');
    const outside = temporary('zweitname');
    linkSync(join(dir, GERMAN, 'sprachcafe-abends-darmstadt.md'), join(outside, 'deutsch.md'));
    linkSync(join(dir, 'content/offers/ar/sprachcafe-abends-darmstadt.md'), join(outside, 'arabisch.md'));
    const before = snapshot(outside);
    const result = await importer(dir, fixture('ersetzen.csv'), '--write', '--replace');
    refused(
      result,
      /Zeile 2: content\/offers\/de\/sprachcafe-abends-darmstadt\.md hat noch einen zweiten Namen \(einen harten Link\)/,
      /Zeile 2: content\/offers\/ar\/sprachcafe-abends-darmstadt\.md hat noch einen zweiten Namen/,
    );
    assert.deepEqual(snapshot(outside), before);
  });

  test('--replace replaces only rows with a Kennung: an address made from title and place that exists is refused', async () => {
    const outside = temporary('ohne-kennung');
    const csv = join(outside, 'liste.csv');
    writeFileSync(
      csv,
      readFileSync(fixture('ersetzen.csv'), 'utf8').replace('\nsprachcafe-abends-darmstadt;Sprachcafé am Abend;', '\n;Sprachcafé abends;'),
    );
    const result = await importer(readOnly(), csv, '--replace');
    refused(
      result,
      /Zeile 2, Spalte „Kennung“: Die Zeile hat keine Kennung; die aus Titel und Ort gebildete Kennung „sprachcafe-abends-darmstadt“ gibt es schon: content\/offers\/de\/sprachcafe-abends-darmstadt\.md hat einen anderen Inhalt\. --replace ersetzt nur Zeilen mit einer Kennung\./,
    );
  });

  test('a file over the size limit is refused before it is read', async () => {
    const big = join(temporary('gross'), 'gross.csv');
    writeFileSync(big, '');
    truncateSync(big, 300 * 1024 * 1024);
    refused(await importer(readOnly(), big, '--write'), /Die Datei ist zu groß \(300 MB, höchstens 20 MB\)/);
  });

  /** @type {[name: string, file: string, message: RegExp][]} */
  const brokenFiles = [
    [
      'a file that is not UTF-8',
      'latin1.csv',
      /Fehler: .*latin1\.csv: Die Datei ist nicht als UTF-8 gespeichert \(erstes falsches Zeichen in Zeile 3 der Datei, nach „.*Kass“\).*In Excel: Datei → Speichern unter → Dateityp „CSV UTF-8 \(durch Trennzeichen getrennt\)“; in LibreOffice: .*Zeichensatz „Unicode \(UTF-8\)“/,
    ],
    [
      'tabs instead of semicolons',
      'tabulatoren.csv',
      /Die Spalten der Kopfzeile sind durch Tabulatoren getrennt; erwartet wird Semikolon \(;\) oder Komma \(,\)/,
    ],
    [
      'a row with other separators than the header',
      'trennzeichen-gemischt.csv',
      /Zeile 3: Die Zeile hat nur eine Zelle, die Kopfzeile 36 Spalten: Die Zeile ist wohl durch Komma \(,\) getrennt, die Kopfzeile durch Semikolon \(;\)/,
    ],
    [
      'an unclosed quote',
      'anfuehrungszeichen-offen.csv',
      /Zeile 3, Spalte „Titel“ \(Zeile 4 der Datei\): Hier beginnt ein Text in Anführungszeichen \("\), der bis zum Ende der Datei nicht geschlossen wird/,
    ],
    [
      'an unquoted separator in a text',
      'zu-viele-zellen.csv',
      /Zeile 2: Die Zeile hat 10 Zellen, die Kopfzeile nur 9 Spalten\. Wahrscheinlich steht in einem Text ein Semikolon/,
    ],
    ['an empty file', 'leer.csv', /Die Datei ist leer\. Bitte die Tabelle mit der Kopfzeile aus docs\/angebote-vorlage\.csv/],
    ['a file with only the header', 'nur-kopfzeile.csv', /Die Datei enthält nur die Kopfzeile, aber kein Angebot/],
  ];
  for (const [name, file, message] of brokenFiles) {
    test(`${name}: a German message naming the cause, nothing written`, async () => {
      refused(await importer(readOnly(), fixture(file), '--write'), message);
    });
  }

  test('a byte order mark is accepted without a word', async () => {
    const result = await importer(readOnly(), fixture('bom.csv'));
    assert.equal(result.status, 0, output(result));
    assert.doesNotMatch(result.stdout, /Fehler|Warnung/);
    assert.match(result.stdout, /Probelauf: 2 Datei\(en\) würden geschrieben/);
  });

  test('mistakes in the command get a German message and exit code 2', async () => {
    const dir = readOnly();
    for (const [args, message] of /** @type {[string[], RegExp][]} */ ([
      [['fehlt.csv'], /Die Datei „fehlt\.csv“ gibt es nicht\. Bitte Namen und Ordner prüfen/],
      [['src'], /„src“ ist keine Datei/],
      [[example, '--replce'], /Unbekannte Option „--replce“\. Aufruf: npm run import:offers/],
      [[example, '--out'], /Nach --out fehlt der Ordner/],
      [[], /Aufruf: npm run import:offers -- <datei\.csv> \[--write\] \[--replace\] \[--out <ordner>\]/],
    ])) {
      const result = await importer(dir, ...args);
      assert.equal(result.status, 2, output(result));
      assert.match(result.stderr, message);
      assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
    }
  });

  test('npm run translations counts what is in content/', async () => {
    const result = await node(root, 'scripts/translations.mjs');
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
});
