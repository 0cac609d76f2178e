// `npm run build`: builds the site and its search index into a staging folder and only
// replaces dist/ when everything succeeded. A failed build (e.g. invalid content) leaves the
// last good dist/ untouched, so a half-built site can never be published.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { BUILD_SETTINGS_FILE, buildSettingsOf } from './site-files.mjs';

// Editors' check first: every content problem at once, in plain German, before anything is built.
const check = spawnSync(process.execPath, ['scripts/content-check.mjs'], { stdio: 'inherit' });
if (check.status !== 0) {
  console.error('\nBuild stopped: the content has errors (see above). Nothing was published.');
  process.exit(1);
}

const staging = '.dist-staging';
rmSync(staging, { recursive: true, force: true });
const result = spawnSync('astro', ['build', '--outDir', staging, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (result.status !== 0 || !existsSync(`${staging}/index.html`)) {
  rmSync(staging, { recursive: true, force: true });
  console.error('\nBuild failed: nothing was published. dist/ still holds the last good build (if any).');
  process.exit(result.status || 1);
}
rmSync('dist', { recursive: true, force: true });
renameSync(staging, 'dist');
// The settings this dist/ was built with, outside dist/ (never published): `npm start` rebuilds when they differ.
mkdirSync('.cache', { recursive: true });
writeFileSync(BUILD_SETTINGS_FILE, `${JSON.stringify(buildSettingsOf(process.env))}\n`);
console.log('Build complete: dist/');
