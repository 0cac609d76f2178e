// The post-build scan over fixture pages: every bypass from issue 11 yields exactly its finding, with
// the element and the line and column where it starts; a page with everything the site uses yields none.
// The fixtures and their expected findings: tests/fixtures/active-content/ (cases.json).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  activeContentSummary,
  cssProblems,
  foreignOrigin,
  scanHtml,
  schemeOf,
  srcsetUrls,
  visible,
  type ActiveContentFinding,
  type ActiveContentRule,
} from './activeContent.ts';

const fixtures = new URL('../../../tests/fixtures/active-content/', import.meta.url);
interface Case {
  file: string;
  why: string;
  expect: Pick<ActiveContentFinding, 'rule' | 'line' | 'col' | 'element'>[];
}
/** The origin of a build without SITE_URL (astro.config.mjs): its own http: links are the site's. */
const SITE_ORIGIN = 'http://localhost:4321';
const cases: Case[] = JSON.parse(readFileSync(new URL('cases.json', fixtures), 'utf8'));
const read = (file: string) => readFileSync(new URL(file, fixtures), 'utf8');

describe('scanHtml over the fixtures', () => {
  test.each(cases.map((c) => [c.file, c] as const))('%s', (file, c) => {
    const findings = scanHtml(read(file), `dist/${file}`, { siteOrigin: SITE_ORIGIN });
    expect(
      findings.map(({ rule, line, col, element }) => ({ rule, line, col, element })),
      c.why,
    ).toEqual(c.expect);
    for (const f of findings) {
      expect(f.file).toBe(`dist/${file}`);
      expect(f.message.startsWith(`dist/${file}, Zeile ${f.line}, Spalte ${f.col}: ${f.element} ist aktiver Inhalt`)).toBe(true);
      expect(f.message).toContain('Bitte aus dem Inhalt (content/) bzw. der Vorlage (src/) entfernen');
    }
  });

  test('every rule has a fixture that trips it, and the allowed cases are among the fixtures', () => {
    const rules: ActiveContentRule[] = [
      'inline-script',
      'external-script',
      'json-ld',
      'event-handler',
      'url-scheme',
      'embedding',
      'base',
      'meta-http-equiv',
      'offsite-form',
      'offsite-resource',
      'srcdoc',
      'style',
      'svg',
    ];
    const tripped = new Set(cases.flatMap((c) => c.expect.map((e) => e.rule)));
    expect([...tripped].sort()).toEqual([...rules].sort());
    expect(cases.filter((c) => c.expect.length === 0).map((c) => c.file)).toEqual(['same-site-form.html', 'json-ld.html', 'clean.html']);
  });

  test('every planted fixture fails when planted into the clean page, at its own line', () => {
    const clean = read('clean.html');
    const at = clean.indexOf('<main id="main">\n') + '<main id="main">\n'.length;
    const before = clean.slice(0, at).split('\n').length - 1;
    for (const c of cases.filter((x) => x.expect.length > 0)) {
      const planted = scanHtml(clean.slice(0, at) + read(c.file) + clean.slice(at), 'p.html', { siteOrigin: SITE_ORIGIN });
      expect(
        planted.map((f) => [f.rule, f.line]),
        c.file,
      ).toEqual(c.expect.map((e) => [e.rule, e.line + before]));
    }
  });
});

describe('the pieces', () => {
  test('schemeOf reads the scheme as the URL parser does', () => {
    expect(schemeOf('java\tscript:x')).toBe('javascript');
    expect(schemeOf('  \u0001JAVASCRIPT:x')).toBe('javascript');
    expect(schemeOf('/de/x:y')).toBeNull();
    expect(schemeOf('Seite 2: Kurse')).toBeNull();
    expect(schemeOf('#top')).toBeNull();
    expect(schemeOf('mailto:a@b.de')).toBe('mailto');
  });

  test('a URL that only a lax parser would read as a script scheme is refused too', () => {
    // Zero-width space inside the scheme: browsers see a relative URL, the scan does not take the chance.
    expect(scanHtml('<a href="java\u200bscript:x">x</a>', 'f').map((f) => f.rule)).toEqual(['url-scheme']);
    expect(scanHtml('<a href="tel:+49611">x</a><a href="//example.com/">x</a><a href="?q=javascript:x">x</a>', 'f')).toEqual([]);
  });

  test('unknown schemes are refused, allowed ones are not', () => {
    expect(scanHtml('<a href="blob:https://x/1">x</a><a href="file:///etc/passwd">x</a>', 'f').map((f) => f.element)).toEqual([
      '<a href="blob:https://x/1">',
      '<a href="file:///etc/passwd">',
    ]);
  });

  test('foreignOrigin resolves as a browser does, with and without the site origin', () => {
    expect(foreignOrigin('/de/')).toBeNull();
    expect(foreignOrigin('')).toBeNull();
    expect(foreignOrigin('//example.com/x')).toBe('https://example.com');
    expect(foreignOrigin('\\\\example.com/x')).toBe('https://example.com');
    expect(foreignOrigin('https://site.example/x', 'https://site.example')).toBeNull();
    expect(foreignOrigin('https://site.example/x')).toBe('https://site.example');
    expect(foreignOrigin('mailto:a@b.de')).toBe('mailto:');
  });

  test('an absolute form action to the site itself is allowed when the site origin is known', () => {
    const html = '<form action="https://kompass.example/de/suche/"></form>';
    expect(scanHtml(html, 'f', { siteOrigin: 'https://kompass.example' })).toEqual([]);
    expect(scanHtml(html, 'f').map((f) => f.rule)).toEqual(['offsite-form']);
  });

  test('srcsetUrls splits candidates, keeping commas inside URLs', () => {
    expect(srcsetUrls('/a.png 1x, /b.png 2x')).toEqual(['/a.png', '/b.png']);
    expect(srcsetUrls('data:image/png;base64,AAA= 2x,/c.png')).toEqual(['data:image/png;base64,AAA=', '/c.png']);
    expect(srcsetUrls('/a.png, /b.png')).toEqual(['/a.png', '/b.png']);
    expect(srcsetUrls('/a.png (w 100, h 2), /b.png')).toEqual(['/a.png', '/b.png']);
  });

  test('cssProblems decodes escapes and comments, and allows the site’s own url()', () => {
    expect(cssProblems('width: e\\78 pression(1)')).toHaveLength(1);
    expect(cssProblems('width: ex/**/pression(1)')).toHaveLength(1);
    expect(cssProblems('background: url("java\\73 cript:x")')).toHaveLength(1);
    expect(cssProblems('-moz-binding: url(/x.xml#b)')).toHaveLength(1);
    expect(cssProblems('background: url(data:image/png;base64,AA)')).toHaveLength(1);
    expect(cssProblems("background: url('/icons/x.svg'); color: red; content: 'Hinweis: x'")).toEqual([]);
  });

  test('visible shows invisible characters and shortens long values', () => {
    expect(visible('a\tb\u200bc')).toBe('a[U+0009]b[U+200B]c');
    expect(visible('x'.repeat(200))).toHaveLength(80);
  });

  test('the summary counts findings and files in German', () => {
    const [f] = scanHtml('<iframe></iframe>', 'dist/a.html');
    expect(activeContentSummary([], 3)).toBe('Prüfung auf aktive Inhalte: 3 HTML-Dateien geprüft, nichts gefunden.');
    expect(activeContentSummary(f ? [f] : [], 3)).toMatch(
      /^Prüfung auf aktive Inhalte: 1 Fund in 1 von 3 HTML-Dateien\. Der Build ist abgebrochen/,
    );
  });
});
