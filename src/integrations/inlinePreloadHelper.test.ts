import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type Rollup } from 'vite';
import { inlinePreloadHelper } from './inlinePreloadHelper.ts';

/** A browser build of `files` (name → source) with the plugin; `entries` are the inputs. */
async function bundle(dir: string, files: Record<string, string>, entries: string[]): Promise<Rollup.OutputChunk[]> {
  for (const [name, source] of Object.entries(files)) writeFileSync(join(dir, name), source);
  const output = await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    plugins: [inlinePreloadHelper()],
    build: { write: false, modulePreload: { polyfill: false }, rolldownOptions: { input: entries.map((e) => join(dir, e)) } },
  });
  const [result] = Array.isArray(output) ? output : [output];
  return (result as Rollup.RollupOutput).output.filter((file): file is Rollup.OutputChunk => file.type === 'chunk');
}

/** The preload helper's function as copied into `chunk`, run against a stand-in `document`. */
function runHelper(chunk: Rollup.OutputChunk, deps: string[]) {
  const helper = /const (\w+)=(\(\w+,\w+\)=>\{.*?return \w+\(\)\});/s.exec(chunk.code);
  expect(helper, chunk.code).not.toBeNull();
  const links: { rel: string; href: string }[] = [];
  const document = { createElement: () => ({ rel: '', href: '' }), head: { append: (l: { rel: string; href: string }) => links.push(l) } };
  const fn = new Function('document', `return ${helper?.[2]}`)(document) as (load: () => string, deps?: string[]) => string;
  return { result: fn(() => 'imported', deps), links };
}

describe('inlinePreloadHelper', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ik-preload-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes no helper chunk; each script that imports on first use carries the helper, which preloads the chunk’s own imports', async () => {
    const chunks = await bundle(
      dir,
      {
        'boot.js': `document.body.onclick = () => import('./later.js').then((m) => m.run());`,
        'other.js': `document.body.onkeydown = () => import('./small.js').then((m) => m.go());`,
        'later.js': `import { shared } from './shared.js'; export const run = () => shared('later');`,
        'small.js': `export const go = () => 'small';`,
        'shared.js': `export const shared = (x) => x + document.title;`,
        'third.js': `import { shared } from './shared.js'; document.title = shared('third');`,
      },
      ['boot.js', 'other.js', 'third.js'],
    );
    expect(chunks.map((c) => c.fileName).filter((f) => /preload-helper/.test(f))).toEqual([]);
    for (const chunk of chunks) expect(chunk.code, chunk.fileName).not.toMatch(/preload-helper/);
    const boot = chunks.find((c) => c.name === 'boot')!;
    const later = chunks.find((c) => c.name === 'later')!;
    const sharedFile = later.imports[0]!;
    // Vite's list for import('./later.js'): the chunk and its static import, both written.
    expect(boot.code).toContain(`["${'assets/' + later.fileName.replace(/^assets\//, '')}","${sharedFile}"]`);
    for (const file of [later.fileName, sharedFile]) expect(chunks.some((c) => c.fileName === file)).toBe(true);
    const { result, links } = runHelper(boot, [later.fileName, sharedFile]);
    expect(result).toBe('imported');
    expect(links).toEqual([
      { rel: 'modulepreload', href: `/${later.fileName}` },
      { rel: 'modulepreload', href: `/${sharedFile}` },
    ]);
    // A chunk without imports of its own: nothing to preload, the import goes out alone.
    const other = chunks.find((c) => c.name === 'other')!;
    expect(other.code).toMatch(/import\(`\.\/small[^`]*`\)[^;]*,\[\]\)/);
    expect(runHelper(other, []).links).toEqual([]);
  });

  it('stops the build when a chunk imported on first use brings CSS, which the small helper would not load', async () => {
    await expect(
      bundle(
        dir,
        {
          'boot.js': `document.body.onclick = () => import('./styled.js');`,
          'other.js': `document.body.onkeydown = () => import('./small.js');`,
          'small.js': `export const go = () => 'small';`,
          'styled.js': `import './styled.css'; export const x = 1;`,
          'styled.css': `body { color: red }`,
        },
        ['boot.js', 'other.js'],
      ),
    ).rejects.toThrow(/brings CSS/);
  });
});
