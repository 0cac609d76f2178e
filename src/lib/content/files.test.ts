// File-level content rules (./files.ts) on small projects in temporary folders: encoding, names,
// extensions, folders, YAML errors, dates, invisible characters and lengths. Each case is what a
// careless or a malicious editor could save, and each must stop the check with a German message
// that names the file, the line where known, and the fix.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, readContentFile, suggestedName } from './files.ts';
import { formatFinding, MESSAGES } from './messages.ts';
import { MAX_FIELD_CHARS } from './rules.ts';

const m = MESSAGES.de;
const page = (title = 'Seite', extra = '', body = 'Text') => `---\ntitle: ${title}\ndescription: Eine Seite.\nupdated: 2026-11-25\n${extra}---\n${body}\n`;
const region = (extra = '') => `name: Stadt Muster\nkind: kreisfreie-stadt\nseat: Muster\ndistrict: Kassel\nags: "06611"\n${extra}`;

let roots: string[] = [];
afterEach(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
  roots = [];
});

/** A project with exactly these files (path under content/ → text or bytes); its check as editors read it. */
function check(files: Record<string, string | Uint8Array>): string[] {
  const root = mkdtempSync(join(tmpdir(), 'ik-files-'));
  roots.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, 'content', path)), { recursive: true });
    writeFileSync(join(root, 'content', path), content);
  }
  return checkContent({ root, today: new Date('2026-11-25') })
    .filter((f) => f.severity === 'error')
    .map((f) => formatFinding(f, 'de'));
}

describe('content files', () => {
  it('accept a clean page, with or without a byte order mark', () => {
    expect(check({ 'pages/de/seite.md': page() })).toEqual([]);
    expect(check({ 'pages/de/seite.md': `\uFEFF${page()}`, 'regions/stadt-muster.yaml': `\uFEFF${region()}` })).toEqual([]);
  });

  it('read a BOM file in the translation tools the same way', () => {
    const root = mkdtempSync(join(tmpdir(), 'ik-files-'));
    roots.push(root);
    writeFileSync(join(root, 'seite.md'), `\uFEFF${page('Mit BOM')}`);
    expect(readContentFile(join(root, 'seite.md')).data['title']).toBe('Mit BOM');
  });

  it('refuse a file that is not UTF-8, naming the line of the first wrong byte and how to save as UTF-8', () => {
    const latin1 = Buffer.from(page('Gr\u00fc\u00dfe', '', 'Erste Zeile\nM\u00fcnchen'), 'latin1');
    expect(check({ 'pages/de/seite.md': latin1 })).toEqual([`Fehler: content/pages/de/seite.md, Zeile 2: ${m.notUtf8(2)}`]);
    expect(m.notUtf8(2)).toContain('Mit Kodierung speichern');
  });

  it('refuse two names for one address (case, space versus dash), and say which file it collides with', () => {
    expect(check({ 'pages/de/deutsch-kurs.md': page(), 'pages/de/Deutsch Kurs.md': page() })).toEqual([
      `Fehler: content/pages/de/Deutsch Kurs.md: ${m.sameAddress('content/pages/de/deutsch-kurs.md')}`,
    ]);
    expect(check({ 'pages/de/kurs.md': page(), 'pages/de/KURS.md': page() })).toEqual([`Fehler: content/pages/de/KURS.md: ${m.sameAddress('content/pages/de/kurs.md')}`]);
  });

  it('refuse names that are not addresses, suggesting one', () => {
    expect(check({ 'pages/de/Übersicht_2026.md': page() })).toEqual([`Fehler: content/pages/de/Übersicht_2026.md: ${m.badFileName('uebersicht-2026.md')}`]);
    expect(suggestedName('  Kurs für Mütter!  ')).toBe('kurs-fuer-muetter');
    expect(suggestedName('دورة')).toBe('neuer-name');
    expect(suggestedName('Cafés Ñandú Łódź')).toBe('cafes-nandu-lodz');
  });

  it('show an invisible character in a file name visibly', () => {
    expect(check({ 'pages/de/kurs\u200B.md': page() })).toEqual([`Fehler: content/pages/de/kurs<U+200B>.md: ${m.badFileName('kurs.md')}`]);
  });

  it('refuse MDX, other extensions, a file without a name, subfolders and unknown language folders', () => {
    expect(check({ 'pages/de/seite.mdx': page() })).toEqual([`Fehler: content/pages/de/seite.mdx: ${m.mdx}`]);
    expect(check({ 'offers/de/kurs.txt': page(), 'regions/stadt.yml': region() })).toEqual([
      `Fehler: content/offers/de/kurs.txt: ${m.wrongExtension('.md')}`,
      `Fehler: content/regions/stadt.yml: ${m.wrongExtension('.yaml')}`,
    ]);
    expect(check({ 'offers/de/.md': page() })).toEqual([`Fehler: content/offers/de/.md: ${m.noName('.md')}`]);
    expect(check({ 'offers/de/alt/kurs.md': page() })).toEqual([`Fehler: content/offers/de/alt: ${m.unknownFolder('*.md')}`]);
    expect(check({ 'pages/xx/seite.md': page(), 'pages/seite.md': page() })).toEqual([
      `Fehler: content/pages/seite.md: ${m.unknownFolder('de/, en/, ar/, fa/, ps/, tr/, ku/, uk/, ru/, ti/, ro/, bg/')}`,
      `Fehler: content/pages/xx: ${m.unknownFolder('de/, en/, ar/, fa/, ps/, tr/, ku/, uk/, ru/, ti/, ro/, bg/')}`,
    ]);
  });

  it('refuse YAML anchors, aliases, merge keys and tags (Astro would merge what the check cannot see)', () => {
    const header = (extra: string) => `---\ntitle: Seite\ndescription: D\nupdated: 2026-11-25\n${extra}---\nText\n`;
    expect(check({ 'pages/de/seite.md': header('<<: {asOf: 2027-02-31}\n') })).toEqual([`Fehler: content/pages/de/seite.md, Zeile 5: ${m.yamlFeature}`]);
    expect(check({ 'pages/de/seite.md': '---\ntitle: &t Seite\ndescription: *t\nupdated: 2026-11-25\n---\nText\n' })).toEqual([`Fehler: content/pages/de/seite.md, Zeile 2: ${m.yamlFeature}`]);
    expect(check({ 'regions/stadt-muster.yaml': `${region()}website: !!str https://www.example.org/\n` })).toEqual([`Fehler: content/regions/stadt-muster.yaml, Zeile 6: ${m.yamlFeature}`]);
  });

  it('refuse a symlink in a content folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'ik-files-'));
    roots.push(root);
    mkdirSync(join(root, 'content/pages/de'), { recursive: true });
    writeFileSync(join(root, 'geheim.md'), page());
    symlinkSync(join(root, 'geheim.md'), join(root, 'content/pages/de/seite.md'));
    expect(checkContent({ root }).map((f) => formatFinding(f, 'de'))).toEqual([`Fehler: content/pages/de/seite.md: ${m.symlink}`]);
  });

  it('ignore the files operating systems put into folders', () => {
    expect(check({ 'pages/de/seite.md': page(), 'pages/de/.DS_Store': 'x', 'regions/.gitkeep': '' })).toEqual([]);
  });

  it('name a duplicate header field in German, on its own line (not one off)', () => {
    expect(check({ 'pages/de/seite.md': '---\ntitle: Eins\ndescription: D\ntitle: Zwei\nupdated: 2026-11-25\n---\nText\n' })).toEqual([
      `Fehler: content/pages/de/seite.md, Zeile 4: ${m.yamlDuplicate('title')}`,
    ]);
    expect(check({ 'regions/stadt-muster.yaml': `${region()}kind: landkreis\n` })).toEqual([`Fehler: content/regions/stadt-muster.yaml, Zeile 6: ${m.yamlDuplicate('kind')}`]);
  });

  it('explain tabs, unclosed quotes and a second colon in the header', () => {
    expect(check({ 'pages/de/seite.md': '---\ntitle: Seite\ndescription: D\nupdated: 2026-11-25\nlist:\n\t- x\n---\nText\n' })[0]).toContain(`Zeile 6: ${m.yamlTab}`);
    expect(check({ 'pages/de/seite.md': '---\ntitle: "Seite\ndescription: D\nupdated: 2026-11-25\n---\nText\n' })[0]).toContain(m.yamlQuote);
    expect(check({ 'pages/de/seite.md': '---\ntitle: Deutsch: A1\ndescription: D\nupdated: 2026-11-25\n---\nText\n' })[0]).toMatch(
      /Zeile 2: Der Kopf ist kein gültiges YAML \(.*\)\. Häufige Ursache: ein Doppelpunkt im Text/,
    );
  });

  it('refuse a day that does not exist instead of moving it to March', () => {
    expect(check({ 'pages/de/seite.md': page('Seite', '').replace('2026-11-25', '2027-02-31') })).toEqual([
      `Fehler: content/pages/de/seite.md, Zeile 4, Feld "updated": ${m.calendarDate('2027-02-31')}`,
    ]);
    expect(check({ 'pages/de/seite.md': page().replace('2026-11-25', '2024-02-29') })).toEqual([]);
  });

  it('refuse bidirectional controls and zero-width spaces in titles, names and texts, shown as code points', () => {
    expect(check({ 'pages/de/seite.md': page('Kurs \u202Eesrukhcsteud') })).toEqual([
      `Fehler: content/pages/de/seite.md, Zeile 2, Feld "title": ${m.invisible('U+202E').replace('(U+202E)', '(U+202E)')}`,
    ]);
    expect(check({ 'regions/stadt-muster.yaml': region().replace('Stadt Muster', 'Stadt\u200BMuster') })).toEqual([
      `Fehler: content/regions/stadt-muster.yaml, Zeile 1, Feld "name": ${m.invisible('U+200B')}`,
    ]);
    expect(check({ 'pages/de/seite.md': page('Seite', '', 'Erste Zeile\nZweite \u2066Zeile\u2069') })).toEqual([
      `Fehler: content/pages/de/seite.md, Zeile 7: ${m.invisible('U+2066, U+2069')}`,
    ]);
    // Persian spelling needs the zero-width non-joiner; right-to-left texts need direction marks.
    expect(check({ 'pages/de/seite.md': page('می\u200Cخواهم \u200Fکلاس') })).toEqual([]);
  });

  it('refuse a title longer than fits a heading and a body longer than fits a page', () => {
    const max = MAX_FIELD_CHARS['title']!;
    expect(check({ 'pages/de/seite.md': page('T'.repeat(max + 1)) })).toEqual([`Fehler: content/pages/de/seite.md, Zeile 2, Feld "title": ${m.tooLong(max, max + 1)}`]);
    expect(check({ 'pages/de/seite.md': page('T'.repeat(max)) })).toEqual([]);
    const big = check({ 'pages/de/seite.md': page('Seite', '', 'x'.repeat(60_000)) });
    expect(big).toEqual([`Fehler: content/pages/de/seite.md: ${m.bodyTooLarge(50_000, 60_001)}`]);
  });

  it('refuse a web address that is not https in every URL field of the YAML files', () => {
    // A region's website comes with the date it was checked (regionWebsiteUnchecked otherwise).
    const checked = 'lastChecked: 2026-11-01\n';
    expect(check({ 'regions/stadt-muster.yaml': region(`website: "https://www.example.org/"\nwebsiteSource: "https://www.example.org/quelle"\n${checked}`) })).toEqual([]);
    for (const url of ['javascript:alert(1)', 'http://www.example.org/', 'data:text/html,x']) {
      expect(check({ 'regions/stadt-muster.yaml': region(`website: "${url}"\n${checked}`) }), url).toEqual([`Fehler: content/regions/stadt-muster.yaml, Zeile 6, Feld "website": ${m.url}`]);
      expect(check({ 'regions/stadt-muster.yaml': region(`websiteSource: "${url}"\n`) }), url).toEqual([`Fehler: content/regions/stadt-muster.yaml, Zeile 6, Feld "websiteSource": ${m.url}`]);
      expect(check({ 'regions/stadt-muster.yaml': region(`changeSource: "${url}"\n`) }), url).toEqual([`Fehler: content/regions/stadt-muster.yaml, Zeile 6, Feld "changeSource": ${m.url}`]);
    }
  });

  it("refuse a region's website without the date it was checked", () => {
    expect(check({ 'regions/stadt-muster.yaml': region('website: "https://www.example.org/"\n') })).toEqual([
      `Fehler: content/regions/stadt-muster.yaml, Feld "lastChecked": ${m.regionWebsiteUnchecked}`,
    ]);
  });
});
