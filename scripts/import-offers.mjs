// `npm run import:offers -- <file.csv> [--write] [--replace] [--out <folder>]`: imports offers from a
// spreadsheet export into content/offers/de/ (or the --out folder).
// Without --write it only reports what it would create or change (dry run): it writes nothing,
// creates no folder and reads nothing through a symbolic link. If any row has an error, nothing is
// written. Files are named after the "Kennung" column (or title + place), so a second import of the
// same file changes nothing. A Kennung whose file exists with other content is refused unless
// --replace is given (and only for a row with its own Kennung); then the file is replaced and its
// translations are marked `outdated: true`, so that the content check still passes. Nothing is ever
// deleted, nothing is written through a link or into a file with a second name (hard link), and
// --out may name content/offers/de or a folder outside the project, no other folder in it. Each file
// is written to a temporary file beside it and renamed over it, so it is never left half written.
import {
  closeSync,
  constants,
  fchmodSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_FOLDERS } from '../src/lib/content/folders.ts';

const USAGE = 'Aufruf: npm run import:offers -- <datei.csv> [--write] [--replace] [--out <ordner>]';

/**
 * A mistake in the command itself: message and exit code 2, before anything is read.
 * @param {string} message
 * @returns {never}
 */
function stop(message) {
  console.error(message);
  process.exit(2);
}

const args = process.argv.slice(2);
/** @type {string | undefined} */
let file;
/** @type {string | undefined} */
let out;
let write = false;
let replace = false;
for (let i = 0; i < args.length; i++) {
  const arg = args[i] ?? '';
  if (arg === '--write') write = true;
  else if (arg === '--replace') replace = true;
  else if (arg === '--out') {
    out = args[++i];
    if (!out || out.startsWith('--')) stop(`Nach --out fehlt der Ordner, in den geschrieben werden soll. ${USAGE}`);
  } else if (arg.startsWith('--')) stop(`Unbekannte Option „${arg}“. ${USAGE}`);
  else if (file) stop(`Bitte nur eine Datei angeben, nicht „${file}“ und „${arg}“. ${USAGE}`);
  else file = arg;
}
if (!file) stop(USAGE);

/**
 * Where a folder really is: the nearest part of the path that exists, with every link resolved as
 * the system resolves it (a `..` after a link included), and the parts that do not exist yet.
 * @param {string} dir
 */
function realFolder(dir) {
  const parts = (isAbsolute(dir) ? dir : `${process.cwd()}${sep}${dir}`).split(sep);
  for (let n = parts.length; n > 0; n--) {
    try {
      return join(realpathSync.native(parts.slice(0, n).join(sep) || sep), ...parts.slice(n));
    } catch {
      // Not there (or not a folder): try the part before.
    }
  }
  return resolve(dir);
}
if (out !== undefined) {
  // Inside the project, the import writes offers only: an --out elsewhere in it would overwrite
  // pages, regions or program files. A folder outside the project is a preview.
  const project = fileURLToPath(new URL('..', import.meta.url));
  const inside = relative(realpathSync.native(project), realFolder(out));
  const offersFolder = join(CONTENT_FOLDERS.offers, 'de');
  if (inside !== offersFolder && inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside)) {
    const via = relative(project, resolve(out)) === inside ? '' : ', über einen symbolischen Link';
    stop(
      `--out „${out}“ liegt im Projekt (${inside || 'Projektordner'}${via}), aber nicht in ${offersFolder}. Im Projekt schreibt der Import nur nach ${offersFolder}, damit er keine Seiten, Regionen oder Programmdateien überschreibt. Bitte --out weglassen (dann schreibt er nach ${offersFolder}), oder zum Ansehen vorab einen Ordner außerhalb des Projekts angeben, zum Beispiel --out ../angebote-vorschau/de.`,
    );
  }
}
const input = (() => {
  try {
    return statSync(file);
  } catch {
    return null;
  }
})();
if (!input)
  stop(
    `Die Datei „${file}“ gibt es nicht. Bitte Namen und Ordner prüfen; der Pfad gilt vom Projektordner aus, zum Beispiel docs/angebote-beispiel.csv.`,
  );
if (!input.isFile())
  stop(
    `„${file}“ ist keine Datei, sondern ein Ordner oder Ähnliches. Bitte den Pfad einer CSV-Datei angeben, zum Beispiel docs/angebote-beispiel.csv.`,
  );

// Loaded after the command is checked: the content rules take most of a second to load.
const {
  addressClash,
  contentProblems,
  decodeCsv,
  GERMAN_OFFERS,
  IMPORT_MESSAGES: M,
  ImportFileError,
  importedHash,
  importedRecord,
  importOffers,
  markedOutdated,
  MAX_CSV_BYTES,
  offerFile,
  parseCsv,
  rowsToCheck,
  sameText,
  SLUG_COLUMN,
  translationRecord,
} = await import('../src/lib/offers/offerImport.ts');
const { importVocabulary } = await import('../src/lib/offers/importVocabulary.ts');
const { checkContent } = await import('../src/lib/content/files.ts');
const { visible } = await import('../src/lib/content/messages.ts');
const { defaultLocale, localeCodes } = await import('../src/i18n/locales.ts');

/** Output with invisible characters shown as <U+…>, as the content check shows them. @param {string} line */
const say = (line) => console.log(visible(line));
const NOTHING_WRITTEN = 'Es wurde nichts geschrieben. Bitte die Fehler beheben und erneut importieren.';

/** @type {import('../src/lib/offers/offerImport.ts').CsvTable} */
let table;
try {
  // The size first: a file of hundreds of MB would not even fit in a string.
  if (input.size > MAX_CSV_BYTES) throw new ImportFileError(M.tooLarge(Math.ceil(input.size / 1024 / 1024)));
  table = parseCsv(decodeCsv(readFileSync(file)));
} catch (e) {
  if (!(e instanceof ImportFileError)) throw e;
  say(`Fehler: ${file}: ${e.message}`);
  say(`\n${NOTHING_WRITTEN}`);
  process.exit(1);
}
const imported = importOffers(table, importVocabulary());

/** @typedef {{ row?: number | undefined, column?: string | undefined, where?: string, message: string }} Problem */
/** @type {Problem[]} */
const problems = [...imported.problems];

/**
 * What is at `path`, without following a symbolic link ('blocked': a part of the path is a file).
 * @param {string} path
 * @returns {'none' | 'blocked' | 'link' | 'folder' | 'file' | 'other'}
 */
function kindOf(path) {
  try {
    const s = lstatSync(path);
    return s.isSymbolicLink() ? 'link' : s.isDirectory() ? 'folder' : s.isFile() ? 'file' : 'other';
  } catch (e) {
    const code = /** @type {NodeJS.ErrnoException} */ (e).code;
    if (code === 'ENOENT') return 'none';
    if (code === 'ENOTDIR') return 'blocked';
    throw e;
  }
}

/**
 * The first folder on the way to `dir` that is a symbolic link: every part inside the project
 * (a linked content/ would lead out of it), or `dir` itself when it is outside.
 * @param {string} dir
 */
function linkOnPath(dir) {
  const rel = relative('.', dir);
  if (rel.startsWith('..') || isAbsolute(rel)) return kindOf(dir) === 'link' ? dir : undefined;
  const parts = rel.split(sep);
  return parts.map((_, i) => parts.slice(0, i + 1).join(sep)).find((p) => kindOf(p) === 'link');
}

const folder = out ?? GERMAN_OFFERS;
/** The translations are in the language folders beside the German one (content/offers/<lang>/); an --out folder not named de has none. */
const languages = basename(resolve(folder)) === defaultLocale ? dirname(folder) : null;
const inProject = resolve(folder) === resolve(GERMAN_OFFERS);
const folderLink = linkOnPath(folder);
const folderKind = folderLink ? 'link' : kindOf(folder);
if (folderLink) problems.push({ where: folderLink, message: M.symlink(folderLink) });
else if (folderKind !== 'folder' && folderKind !== 'none') problems.push({ where: folder, message: M.notAFolder(folder) });
const names = folderKind === 'folder' ? readdirSync(folder) : [];
/** A file with a second name (a hard link) elsewhere: replacing it would part the two silently. @param {string} path */
const hasSecondName = (path) => lstatSync(path).nlink > 1;

/**
 * The translations of an offer that `--replace` marks outdated, with their new text.
 * @param {import('../src/lib/offers/offerImport.ts').ImportedOffer} offer
 * @param {(message: string) => void} problem
 */
function outdatedTranslations(offer, problem) {
  if (languages === null) return [];
  const hash = importedHash(offer);
  return localeCodes
    .filter((l) => l !== defaultLocale)
    .flatMap((locale) => {
      const dir = join(languages, locale);
      const path = join(dir, `${offer.slug}.md`);
      const dirKind = kindOf(dir);
      const kind = dirKind === 'folder' ? kindOf(path) : 'none';
      if (dirKind === 'link' || kind === 'link') problem(M.symlink(dirKind === 'link' ? dir : path));
      if (kind !== 'file') return [];
      const text = markedOutdated(readFileSync(path, 'utf8'), hash);
      if (text !== null && hasSecondName(path)) problem(M.hardLink(path));
      return text === null ? [] : [{ path, locale, text }];
    });
}

/** @typedef {{ offer: import('../src/lib/offers/offerImport.ts').ImportedOffer, path: string, state: 'neu' | 'unverändert' | 'ersetzt', translations: { path: string, locale: string, text: string }[] }} Plan */
/** @type {Plan[]} */
const plans = [];
/** The offers the content rules check: all but those whose file name clashes with an existing file. */
const checked = [];
for (const offer of rowsToCheck(imported)) {
  const path = join(folder, `${offer.slug}.md`);
  /** @param {string} message @param {string | undefined} column */
  const problem = (message, column = undefined) => problems.push({ row: offer.row, column, message });
  const clash = addressClash(names, offer.slug);
  if (clash) {
    problem(M.sameAddressAsFile(offer.slug, join(folder, clash)), SLUG_COLUMN);
    continue;
  }
  checked.push(offer);
  const kind = folderKind === 'folder' ? kindOf(path) : 'none';
  if (kind === 'link') problem(M.symlink(path));
  else if (kind !== 'none' && kind !== 'file') problem(M.notAFile(path), SLUG_COLUMN);
  if (kind !== 'none' && kind !== 'file') continue;
  const before = kind === 'file' ? readFileSync(path, 'utf8') : null;
  const state = before === null ? 'neu' : sameText(before, offer.text) ? 'unverändert' : 'ersetzt';
  const translations = state === 'ersetzt' ? outdatedTranslations(offer, problem) : [];
  // --replace is for a row that names the file: an address made from title and place may be another offer's.
  if (state === 'ersetzt' && !offer.ownKennung) problem(M.existsWithoutKennung(offer.slug, path), SLUG_COLUMN);
  else if (state === 'ersetzt' && !replace) problem(M.exists(offer.slug, path, translations.length), SLUG_COLUMN);
  if (state === 'ersetzt' && hasSecondName(path)) problem(M.hardLink(path));
  plans.push({ offer, path, state, translations });
}

// The same rules as `npm run content:check`, on the project as it would be after the import:
// the imported offers, and their translations as marked by --replace.
const translationRecords = inProject
  ? plans.flatMap((p) =>
      p.translations.map((t) =>
        translationRecord(`${CONTENT_FOLDERS.offers}/${t.locale}/${p.offer.slug}.md`, t.locale, p.offer.slug, t.text),
      ),
    )
  : [];
const findings = [
  ...checkContent({ extra: [...checked.map(importedRecord), ...translationRecords.map((t) => t.record)] }),
  ...translationRecords.flatMap((t) => t.findings),
];
const rowFindings = contentProblems(checked, findings, imported.problems);
problems.push(...rowFindings.filter((p) => p.severity === 'error'));
if (inProject) {
  // An error the import would cause in another file (a translation, say) stops it too: a
  // successful import never leaves a site that does not build. Errors there before are not its own.
  const own = new Set(checked.map((o) => offerFile(o.slug)));
  const elsewhere = findings.filter((f) => f.severity === 'error' && !own.has(f.file));
  /** @param {import('../src/lib/content/messages.ts').Finding} f */
  const key = (f) => `${f.file}\n${f.field ?? ''}\n${f.message}`;
  const before = elsewhere.length ? new Set(checkContent().map(key)) : new Set();
  for (const f of elsewhere.filter((f) => !before.has(key(f)))) {
    problems.push({ where: `${f.file}${f.line ? `, Zeile ${f.line}` : ''}`, message: `${f.message} ${M.afterImport}` });
  }
}

/** @param {Problem} p */
const where = (p) => (p.row === undefined ? (p.where ?? file) : `${file}, Zeile ${p.row}${p.column ? `, Spalte „${p.column}“` : ''}`);
for (const w of rowFindings.filter((p) => p.severity === 'warning')) say(`Warnung: ${where(w)}: ${w.message}`);
problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
for (const p of problems) say(`Fehler: ${where(p)}: ${p.message}`);
if (problems.length) {
  say(`\n${problems.length} Fehler. ${NOTHING_WRITTEN}`);
  process.exit(1);
}

if (folderKind === 'none') say(M.folderMissing(folder));
for (const p of plans) {
  say(`Zeile ${p.offer.row}: ${p.state === 'ersetzt' ? 'ersetzt (--replace)' : p.state}: ${p.path}`);
  for (const t of p.translations) say(`  ${write ? 'als veraltet markiert' : 'würde als veraltet markiert'} (outdated: true): ${t.path}`);
}

/**
 * Writes a file as a whole: the text goes to a new temporary file beside it (O_EXCL, O_NOFOLLOW),
 * which is then renamed over it; a crash leaves the old file or the new one, never half of one, and
 * a hard link keeps the old text instead of being written through. Should a symbolic link appear
 * at `path` after the check above, it is an error (ELOOP), not followed.
 * @param {string} path
 * @param {string} text
 */
function writeFile(path, text) {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const kind = kindOf(path);
    if (kind === 'link') throw Object.assign(new Error(`${path}: link`), { code: 'ELOOP' });
    const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o666);
    try {
      if (kind === 'file') fchmodSync(fd, lstatSync(path).mode & 0o7777);
      writeFileSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw Object.assign(/** @type {NodeJS.ErrnoException} */ (e), { path });
  }
}

const changes = plans.filter((p) => p.state !== 'unverändert');
const marked = plans.flatMap((p) => p.translations);
if (write) {
  try {
    if (folderKind === 'none' && changes.length) mkdirSync(folder, { recursive: true });
    // Translations first: should writing stop half-way, a translation marked outdated beside an
    // unchanged German text still builds; a changed German text beside a stale translation does not.
    for (const t of marked) writeFile(t.path, t.text);
    for (const p of changes) writeFile(p.path, p.offer.text);
  } catch (e) {
    const { code, path } = /** @type {NodeJS.ErrnoException} */ (e);
    say(`Fehler: ${M.writeFailed(path ?? folder, code ?? String(e))}`);
    process.exit(1);
  }
}
const n = marked.length;
say(
  write
    ? `\n${changes.length} Datei(en) geschrieben, ${plans.length - changes.length} unverändert${n ? `, ${n} Übersetzung(en) als veraltet markiert` : ''}. Nichts wurde gelöscht.`
    : `\nProbelauf: ${changes.length} Datei(en) würden geschrieben${n ? `, ${n} Übersetzung(en) als veraltet markiert` : ''}. Mit --write wirklich schreiben.`,
);
