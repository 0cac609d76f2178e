// Every built page carries the header's Content-Security-Policy once more as a meta element (defence
// in depth on hosts that ignore deploy/ and _headers), generated from src/lib/hosting/securityHeaders.ts,
// and before anything the page loads: a meta policy covers only what the parser meets after it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { META_CONTENT_SECURITY_POLICY } from '../../src/lib/hosting/securityHeaders.ts';

const dist = resolve('dist');
/** Link types that make the browser fetch nothing (so they may stand before the policy). */
const NON_FETCHING_LINKS = new Set(['canonical', 'alternate', 'sitemap']);

/**
 * @param {string} dir
 * @returns {string[]}
 */
const htmlFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );

describe('meta Content-Security-Policy', () => {
  it('is in every built page once, with the header policy less what a meta element cannot carry, before anything that loads', () => {
    assert.ok(existsSync(join(dist, 'index.html')), 'dist/ is missing: run `npm run build` first.');
    const files = htmlFiles(dist);
    assert.ok(files.length > 100, `only ${files.length} HTML files in dist/`);
    /** @type {string[]} */
    const problems = [];
    for (const file of files) {
      // The head is enough (a policy later in the page would count as missing), and ten times faster.
      const html = readFileSync(file, 'utf8');
      const headEnd = html.indexOf('</head>');
      const { document } = parseHTML(headEnd < 0 ? html : `${html.slice(0, headEnd)}</head><body></body></html>`);
      const name = relative(dist, file);
      const policies = [...document.querySelectorAll('meta[http-equiv]')].filter(
        (m) => m.getAttribute('http-equiv')?.trim().toLowerCase() === 'content-security-policy',
      );
      if (policies.length !== 1) {
        problems.push(`${name}: ${policies.length} CSP meta elements`);
        continue;
      }
      const [meta] = policies;
      if (meta?.getAttribute('content') !== META_CONTENT_SECURITY_POLICY)
        problems.push(`${name}: policy "${meta?.getAttribute('content')}"`);
      if (meta?.parentElement?.tagName !== 'HEAD') problems.push(`${name}: the policy is not in <head>`);
      // Everything before the meta element in document order.
      for (const earlier of document.querySelectorAll('script, style, link, img, iframe, object, embed, base, meta[http-equiv]')) {
        if (earlier === meta) break;
        const rel = (earlier.getAttribute('rel') ?? '').toLowerCase();
        if (earlier.tagName === 'LINK' && rel.split(/\s+/).every((r) => NON_FETCHING_LINKS.has(r))) continue;
        problems.push(`${name}: <${earlier.tagName.toLowerCase()}${rel ? ` rel="${rel}"` : ''}> comes before the policy`);
      }
    }
    assert.deepEqual(problems.slice(0, 20), [], `${problems.length} pages`);
  });
});
