/**
 * Loads Pagefind once per page: its script, WebAssembly and this language's metadata (init). Shared
 * by ./finderBoot.ts, which starts it on the first use of the form (alongside ./finder.ts, not after
 * it: on a slow line every step in a row costs a round trip), and ./finder.ts, which searches.
 * On the main thread (`noWorker`): the worker would cost a file of its own (12 kB) and a round trip
 * before the first search, and one language's index is small.
 */
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; meta: Record<string, string> }>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  filters?: Record<string, Record<string, number>>;
}
export interface Pagefind {
  init?: () => Promise<void>;
  options?: (options: object) => Promise<void>;
  preload?: (term: string, options: object) => Promise<void>;
  search: (term: string | null, options: object) => Promise<PagefindResponse | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let pagefind: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  // A runtime URL: /pagefind/ is written after the site build, so it must not be bundled.
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(async (pf: Pagefind) => {
    await pf.options?.({ noWorker: true });
    await pf.init?.();
    return pf;
  });
  return pagefind;
}

/** The same, for a warm-up whose failure the search itself reports later. */
export const preloadPagefind = (): void => void loadPagefind().catch(() => undefined);
