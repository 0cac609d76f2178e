// `npm run build`: builds the site and its search index into a staging folder and only
// replaces dist/ when everything succeeded. A failed build (e.g. invalid content) leaves the
// last good dist/ untouched, so a half-built site can never be published.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';

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
console.log('Build complete: dist/');
