// The pages' JavaScript in the built site: every script a page loads, what it imports, and what it
// preloads or imports on first use (Vite's `__vite__mapDeps` lists, `import("./x.js")`) is a file
// in dist/_astro/; and Vite's preload helper is not a file of its own, which every page with a
// boot script would load up front (src/integrations/inlinePreloadHelper.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assetTags, staticImports } from '../../scripts/bench/budgets.ts';
import { assertBuilt, DIST, htmlFiles } from './helpers.mjs';

assertBuilt();
const ASTRO = join(DIST, '_astro');
const scripts = readdirSync(ASTRO).filter((f) => f.endsWith('.js'));

test("Vite's preload helper is part of the scripts that use it, not a file that pages load", () => {
  assert.deepEqual(
    scripts.filter((f) => /preload-helper/.test(f)),
    [],
  );
  for (const file of scripts) assert.doesNotMatch(readFileSync(join(ASTRO, file), 'utf8'), /preload-helper/, file);
  // The boot scripts that import on first use carry the helper (it preloads the chunk's own imports).
  const withDynamicImports = scripts.filter((f) => /\bimport\(`\.\//.test(readFileSync(join(ASTRO, f), 'utf8')));
  assert.ok(withDynamicImports.length >= 2, withDynamicImports.join(', '));
  for (const file of withDynamicImports) {
    assert.match(readFileSync(join(ASTRO, file), 'utf8'), /rel=`modulepreload`/, `${file}: preloads what the chunk it imports imports`);
  }
});

test('every script that a page loads, imports, preloads or imports on first use exists', () => {
  const referenced = new Set();
  for (const page of htmlFiles()) {
    for (const tag of assetTags(readFileSync(join(DIST, page), 'utf8'))) {
      const src = tag.name === 'script' ? tag.attrs['src'] : tag.attrs['rel'] === 'modulepreload' ? tag.attrs['href'] : undefined;
      if (src?.startsWith('/_astro/')) referenced.add(src.slice('/_astro/'.length));
    }
  }
  assert.ok(referenced.size > 0, 'pages load scripts');
  for (const file of scripts) {
    const code = readFileSync(join(ASTRO, file), 'utf8');
    for (const spec of staticImports(code)) if (spec.startsWith('./')) referenced.add(spec.slice(2));
    for (const [, spec] of code.matchAll(/\bimport\(`\.\/([^`]+)`\)/g)) referenced.add(spec);
    for (const [, list] of code.matchAll(/m\.f=\[([^\]]*)\]/g)) {
      for (const [, dep] of (list ?? '').matchAll(/"_astro\/([^"]+)"/g)) referenced.add(dep);
    }
  }
  for (const file of referenced) assert.ok(existsSync(join(ASTRO, file)), `/_astro/${file} is referenced but not built`);
});
