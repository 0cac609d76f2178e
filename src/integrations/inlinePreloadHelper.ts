/**
 * Vite's preload helper, made small and copied into the chunks that use it.
 *
 * Vite wraps each `import('./x.ts')` of the browser code in `__vitePreload(() => import(…), deps)`,
 * where `deps` lists the chunk and its own static imports: the helper adds a `<link rel=modulepreload>`
 * for each, so that they load in parallel with the chunk instead of one round trip after it (on
 * Fast 3G each costs 560 ms). Vite's helper is a chunk of its own (1.8 kB, 0.9 kB gzip) that each boot
 * script imported statically: every page with a town lookup or a finder loaded it up front, one
 * round trip after the boot script and before the boot could run, and most of it serves what this
 * site does not have (CSS in a dynamic chunk, CSP nonces, browsers without modulepreload, the
 * `vite:preloadError` event). `build.modulePreload: false` does not remove it: Vite 8's native import
 * analysis wraps every dynamic import with a literal specifier anyway.
 *
 * So this plugin (1) gives the helper module a body of a few lines (a `load` hook that runs before
 * Vite's native one) and (2) after the build, writes the helper chunk's minified function into each
 * chunk that imports it, in place of the import, and drops the helper chunk. Vite fills in the
 * `deps` lists after step 2, from the chunks' imports as left here, so no list names the dropped file.
 * The importers' file names stay right: their content hashes include the helper chunk's hash (they
 * named its file), and the helper chunk's code is exactly what is copied in.
 *
 * It stops the build when it meets what the small helper cannot do (a dynamic chunk that brings CSS)
 * or output it does not understand, rather than write broken pages.
 */
import { posix } from 'node:path';
import type { Plugin } from 'vite';

/** Vite's id for its helper module (vite/dist/node/chunks/node.js, `preloadHelperId`). */
export const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/**
 * The helper: preloads each dependency, then imports. One function and no other top-level names,
 * since it is copied into other chunks. `deps` is undefined when Vite found nothing to preload.
 */
export const preloadHelperSource = (base: string): string => `export const __vitePreload = (load, deps) => {
  for (const dep of deps ?? []) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = ${JSON.stringify(base)} + dep;
    document.head.append(link);
  }
  return load();
};
`;

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}
interface OutputChunkLike {
  type: 'chunk';
  fileName: string;
  code: string;
  imports: string[];
  moduleIds: string[];
  isDynamicEntry: boolean;
  viteMetadata?: { importedCss: Set<string> };
}

/** The one function a helper chunk exports, as an expression (`(e,t)=>{…}` or `function e(e,t){…}`). */
export function exportedFunction(code: string, program: { body: Node[] }): string | undefined {
  const [declaration, exported, ...rest] = program.body;
  if (!declaration || exported?.type !== 'ExportNamedDeclaration' || exported['source'] || rest.length > 0) return undefined;
  const specifiers = exported['specifiers'] as { local: { name: string } }[];
  const name = specifiers.length === 1 ? specifiers[0]?.local.name : undefined;
  if (declaration.type === 'FunctionDeclaration' && (declaration['id'] as { name: string }).name === name) {
    return code.slice(declaration.start, declaration.end);
  }
  if (declaration.type === 'VariableDeclaration') {
    const declarators = declaration['declarations'] as { id: { name?: string }; init: Node | null }[];
    const [only] = declarators;
    if (declarators.length === 1 && only && name && only.id.name === name && only.init) return code.slice(only.init.start, only.init.end);
  }
  return undefined;
}

/**
 * `code` with each import of `helperFile` replaced by constants holding `helper`
 * (`import{t as e}from"./preload-helper.X.js";` → `const e=(e,t)=>{…};`), or undefined if there is none.
 */
export function inlineHelperImports(
  code: string,
  program: { body: Node[] },
  importer: string,
  helperFile: string,
  helper: string,
): string | undefined {
  let out = code;
  let found = false;
  // From the end, so that the offsets of the earlier statements still hold.
  for (const node of [...program.body].reverse()) {
    if (node.type !== 'ImportDeclaration') continue;
    const source = (node['source'] as { value: string }).value;
    if (posix.join(posix.dirname(importer), source) !== helperFile) continue;
    const locals = (node['specifiers'] as { local: { name: string } }[]).map((s) => s.local.name);
    out = out.slice(0, node.start) + locals.map((local) => `const ${local}=${helper};`).join('') + out.slice(node.end);
    found = true;
  }
  return found ? out : undefined;
}

export function inlinePreloadHelper(): Plugin {
  let base = '/';
  return {
    name: 'kompass:inline-preload-helper',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    load(id) {
      return id === PRELOAD_HELPER_ID ? preloadHelperSource(base) : undefined;
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk') as unknown as OutputChunkLike[];
      const helperChunk = chunks.find((chunk) => chunk.moduleIds.includes(PRELOAD_HELPER_ID));
      if (!helperChunk) return;
      const fail: (why: string) => never = (why) =>
        this.error(`Vite's preload helper cannot be inlined: ${why} (src/integrations/inlinePreloadHelper.ts).`);
      const withCss = chunks.find((chunk) => chunk.isDynamicEntry && (chunk.viteMetadata?.importedCss.size ?? 0) > 0);
      if (withCss) fail(`${withCss.fileName} is imported dynamically and brings CSS, which the small helper does not load`);
      // Used by one chunk only, the helper is part of it: no file of its own to drop.
      if (helperChunk.moduleIds.length > 1) return;
      const helper = exportedFunction(helperChunk.code, this.parse(helperChunk.code) as unknown as { body: Node[] });
      if (!helper) fail(`${helperChunk.fileName} is not one exported function`);
      for (const chunk of chunks) {
        if (chunk === helperChunk || !chunk.imports.includes(helperChunk.fileName)) continue;
        const code = inlineHelperImports(
          chunk.code,
          this.parse(chunk.code) as unknown as { body: Node[] },
          chunk.fileName,
          helperChunk.fileName,
          helper,
        );
        if (code === undefined) fail(`${chunk.fileName} lists it but has no import declaration of it`);
        chunk.code = code;
        chunk.imports = chunk.imports.filter((file) => file !== helperChunk.fileName);
      }
      delete bundle[helperChunk.fileName];
    },
  };
}
