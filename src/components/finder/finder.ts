/**
 * Client side of the course finder (progressive enhancement; see OfferFinder.astro).
 * - Pagefind loads only when a person searches or filters (or opens a shared result URL).
 * - Query and filters live in the URL: shareable, bookmarkable, restored by the back button.
 * - Query variants (src/components/finder/searchNormalize.ts) so that writing variants never make search miss.
 * - A town or region in the query ranks by place (town, region, Regierungsbezirk; src/lib/places/towns.ts).
 * - Results are built with textContent only: nothing typed or indexed is ever parsed as HTML.
 * Runs under `script-src 'self' 'wasm-unsafe-eval'` (no inline script, no eval).
 */
import { isEmptyState, pagefindFilters, parseFinderState, serializeFinderState, type FinderState } from './finderState.ts';
import { FILTER_NAMES } from '../../lib/offers/model.ts';
import { queryVariants } from './searchNormalize.ts';
import type { LookupData, QueryPlace } from '../../lib/places/towns.ts';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; meta: Record<string, string> }>;
}
interface Pagefind {
  init?: () => Promise<void>;
  search: (term: string | null, options: object) => Promise<{ results: PagefindResult[] } | null>;
}

/** Results shown at once; "show more" adds the next page. */
const PAGE_SIZE = 30;
let pagefind: Promise<Pagefind> | undefined;
let searchRun = 0;

function loadPagefind(): Promise<Pagefind> {
  // A runtime URL: /pagefind/ is written after the site build, so it must not be bundled.
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(async (pf: Pagefind) => {
    await pf.init?.();
    return pf;
  });
  return pagefind;
}

function readForm(form: HTMLFormElement): FinderState {
  const data = new FormData(form);
  const filters: Record<string, string[]> = {};
  for (const name of FILTER_NAMES) {
    const values = data.getAll(name).map(String);
    if (values.length) filters[name] = values;
  }
  return { q: String(data.get('q') ?? '').trim(), filters };
}

function fillForm(form: HTMLFormElement, state: FinderState): void {
  (form.elements.namedItem('q') as HTMLInputElement).value = state.q;
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    input.checked = (state.filters[input.name] ?? []).includes(input.value);
  }
}

/**
 * All results of every query variant, each page once with its best score, best first.
 * Without a query (filters only), in the index's sort order: running and ongoing offers first.
 */
async function searchText(pf: Pagefind, q: string, filters: object): Promise<PagefindResult[]> {
  if (!q) return (await pf.search(null, { filters, sort: { start: 'asc' } }))?.results ?? [];
  const responses = await Promise.all(queryVariants(q).map((term) => pf.search(term, { filters })));
  const best = new Map<string, PagefindResult>();
  for (const response of responses) {
    for (const r of response?.results ?? []) if ((best.get(r.id)?.score ?? -1) < r.score) best.set(r.id, r);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * The towns and regions, to find a place in a query: the town lookup's data and its matching code,
 * loaded once when a query is searched (dynamically: the site-wide search page never needs them).
 */
interface Places {
  find: (query: string) => QueryPlace | undefined;
  filters: { town: string; district: string };
  region: Map<string, { name: string; district: string }>;
}
let places: Promise<Places | undefined> | undefined;
function loadPlaces(url: string | undefined): Promise<Places | undefined> {
  places ??= url
    ? Promise.all([import('../../lib/places/towns.ts'), fetch(url).then((r) => r.json() as Promise<LookupData>)])
        .then(([towns, data]) => {
          const index = towns.lookupIndex(data);
          return {
            find: (query: string) => towns.placeInQuery(query, index),
            filters: towns.PLACE_FILTERS,
            region: new Map(data.r.map(([id, name, , , district]) => [id, { name, district }])),
          };
        })
        .catch(() => undefined)
    : Promise.resolve(undefined);
  return places;
}

/**
 * All results of every query variant, each page once with its best score, best first.
 * Without a query (filters only), in the index's sort order: running and ongoing offers first.
 * A query that names a town or region ("Deutschkurs Korbach") searches the rest of it near that
 * place: offers in the town first, then the rest of its region, then the rest of its
 * Regierungsbezirk; nothing farther (if nothing is that near, the whole query as written). Not
 * when the reader has chosen a region in the filter.
 */
async function runSearch(pf: Pagefind, state: FinderState, placesUrl: string | undefined): Promise<PagefindResult[]> {
  const filters = pagefindFilters(state);
  // A region the reader chose in the filter stands: then the query is searched as written.
  const known = state.q && !state.filters['region']?.length ? await loadPlaces(placesUrl) : undefined;
  const place = known?.find(state.q);
  const region = place && known?.region.get(place.entry.regionId);
  if (known && place && region) {
    const rings = [
      ...(place.entry.kind === 'town' ? [{ [known.filters.town]: { any: [place.entry.label] } }] : []),
      { region: { any: [region.name] } },
      { [known.filters.district]: { any: [region.district] } },
    ];
    const found = await Promise.all(rings.map((ring) => searchText(pf, place.rest, { ...filters, ...ring })));
    const seen = new Set<string>();
    const near = found.flat().filter((r) => !seen.has(r.id) && seen.add(r.id));
    if (near.length > 0) return near;
  }
  return searchText(pf, state.q, filters);
}

/** A result card: a clone of the offer card's template (OfferCard.astro), filled with textContent only. */
function resultItem(template: HTMLTemplateElement, data: { url: string; meta: Record<string, string> }): Element {
  const card = (template.content.firstElementChild as Element).cloneNode(true) as Element;
  const link = card.querySelector<HTMLAnchorElement>('[data-card="title"]')!;
  link.href = data.url;
  link.textContent = data.meta['title'] ?? data.url;
  if (data.meta['titleLang']) {
    link.lang = data.meta['titleLang'];
    link.dir = 'ltr';
  }
  if (!data.meta['sample']) card.querySelector('[data-card="sample"]')?.remove();
  card.querySelector('[data-card="facts"]')!.textContent = data.meta['facts'] ?? '';
  return card;
}

export function startFinder(): void {
  const root = document.getElementById('finder');
  const form = document.getElementById('finder-form') as HTMLFormElement | null;
  const status = document.getElementById('finder-status');
  const list = document.getElementById('finder-results');
  const more = document.getElementById('finder-more') as HTMLButtonElement | null;
  const card = document.getElementById('offer-card') as HTMLTemplateElement | null;
  if (!root || !form || !status || !list || !more || !card) return;
  const lang = root.dataset['lang'] ?? 'de';
  const plural = new Intl.PluralRules(lang);
  const number = new Intl.NumberFormat(lang);
  const countText = (n: number) =>
    (
      root.dataset[`results${plural.select(n).replace(/^./, (c) => c.toUpperCase())}`] ??
      root.dataset['resultsOther'] ??
      '{{count}}'
    ).replace('{{count}}', number.format(n));

  root.hidden = false;
  document.querySelectorAll<HTMLElement>('[data-finder-no-js]').forEach((el) => (el.hidden = true));

  async function show(state: FinderState): Promise<void> {
    const run = ++searchRun;
    list!.replaceChildren();
    more!.hidden = true;
    delete list!.dataset['total'];
    if (isEmptyState(state)) {
      status!.textContent = '';
      return;
    }
    status!.textContent = root!.dataset['loading'] ?? '';
    try {
      // The place data loads alongside Pagefind, not after it.
      if (state.q) void loadPlaces(root!.dataset['places']);
      const pf = await loadPagefind();
      const results = await runSearch(pf, state, root!.dataset['places']);
      if (run !== searchRun) return; // a newer search has started
      await showPage(results, 0, run);
      if (run !== searchRun) return;
      // Announce the count once the list is there (status is a polite live region).
      list!.dataset['total'] = String(results.length);
      status!.textContent = results.length ? countText(results.length) : (root!.dataset['noResults'] ?? '');
    } catch {
      if (run === searchRun) status!.textContent = root!.dataset['error'] ?? '';
    }
  }

  /** Appends the next page of results and offers "show more" while there are more. */
  async function showPage(results: PagefindResult[], from: number, run: number): Promise<void> {
    more!.hidden = true;
    const data = await Promise.all(results.slice(from, from + PAGE_SIZE).map((r) => r.data()));
    if (run !== searchRun) return;
    list!.append(...data.map((d) => resultItem(card!, d)));
    if (from + PAGE_SIZE < results.length) {
      more!.hidden = false;
      more!.onclick = () => {
        // Keep the keyboard position: focus the first newly added result.
        void showPage(results, from + PAGE_SIZE, run).then(() => list!.children[from + PAGE_SIZE]?.querySelector('a')?.focus());
      };
    }
  }

  function commit(push: boolean): void {
    const state = readForm(form!);
    const url = `${location.pathname}${serializeFinderState(state, FILTER_NAMES)}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
    void show(state);
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commit(true);
  });
  form.addEventListener('input', (event) => {
    if ((event.target as HTMLElement).matches('input[type="search"]')) {
      clearTimeout(typing);
      typing = setTimeout(() => commit(false), 350);
    }
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="checkbox"]')) commit(true);
  });
  form.addEventListener('reset', () => setTimeout(() => commit(true)));
  window.addEventListener('popstate', () => {
    const state = parseFinderState(location.search, FILTER_NAMES);
    fillForm(form, state);
    void show(state);
  });

  const initial = parseFinderState(location.search, FILTER_NAMES);
  fillForm(form, initial);
  // Show the filters when a shared link has some set, so the person sees why the list is short.
  if (Object.keys(initial.filters).length) form.querySelector('details')?.setAttribute('open', '');
  void show(initial);
}
