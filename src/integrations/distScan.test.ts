import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanSite, scanSiteInParallel } from './distScan.ts';

describe('scanSiteInParallel', () => {
  let dist: string;
  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), 'ik-dist-scan-'));
    // 1,200 pages in 12 folders, three with findings in different shares of the sorted list.
    for (let i = 0; i < 1200; i++) {
      const dir = join(dist, `l${String(i % 12).padStart(2, '0')}`, `p${String(i).padStart(4, '0')}`);
      mkdirSync(dir, { recursive: true });
      const bad =
        i === 5
          ? '\n<a href="javascript:alert(1)">x</a>'
          : i === 600 || i === 1199
            ? '\n<img src="https://cdn.example/x.png" onerror="x()">'
            : '';
      writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="de"><body><p>Seite ${i}</p>${bad}</body></html>`);
    }
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('finds in worker threads what one thread finds, in the same order, with lines and columns', async () => {
    const one = scanSite(dist, { siteOrigin: 'https://kompass.example' });
    const parallel = await scanSiteInParallel(dist, { siteOrigin: 'https://kompass.example', threads: 2 });
    expect(parallel).toEqual(one);
    expect(parallel.files).toHaveLength(1200);
    expect(parallel.findings.map((f) => [f.file, f.line, f.rule])).toEqual([
      ['dist/l00/p0600/index.html', 2, 'offsite-resource'],
      ['dist/l00/p0600/index.html', 2, 'event-handler'],
      ['dist/l05/p0005/index.html', 2, 'url-scheme'],
      ['dist/l11/p1199/index.html', 2, 'offsite-resource'],
      ['dist/l11/p1199/index.html', 2, 'event-handler'],
    ]);
  });
});
