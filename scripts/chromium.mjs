// Debian's Chromium, as every browser user of the project launches it: the browser tests, the
// nginx test, the bench (Playwright and Lighthouse) and scripts/render-images.mjs.
// CHROMIUM_PATH overrides the path (e.g. to check the tests' "not installed" failure message).
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// This machine has no internet: without the background-networking flags Chromium keeps trying to
// reach Google's services (refused connections, failed lookups at every start).
export const launchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
