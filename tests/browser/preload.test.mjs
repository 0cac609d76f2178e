// @ts-check
// What loads on first use loads in parallel: when the finder's boot imports the finder, the
// finder's own imports are asked for before the finder has arrived (Vite's preload helper, made
// small by src/integrations/inlinePreloadHelper.ts, adds a <link rel=modulepreload> for each), not
// one round trip after it. And a page loads no preload helper of its own.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowserEnv, gotoStatus } from './helpers.mjs';

/** @type {Awaited<ReturnType<typeof startBrowserEnv>>} */
let env;
before(async () => {
  env = await startBrowserEnv({ locales: ['de'] });
});
after(async () => {
  await env?.close();
});

describe('scripts imported on first use', () => {
  it("de: the finder's imports are requested while the finder itself is still on its way", async () => {
    const page = await env.browser.newPage({ viewport: { width: 360, height: 740 } });
    try {
      /** @type {string[]} */
      const scripts = [];
      page.on('request', (request) => {
        const { pathname } = new URL(request.url());
        if (pathname.startsWith('/_astro/') && pathname.endsWith('.js')) scripts.push(pathname.slice('/_astro/'.length));
      });
      await gotoStatus(page, `${env.origin}/de/angebote/`);
      assert.deepEqual(
        scripts.filter((s) => /preload-helper/.test(s)),
        [],
        `no preload helper of its own (${scripts.join(', ')})`,
      );
      const atLoad = scripts.length;
      // The finder's file is held: whatever else is asked for meanwhile was asked for in parallel with it.
      /** @type {() => void} */
      let release = () => undefined;
      const held = new Promise((resolve) => (release = () => resolve(undefined)));
      await page.route(/\/_astro\/finder\.[^/]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      const finderAsked = page.waitForRequest(/\/_astro\/finder\.[^/]+\.js$/, { timeout: 10_000 });
      await page.locator('#finder-q').focus();
      await finderAsked;
      await page.waitForFunction(() => document.querySelectorAll('link[rel="modulepreload"]').length > 0, undefined, { timeout: 10_000 });
      await page.waitForTimeout(200);
      const whileHeld = scripts.slice(atLoad);
      release();
      assert.ok(
        whileHeld.some((s) => /^finderReturn\./.test(s)),
        `the finder's import finderReturn.js goes out with it, not after it (asked for: ${whileHeld.join(', ')})`,
      );
    } finally {
      await page.close();
    }
  });
});
