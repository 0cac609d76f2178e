import { describe, expect, it } from 'vitest';
import { decodeEntities, fastPageChars, pageText } from './pageText.ts';

const chars = (set: Set<number>) => String.fromCodePoint(...[...set].sort((a, b) => a - b));

describe('pageText', () => {
  const html = `<!doctype html><html lang="de" data-script="Latn"><head><title>Titel ö</title><meta name="description" content="é"></head>
<body><p>Straße <strong>Öl</strong> <span class="font-bold">Ä</span> <a class="aria-[current]:font-bold">Ü</a></p>
<input placeholder="Ort suchen …" value="ç"><img alt="Ñ"><template><span>ğ</span></template>
<script type="application/ld+json">{"name":"ž"}</script><h2>Über<span class="font-normal">ū</span></h2><p>&#x2013; &amp; &auml;</p></body></html>`;
  const text = pageText(html);

  it('reads the page script', () => {
    expect(text.script).toBe('Latn');
  });
  it('collects text, shown attributes and template content beyond ASCII, not the head or scripts', () => {
    const all = chars(new Set([...text.regular, ...text.bold]));
    for (const c of 'ßÖÄÜ…çÑğ–ū') expect(all).toContain(c);
    expect(all).not.toContain('é');
    expect(all).not.toContain('ž');
  });
  it('tells bold apart: bold elements and classes, state variants in both weights', () => {
    expect(chars(text.bold)).toContain('Ö'); // <strong>Öl</strong>
    expect(chars(text.bold)).toContain('Ä');
    expect(chars(text.bold)).toContain('Ü');
    expect(chars(text.regular)).toContain('Ü');
    expect(chars(text.regular)).toContain('ß');
    expect(chars(text.bold)).not.toContain('ß');
    expect(chars(text.regular)).toContain('ū'); // font-normal inside a heading
    expect(chars(text.regular)).not.toContain('Ä');
  });
  it('decodes character references', () => {
    expect(decodeEntities('&#x2013;&#8211;&amp;&unknown;')).toBe('––&&unknown;');
  });
});

describe('fastPageChars', () => {
  it('finds the body characters, without scripts, details content on demand', () => {
    const { script, shown, onDemand } = fastPageChars(
      `<html data-script="Arab"><head><title>ž</title></head><body><p>سلام ä</p><details><summary>x</summary><a>Русский</a></details><script>"ț"</script>&#x00E9;</body></html>`,
    );
    expect(script).toBe('Arab');
    expect([...shown].map((p) => String.fromCodePoint(p)).sort()).toEqual([...'äéسلام'].filter((c, i, a) => a.indexOf(c) === i).sort());
    expect(chars(onDemand)).toBe(chars(new Set([...'Русский'].map((c) => c.codePointAt(0)!))));
  });
});
