import { describe, expect, it } from 'vitest';
import { addText, decodeEntities, fastPageChars, pageText } from './pageText.ts';

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

/** The regular-expression version fastPageChars replaced (until issue 16): what it must still give. */
function regexPageChars(html: string) {
  const collect = (text: string, into: Set<number>) => {
    const decoded = text.includes('&#') ? decodeEntities(text) : text;
    for (const [run] of decoded.matchAll(/[^\x00-\x7f]+/g)) addText(run, into);
  };
  const script = /<html\b[^>]*\bdata-script="([^"]*)"/.exec(html)?.[1] ?? '';
  const start = html.indexOf('<body');
  const body = (start < 0 ? html : html.slice(start)).replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '');
  const shown = new Set<number>();
  const onDemand = new Set<number>();
  const rest = body.replace(/<details\b[\s\S]*?<\/details\s*>/gi, (details) => {
    collect(details, onDemand);
    return '';
  });
  collect(rest, shown);
  return { script, shown, onDemand };
}

describe('fastPageChars against the regular-expression version', () => {
  // Whole tokens only: a reference or tag split across a removed script is not a case to keep.
  const tokens = [
    '<p class="x">',
    '</p>',
    ' ',
    'Text',
    'ä',
    'Ω',
    'سلام',
    'ሰላም',
    '😀',
    '\u00a0',
    '\u00ad',
    '\u007f',
    '<details>',
    '<details open class="x">',
    '</details>',
    '</DETAILS >',
    '<detailsx>',
    '<summary>',
    '<script>',
    '<SCRIPT type="x">',
    '</script>',
    '</script x>',
    '<style>',
    '</style\n>',
    '<scripts>',
    '<body>',
    '<html data-script="Ethi">',
    '&#x2013;',
    '&#233;',
    '&#X1F600;',
    '&#0;',
    '&#99999999;',
    '&#x7f;',
    '&#160;',
    '&amp;',
    '&shy;',
    '&SHY;',
    '&nbsp;',
    '&auml;',
    '&',
    '&#',
    '<',
    '>',
    '"',
  ];
  let seed = 16;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);
  it('gives the same on 3,000 random pages', () => {
    for (let n = 0; n < 3000; n++) {
      const html = Array.from({ length: 1 + Math.floor(random() * 40) }, () => tokens[Math.floor(random() * tokens.length)]).join('');
      const fast = fastPageChars(html);
      const regex = regexPageChars(html);
      expect({ html, script: fast.script, shown: sorted(fast.shown), onDemand: sorted(fast.onDemand) }).toEqual({
        html,
        script: regex.script,
        shown: sorted(regex.shown),
        onDemand: sorted(regex.onDemand),
      });
    }
  });
  it('gives the same on a page with unclosed and nested elements', () => {
    for (const html of [
      '<body>ä<details>ö<details>ü</details>ß</details>é',
      '<body>ä<script>ö<style>ü</style>ß',
      '<body><details>ö<script>ü</details></script>ß',
      '<body><details>ö&#x2013;&shy;</details>&shy;',
      '<body><details>ö&shy;</details>&#;',
      '<body><details>ö&#233;',
    ]) {
      const fast = fastPageChars(html);
      const regex = regexPageChars(html);
      expect([sorted(fast.shown), sorted(fast.onDemand)]).toEqual([sorted(regex.shown), sorted(regex.onDemand)]);
    }
  });
});
