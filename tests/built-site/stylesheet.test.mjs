// The shared stylesheet (every page downloads it) carries no rule that no page uses: no Tailwind
// utility made from a word of prose or code, no preflight rule for an element no page has
// (src/styles/global.css, src/styles/preflight.css; issue 16).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt, htmlFiles, DIST } from './helpers.mjs';

assertBuilt();
const astroDir = join(DIST, '_astro');
const sheets = readdirSync(astroDir).filter((f) => /^SiteHead\.[\w-]+\.css$/.test(f));
const pages = htmlFiles().map((file) => ({ file, html: readFileSync(join(DIST, file), 'utf8') }));
const scripts = readdirSync(astroDir)
  .filter((f) => f.endsWith('.js'))
  .map((f) => readFileSync(join(astroDir, f), 'utf8'))
  .join('\n');

/** The class names the selectors of the utilities layer of `css` name, unescaped. @param {string} css */
function utilityClasses(css) {
  const start = css.indexOf('@layer utilities{');
  assert.ok(start >= 0, 'the stylesheet has a utilities layer');
  let depth = 0;
  let end = start;
  for (let i = css.indexOf('{', start); i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) {
      end = i;
      break;
    }
  }
  const names = new Set();
  for (const [, selector = ''] of css.slice(start + '@layer utilities{'.length, end).matchAll(/([^{}]+)\{/g)) {
    if (selector.trim().startsWith('@')) continue;
    for (const [, name = ''] of selector.matchAll(/\.((?:\\.|[\w-])+)/g)) names.add(name.replace(/\\(.)/g, '$1'));
  }
  return names;
}

/** @type {Record<string, string>} */
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const decode = (/** @type {string} */ s) => s.replace(/&(amp|lt|gt|quot|#39);/g, (whole, e) => ENTITIES[e] ?? whole);
/** Every class name of a class attribute on some page (templates included). */
const pageClasses = new Set(
  pages.flatMap(({ html }) => [...html.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => decode(m[1] ?? '').split(/\s+/))),
);
const escapeRegExp = (/** @type {string} */ s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A class a script sets: the name as a word inside a string literal. @param {string} name */
const inScriptString = (name) => new RegExp(`[\`'"][^\`'"\\n]*(?<![\\w-])${escapeRegExp(name)}(?![\\w-])[^\`'"\\n]*[\`'"]`).test(scripts);

test('every utility in the shared stylesheet is a class some page or script uses', () => {
  assert.equal(sheets.length, 1, `one shared stylesheet (${sheets.join(', ')})`);
  const names = utilityClasses(readFileSync(join(astroDir, sheets[0] ?? ''), 'utf8'));
  assert.ok(names.size > 50, `utilities found (${names.size})`);
  assert.ok(names.has('sr-only') && pageClasses.has('sr-only'), 'a utility the pages use is seen as used');
  const unused = [...names].filter((name) => !pageClasses.has(name) && !inScriptString(name));
  assert.deepEqual(
    unused,
    [],
    'utilities no page uses: a word in a scanned file that is no class? Add it to `@source not inline(…)` in src/styles/global.css',
  );
});

/**
 * What src/styles/preflight.css has no rule for, as a pattern over a page's HTML. Markdown
 * content cannot produce these (src/lib/content/markup.ts), so only a template can add one.
 */
const WITHOUT_PREFLIGHT = [
  /<(select|optgroup|textarea|datalist|progress|small|kbd|samp|menu|video|audio|canvas|iframe|embed|object)[\s>]/,
  /<input[^>]*\stype="(file|date|time|datetime-local|month|week|number)"/,
  /<(input|textarea)[^>]*\splaceholder=/,
];

test('no page has an element whose preflight rule src/styles/preflight.css leaves out', () => {
  assert.ok(
    WITHOUT_PREFLIGHT.some((pattern) => pattern.test('<p>Preis <small>inkl.</small></p>')),
    'the patterns find such an element',
  );
  const found = [];
  for (const { file, html } of pages) {
    const body = html.replace(/<script[\s\S]*?<\/script>/g, '');
    for (const pattern of WITHOUT_PREFLIGHT) {
      const hit = body.match(pattern);
      if (hit) found.push(`${file}: ${hit[0]}`);
    }
  }
  assert.deepEqual(
    found.slice(0, 20),
    [],
    `take the element's rule back from node_modules/tailwindcss/preflight.css (${found.length} pages)`,
  );
});
