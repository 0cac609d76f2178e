// @ts-check
// Step 3 of the bench: Lighthouse (mobile, its default simulated slow 4G) for home, finder and an
// offer page in de and ar.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { href, route } from '../../src/lib/site/routes.ts';
import { chromiumPath, launchArgs } from '../chromium.mjs';
import { samplePath } from './templates.mjs';

const root = resolve('.');

export const LIGHTHOUSE_PAGES = ['de', 'ar'].flatMap((lang) => [
  href(lang, route.home()),
  href(lang, route.offers()),
  samplePath('offer', lang),
]);

/**
 * @typedef {{ path: string, performance: number, accessibility: number, bestPractices: number, seo: number,
 *   lcp: number, tbt: number, cls: number, formFactor: string, version: string }} LighthouseRun
 */

/**
 * The part of Lighthouse's JSON report (its "LHR") that the bench reads.
 * @typedef {{
 *   runtimeError?: { message: string },
 *   categories: Record<string, { score: number | null } | undefined>,
 *   audits: Record<string, { numericValue?: number } | undefined>,
 *   configSettings: { formFactor: string },
 *   lighthouseVersion: string,
 * }} LighthouseReport
 */

/**
 * Runs the Lighthouse CLI (asynchronously: the site is served by this very process). Chromium's
 * trace sometimes misses the navigation start (NO_NAVSTART, seen on 1 of about 10 runs here);
 * Lighthouse asks to run again, so that one error is retried twice before the bench gives up.
 * @param {string} url
 * @returns {Promise<LighthouseRun>}
 */
export async function lighthouse(url, attempt = 1) {
  try {
    return await lighthouseOnce(url);
  } catch (error) {
    if (attempt >= 3 || !(error instanceof Error) || !/NO_NAVSTART/.test(error.message)) throw error;
    console.log(`  Lighthouse: NO_NAVSTART on ${url}, running it again (attempt ${attempt + 1} of 3)`);
    return lighthouse(url, attempt + 1);
  }
}

/**
 * @param {string} url
 * @returns {Promise<LighthouseRun>}
 */
async function lighthouseOnce(url) {
  const child = spawn(
    process.execPath,
    [
      join(root, 'node_modules/lighthouse/cli/index.js'),
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--chrome-flags=${['--headless', ...launchArgs].join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath } },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const timer = setTimeout(() => child.kill(), 300_000);
  /** @type {number | null} */
  const status = await new Promise((done) => child.on('close', done));
  clearTimeout(timer);
  if (status !== 0) throw new Error(`Lighthouse failed (exit ${status}) for ${url}:\n${stderr.slice(-2000)}`);
  /** @type {LighthouseReport} */
  const lhr = JSON.parse(stdout);
  if (lhr.runtimeError) throw new Error(`Lighthouse ${url}: ${lhr.runtimeError.message}`);
  /** @param {string} c */
  const score = (c) => Math.round((lhr.categories[c]?.score ?? NaN) * 100);
  /** @param {string} a */
  const audit = (a) => lhr.audits[a]?.numericValue ?? NaN;
  return {
    path: new URL(url).pathname,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    formFactor: lhr.configSettings.formFactor,
    version: lhr.lighthouseVersion,
  };
}
