import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { addressesLeftToRight, isAddressLink } from './addressDirection.ts';
import { analyseMarkup, MARKDOWN_FEATURES, MAX_BODY_CHARS, urlVerdict } from './markup.ts';
import { MESSAGES } from './messages.ts';

const m = MESSAGES.de;
/** "line: message" for every problem of a text. */
const problems = (body: string) => analyseMarkup(body, m).problems.map((p) => `${p.line}: ${p.message}`);
const element = (tag: string) => m.htmlElement(tag, '<abbr>, <bdi>, <br>, <span>, <sub>, <sup>');
/** What the build publishes for a text (Sätteri with the project's features). */
const published = (body: string) => markdownToHtml(body, { features: MARKDOWN_FEATURES }).html;

describe('markup allowlist', () => {
  it('accepts what editors write: Markdown of every kind and the few allowed HTML elements', () => {
    const body = [
      '## Kurs',
      '',
      'Ein **fetter** und *kursiver* Text mit [Link](https://www.example.org/kurs), [E-Mail](mailto:kurs@example.org),',
      '[Telefon](tel:+4955501234), [Impressum](../impressum/) und [Seite](/de/programm/#ziele).',
      '',
      '- eins',
      '- zwei',
      '',
      '1. erstens',
      '',
      '> Zitat',
      '',
      '| Tag | Zeit |',
      '|:----|-----:|',
      '| Mo  | 9:00 |',
      '',
      '```',
      'Code',
      '```',
      '',
      'Die <abbr title="Volkshochschule">VHS</abbr> in der Musterstraße 1<br>',
      '65187 Wiesbaden, <span lang="ar" dir="rtl">مرحبا</span>, H<sub>2</sub>O, 1<sup>er</sup> ~~alt~~ ![Karte](/bilder/karte.png)',
      'Kinder <6 Jahre, {ca. 5 Euro}, <!-- Notiz für die Redaktion -->',
    ].join('\n');
    expect(problems(body)).toEqual([]);
  });

  it.each([
    ['second-line handler', '<div\nonclick="alert(1)">x</div>', [`1: ${element('div')}`, `1: ${m.handler('onclick')}`]],
    ['svg onload in an HTML block', '<div><svg onload="alert(1)"></svg></div>', [`1: ${element('div')}`, `1: ${element('svg')}`, `1: ${m.handler('onload')}`]],
    ['handler on an allowed element', 'Text <span onmouseover="alert(1)">x</span>', [`1: ${m.handler('onmouseover')}`]],
    ['reference-style link to javascript:', '[x][r]\n\n[r]: javascript:alert(1)', [`1: ${m.jsLink}`]],
    ['entity-encoded javascript: in a single-quoted href', "<a href='&#106;avascript:alert(1)'>x</a>", [`1: ${element('a')}`, `1: ${m.jsLink}`]],
    ['unquoted javascript: href', '<a href=javascript:alert(1)>x</a>', [`1: ${element('a')}`, `1: ${m.jsLink}`]],
    ['tab-split javascript: in an href', '<a href="java&#9;script:alert(1)">x</a>', [`1: ${element('a')}`, `1: ${m.jsLink}`]],
    ['entity-encoded javascript: in a Markdown link', '[x](&#x6A;avascript&colon;alert(1))', [`1: ${m.jsLink}`]],
    ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>', [`1: ${element('iframe')}`]],
    ['set:html', '<div set:html="<img src=x onerror=alert(1)>"></div>', [`1: ${element('div')}`]],
    ['spread attributes in an HTML block', '<div><span {...props}>x</span></div>', [`1: ${element('div')}`, `1: ${m.htmlAttribute('span', '{...props}', 'dir, lang')}`]],
    ['meta refresh', '<meta http-equiv="refresh" content="0; url=https://evil.example/">', [`1: ${element('meta')}`]],
    ['base', '<base href="https://evil.example/">', [`1: ${element('base')}`]],
    [
      'off-site form with a password field',
      '<form action="https://evil.example/login"><input type="password" name="p"></form>',
      [`1: ${element('form')}`, `1: ${element('input')}`],
    ],
    ['object', '<object data="https://evil.example/x.swf"></object>', [`1: ${element('object')}`]],
    ['style', '<style>body { display: none }</style>', [`1: ${element('style')}`]],
    ['script', 'Text\n\n<script>alert(1)</script>', [`3: ${m.script}`]],
    ['data: link', '[x](data:text/html;base64,PHNjcmlwdD4=)', [`1: ${m.badScheme('data:text/html;base64,PHNjcmlwdD4=')}`]],
    ['protocol-relative link off the site', '[x](//evil.example/)', [`1: ${m.badScheme('//evil.example/')}`]],
    ['http link', '[x](http://www.example.org/)', [`1: ${m.insecureLink('http://www.example.org/')}`]],
    ['www. address in the text (GFM makes it an http link)', 'Siehe www.example.org.', [`1: ${m.insecureLink('http://www.example.org')}`]],
    ['image from another server', '![x](https://tracker.example/p.gif)', [`1: ${m.offsiteImage('https://tracker.example/p.gif')}`]],
    ['footnote', 'Text[^1]\n\n[^1]: Fußnote', [`1: ${m.footnotes}`]],
    ['task list', '- [ ] offen', [`1: ${m.taskList}`]],
    ['tag cut off by a missing quote (it would swallow the next paragraph)', '<div title="x\n\nText', [`1: ${m.brokenHtml('div')}`]],
    ['attribute beyond the allowlist', 'Die <abbr title="x" class="gross">VHS</abbr>', [`1: ${m.htmlAttribute('abbr', 'class', 'title')}`]],
    ['a raw <body> tag (a browser puts its attributes on the page)', 'Text <body background="https://evil.example/x.png"> mehr', [`1: ${element('body')}`]],
    ['a raw <html> tag with a handler', 'Text <html onmouseover="alert(1)"> mehr', [`1: ${element('html')}`, `1: ${m.handler('onmouseover')}`]],
    ['a stray end tag that would close the page structure', 'Text </main> mehr', [`1: ${element('main')}`]],
    ['raw HTML inside a footnote', 'Text[^1]\n\n[^1]: Note <script>alert(1)</script>', [`1: ${m.footnotes}`, `3: ${m.script}`]],
    ['an image path the bundler would import', '![x](../../../package.json?raw)', [`1: ${m.imagePath('../../../package.json?raw')}`]],
    ['a data: image', '![x](data:image/png;base64,AAAA)', [`1: ${m.imagePath('data:image/png;base64,AAAA')}`]],
    ['a dir value that is not a direction', '<span dir="x">y</span>', [`1: ${m.htmlAttribute('span', 'dir', 'dir, lang')}`]],
  ])('refuses %s, naming the line', (_name, body, expected) => {
    expect(problems(body)).toEqual(expected);
  });

  it('reads the text as Astro renders it: trimmed, so an indented first line is HTML, not a code block', () => {
    expect(problems('\n    <img src="https://evil.example/p.png">')).toEqual([`2: ${element('img')}`, `2: ${m.offsiteImage('https://evil.example/p.png')}`]);
    expect(problems('Text\n\n    <img src="x">')).toEqual([]);
  });

  it('does not take a code block whose language is "contains-task-list" for a task list', () => {
    expect(problems('```contains-task-list\nx\n```')).toEqual([]);
  });

  it('counts lines from the start of the text', () => {
    expect(problems('Eins\n\nZwei\n\n<iframe src="https://evil.example/"></iframe>')).toEqual([`5: ${element('iframe')}`]);
  });

  it('leaves text that only looks like code inert: Markdown escapes it, nothing runs', () => {
    // No problem to report, because nothing of it becomes markup on the page.
    for (const body of ['<svg/onload=alert(1)>', '{process.env.HOME}', "{execSync('id')}", 'Kinder <6 Jahre', 'Text <span {...props}>x</span>', '<span title="x\n\nText']) {
      expect(problems(body), body).toEqual([]);
      expect(published(body), body).not.toMatch(/<svg|<script|onload=alert\(1\)>/);
    }
    expect(published('<svg/onload=alert(1)>')).toContain('&lt;svg/onload=alert(1)&gt;');
    // A tab inside "javascript:" in a Markdown link is percent-encoded: a relative address, not a script.
    expect(published('[x](java&#9;script:alert(1))')).toContain('href="java%09script:alert(1)"');
  });

  it('refuses a text too long for a page', () => {
    expect(problems('x'.repeat(MAX_BODY_CHARS + 1))).toEqual([`undefined: ${m.bodyTooLarge(MAX_BODY_CHARS, MAX_BODY_CHARS + 1)}`]);
    expect(problems('x'.repeat(MAX_BODY_CHARS))).toEqual([]);
  });

  it('returns the links within the site for the link check, not the external ones', () => {
    const { siteLinks } = analyseMarkup('[a](../impressum/) [b](https://www.example.org/) [c](#oben) [d](mailto:a@example.org)\n\n[e](/de/programm/)', m);
    expect(siteLinks).toEqual([
      { href: '../impressum/', line: 1 },
      { href: '/de/programm/', line: 3 },
    ]);
  });
});

describe('urlVerdict', () => {
  it.each([
    ['https://www.example.org/', false, 'ok'],
    ['mailto:a@example.org', false, 'ok'],
    ['tel:+4955501234', false, 'ok'],
    ['../impressum/', false, 'ok'],
    ['#oben', false, 'ok'],
    [' JavaScript:alert(1)', false, 'script'],
    ['java\nscript:alert(1)', false, 'script'],
    ['\u0001javascript:alert(1)', false, 'script'],
    ['vbscript:x', false, 'script'],
    ['http://example.org/', false, 'insecure'],
    ['data:text/html,x', false, 'scheme'],
    ['ftp://example.org/', false, 'scheme'],
    ['//evil.example/', false, 'scheme'],
    ['/\\evil.example/', false, 'scheme'],
    ['/bilder/karte.png', true, 'ok'],
    ['https://tracker.example/p.gif', true, 'offsite-image'],
    ['data:image/png;base64,AAAA', true, 'image-path'],
    ['../../../package.json?raw', true, 'image-path'],
    ['bilder/karte.png', true, 'image-path'],
    ['/bilder/karte.png?raw', true, 'image-path'],
    ['/../package.json', true, 'image-path'],
    ['javascript:alert(1)', true, 'script'],
  ] as const)('%j (image: %s) is %s', (url, image, verdict) => {
    expect(urlVerdict(url, image)).toBe(verdict);
  });
});

describe('address links read left to right', () => {
  it('marks a link whose text is its own address, and no other', () => {
    expect(isAddressLink('mailto:integration@hsm.hessen.de', 'integration@hsm.hessen.de')).toBe(true);
    expect(isAddressLink('https://www.soziales.hessen.de', 'www.soziales.hessen.de')).toBe(true);
    expect(isAddressLink('tel:+4955501234', '+4955501234')).toBe(true);
    expect(isAddressLink('../impressum/', 'Impressum')).toBe(false);
    expect(isAddressLink('https://www.example.org/', 'Website des Trägers')).toBe(false);
  });

  it('sets dir="ltr" in the build output (the plugin registered in astro.config.mjs)', () => {
    const { html } = markdownToHtml('[a@example.org](mailto:a@example.org) und [Impressum](../impressum/)', {
      features: MARKDOWN_FEATURES,
      hastPlugins: [addressesLeftToRight],
    });
    expect(html).toBe('<p><a href="mailto:a@example.org" dir="ltr">a@example.org</a> und <a href="../impressum/">Impressum</a></p>\n');
  });
});
