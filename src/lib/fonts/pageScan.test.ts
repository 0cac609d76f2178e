import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { placeholderAt, scanPage, scanPagesInParallel, spliceFile } from './pageScan.ts';

const placeholder = /<link[^>]*href="\/fonts\/faces\.css"[^>]*>/;
const page = `<!doctype html><html data-script="Arab"><head><title>ž</title><link rel="stylesheet" href="/fonts/faces.css"></head><body><p>سلام ä</p><details><a>Русский ä</a></details></body></html>`;

describe('placeholderAt', () => {
  it('gives the link as UTF-8 byte offsets, after multi-byte characters', () => {
    const at = placeholderAt(page, placeholder)!;
    expect(at.text).toBe('<link rel="stylesheet" href="/fonts/faces.css">');
    expect(Buffer.from(page).toString('utf8', at.start, at.end)).toBe(at.text);
    expect(at.start).toBe(page.indexOf('<link') + 1); // "ž" is two bytes
  });
  it('finds nothing on a page without the link', () => {
    expect(placeholderAt('<html><link href="/x.css"></html>', placeholder)).toBeUndefined();
  });
});

describe('scanPage', () => {
  it('keeps the script, first-paint characters sorted, the others on demand, and the link', () => {
    const scan = scanPage(page, placeholder);
    expect(scan.script).toBe('Arab');
    expect(scan.shown).toEqual([...new Set([...'سلام ä'.replace(' ', '')].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b));
    expect(String.fromCodePoint(...scan.onDemand.sort((a, b) => a - b))).toBe([...new Set('Русский')].sort().join(''));
    expect(scan.link?.text).toContain('/fonts/faces.css');
  });
});

describe('spliceFile and scanPagesInParallel', () => {
  const dir = mkdtempSync(join(tmpdir(), 'page-scan-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('replaces the link in place, longer or shorter, and refuses a changed file', () => {
    const file = join(dir, 'a.html');
    writeFileSync(file, page);
    const at = placeholderAt(page, placeholder)!;
    const longer = '<link rel="preload" href="/_astro/x.woff2"><link rel="stylesheet" href="/_astro/fonts.abc.css">';
    spliceFile(file, at, Buffer.from(longer));
    expect(readFileSync(file, 'utf8')).toBe(page.replace(placeholder, longer));
    writeFileSync(file, page);
    spliceFile(file, at, Buffer.from('<link>'));
    expect(readFileSync(file, 'utf8')).toBe(page.replace(placeholder, '<link>'));
    expect(() => spliceFile(file, at, Buffer.from('<link>'))).toThrow(/changed/);
  });
  it('gives the same in worker threads as in this one, in the order of the pages', { timeout: 60_000 }, async () => {
    const paths = Array.from({ length: 1200 }, (_, i) => `p${i}.html`);
    paths.forEach((path, i) =>
      writeFileSync(join(dir, path), i % 2 ? page : page.replace('سلام', `ሰላም ${String.fromCodePoint(0x100 + i)}`)),
    );
    const inThread = await scanPagesInParallel(dir, paths, placeholder, 1);
    expect(await scanPagesInParallel(dir, paths, placeholder, 2)).toEqual(inThread);
    expect(inThread[4]!.shown).toContain(0x104);
  });
});
