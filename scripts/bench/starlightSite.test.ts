import { describe, expect, it } from 'vitest';
import { decodeEntities, docPathOf, escapeMarkdown, mainText, markdownOf, starlightConfig } from './starlightSite.ts';

describe('mainText', () => {
  it("takes the <main>'s visible text as paragraphs and its h1 as the title, without scripts, templates or SVG", () => {
    const html = `<html><body><nav>Menü</nav><main><h1 class="x">Programm &amp; Ziele</h1>
      <p>Erster <a href="/x">Absatz</a>.</p><!-- hidden --><script>var a = 1;</script><template><li>Karte</li></template>
      <ul><li>Eins</li><li>Zwei&nbsp;&#x41;&#66;</li></ul><svg><title>Bild</title></svg></main><footer>Fuß</footer></body></html>`;
    expect(mainText(html)).toEqual({ title: 'Programm & Ziele', paragraphs: ['Erster Absatz .', 'Eins', 'Zwei AB'] });
  });

  it('falls back to the body and the first paragraph for the title', () => {
    expect(mainText('<body><p>Nur Text</p></body>')).toEqual({ title: 'Nur Text', paragraphs: ['Nur Text'] });
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hex references and keeps unknown ones', () => {
    expect(decodeEntities('&lt;a&gt; &#1575; &#x1200; &bogus;')).toBe('<a> ا ሀ &bogus;');
  });
});

describe('markdownOf', () => {
  it('escapes what Markdown would read, so the page shows the text as it is', () => {
    expect(escapeMarkdown('# 1. *a* <b> [c](d) x_y')).toBe('\\# 1\\. \\*a\\* \\<b\\> \\[c\\]\\(d\\) x\\_y');
    expect(markdownOf({ title: 'Ein "Titel": ja', paragraphs: ['A', 'B'] })).toBe('---\ntitle: "Ein \\"Titel\\": ja"\n---\n\nA\n\nB\n');
  });
});

describe('docPathOf', () => {
  const langs = ['de', 'ar'];
  it('maps pages of the language tree to docs at the same path, and nothing else', () => {
    expect(docPathOf('de/index.html', langs)).toBe('de/index.md');
    expect(docPathOf('ar/angebote/x/index.html', langs)).toBe('ar/angebote/x.md');
    expect(docPathOf('de/404.html', langs)).toBeUndefined();
    expect(docPathOf('index.html', langs)).toBeUndefined();
    expect(docPathOf('redaktion/uebersetzungen/index.html', langs)).toBeUndefined();
  });
});

describe('starlightConfig', () => {
  it('lists the locales with German as the default and right-to-left ones marked', () => {
    const config = starlightConfig([
      { code: 'de', lang: 'de', autonym: 'Deutsch', dir: 'ltr' },
      { code: 'ar', lang: 'ar', autonym: 'العربية', dir: 'rtl' },
    ]);
    expect(config).toContain('defaultLocale: "de"');
    expect(config).toContain('"ar": {\n          "label": "العربية",\n          "lang": "ar",\n          "dir": "rtl"\n        }');
    expect(config).not.toContain('root');
  });
});
