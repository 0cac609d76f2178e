// Copies the self-hosted WOFF2 files from the @fontsource packages into public/fonts/.
// Run after updating a @fontsource package: `npm run fonts:update`. The copies are committed
// so that a build never depends on anything but the repository. They are the sources: pages load
// subsets of them that the build cuts to the site's characters (src/integrations/fontSubset.ts,
// src/lib/fonts/sources.ts); only `astro dev` (public/fonts/faces.css) and the share-image renderer
// (scripts/render-images.mjs, which also needs the 700 files) use the full files.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
/**
 * [package, file prefix, subsets, weights] — must match src/lib/fonts/sources.ts and public/fonts/faces.css.
 * @type {[pkg: string, prefix: string, subsets: string[], weights: number[]][]}
 */
const fonts = [
  ['@fontsource/noto-sans', 'noto-sans', ['latin', 'latin-ext', 'cyrillic'], [400, 700]],
  // One weight only for the large scripts: bold is synthesised (each weight is 50–75 KB).
  ['@fontsource/noto-sans-arabic', 'noto-sans-arabic', ['arabic'], [400]],
  ['@fontsource/noto-sans-ethiopic', 'noto-sans-ethiopic', ['ethiopic'], [400]],
];
const out = new URL('../public/fonts/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
for (const [pkg, prefix, subsets, weights] of fonts) {
  const dir = join(dirname(require.resolve(`${pkg}/package.json`)), 'files');
  for (const subset of subsets) {
    for (const weight of weights) {
      const file = `${prefix}-${subset}-${weight}-normal.woff2`;
      copyFileSync(join(dir, file), join(out, file));
      console.log(`public/fonts/${file}`);
    }
  }
}
copyFileSync(join(dirname(require.resolve('@fontsource/noto-sans/package.json')), 'LICENSE'), join(out, 'OFL.txt'));
