// The editors' guide (docs/redaktion.md) quotes real messages: each quoted line must be exactly
// what the tools print for the test fixtures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultLocale, localeCodes } from '../../i18n/locales.ts';
import { checkContent } from './files.ts';
import { RAW_HTML } from './markup.ts';
import { formatFinding } from './messages.ts';

const guide = readFileSync('docs/redaktion.md', 'utf8');
const block = (name: string) => [...guide.matchAll(new RegExp('```' + name + '\\n([\\s\\S]*?)```', 'g'))].flatMap((m) => m[1]!.trim().split('\n'));

describe('docs/redaktion.md', () => {
  it('quotes the content check exactly', () => {
    const quoted = block('meldungen');
    expect(quoted.length).toBeGreaterThan(10);
    const actual = checkContent({
      root: 'tests/fixtures/content-check',
      defaultLocale,
      locales: localeCodes,
      lang: 'de',
      maxAgeMonths: 12,
      today: new Date('2026-11-25'),
    }).map((f) => formatFinding(f, 'de'));
    for (const line of quoted) expect(actual, line).toContain(line);
  });

  it('quotes the import exactly (see tests/content-changes/import.test.mjs for the run)', () => {
    const [line] = block('meldungen-import');
    expect(readFileSync('tests/content-changes/import.test.mjs', 'utf8')).toContain('Zeile 4, Spalte „Niveau“: „A3“ ist kein gültiger Wert für das Niveau');
    expect(line).toMatch(/^Zeile 4, Spalte „Niveau“: „A3“ ist kein gültiger Wert für das Niveau\. Erlaubt sind: A1; A2; B1; B2; C1; Alphabetisierung\.$/);
  });

  it('lists exactly the HTML elements texts may contain (src/lib/content/markup.ts)', () => {
    const section = guide.slice(guide.indexOf('### Was in einem Text stehen darf'), guide.indexOf('## 6.'));
    const allowedLine = section.split('\n- **Links:**')[0]!;
    const listed = [...allowedLine.matchAll(/`<([a-z]+)[ >]/g)].map((m) => m[1]).sort();
    expect(listed).toEqual(Object.keys(RAW_HTML).sort());
  });

  it('names files and commands that exist', () => {
    for (const path of ['docs/angebote-vorlage.csv', 'docs/angebote-beispiel.csv', 'content/offers/de/deutsch-fuer-muetter-frankfurt-gallus.md', 'src/content.config.ts']) {
      expect(() => readFileSync(path), path).not.toThrow();
    }
    const scripts = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).scripts);
    for (const [, name] of guide.matchAll(/npm run ([\w:]+)/g)) expect(scripts, name).toContain(name);
  });
});
