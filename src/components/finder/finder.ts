/**
 * Client side of the course finder (progressive enhancement; see OfferFinder.astro).
 * - Pagefind loads only when a person searches or filters (or opens a shared result URL).
 * - Query and filters live in the URL, filters as language-neutral keys (./finderState.ts):
 *   shareable, bookmarkable, restored by the back button, kept by the language switch, and
 *   carried to an offer so that its breadcrumb leads back to this list (./finderReturn.ts).
 * - Only offers are results (and counted); other pages that match a query are listed apart.
 * - The filter counts follow the query and the other filters; on an empty list the finder
 *   names the filters whose removal gives results, and the same search in the whole
 *   Regierungsbezirk.
 * - Going back to the list restores it and the scroll position (history.state: no storage).
 * - Query variants (./searchNormalize.ts) so that writing variants never make search miss.
 * - A town or region in the query ranks by place (town, region, Regierungsbezirk; src/lib/places/towns.ts).
 * - Results are built with textContent only: nothing typed or indexed is ever parsed as HTML.
 * Runs under `script-src 'self' 'wasm-unsafe-eval'` (no inline script, no eval).
 */
import {
  facetCounts,
  filtersToDrop,
  isEmptyState,
  normalizeState,
  pagefindFilters,
  parseFinderState,
  serializeFinderState,
  withoutFilter,
  type FilterCounts,
  type FilterLabels,
  type FinderState,
} from './finderState.ts';
import { FILTER_NAMES } from '../../lib/offers/model.ts';
import { finderFragment } from './finderReturn.ts';
import { queryVariants } from './searchNormalize.ts';
import { fillCardFacts } from '../offerCardFill.ts';
import type { LookupData, QueryPlace } from '../../lib/places/towns.ts';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; meta: Record<string, string> }>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters?: FilterCounts;
}
interface Pagefind {
  init?: () => Promise<void>;
  search: (term: string | null, options: object) => Promise<PagefindResponse | null>;
  filters: () => Promise<FilterCounts>;
}
/** One search as the finder runs it: its results (best first) and Pagefind's responses (for the counts). */
interface Found {
  results: PagefindResult[];
  responses: PagefindResponse[];
}

/** Results shown at once; "show more" adds the next page. */
const PAGE_SIZE = 30;
/** Other pages (not offers) listed under the results of a query. */
const OTHER_PAGES = 5;
let pagefind: Promise<Pagefind> | undefined;
let searchRun = 0;

/** `withFilters`: load every filter's index at once, so that each search counts every filter value (not only those in use). */
function loadPagefind(withFilters: boolean): Promise<Pagefind> {
  // A runtime URL: /pagefind/ is written after the site build, so it must not be bundled.
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(async (pf: Pagefind) => {
    await pf.init?.();
    if (withFilters) await pf.filters();
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
  for (const input of checkboxes(form)) input.checked = (state.filters[input.name] ?? []).includes(input.value);
}

const checkboxes = (form: HTMLFormElement) => form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');

/** Per filter, key → label, from the checkboxes (the labels are the index's values in this language). */
function filterLabels(form: HTMLFormElement): FilterLabels {
  const labels = new Map<string, Map<string, string>>();
  for (const input of checkboxes(form)) {
    if (!labels.has(input.name)) labels.set(input.name, new Map());
    labels.get(input.name)!.set(input.value, input.dataset['label'] ?? input.value);
  }
  return labels;
}

/** Each page once with its best score; best first (or, without a query, in the index's sort order). */
function merge(responses: readonly PagefindResponse[], byScore: boolean): PagefindResult[] {
  const best = new Map<string, PagefindResult>();
  // Filter-only searches have no score: keep the first of each page, in the index's order.
  for (const response of responses) {
    for (const r of response.results) if (!best.has(r.id) || best.get(r.id)!.score < r.score) best.set(r.id, r);
  }
  const all = [...best.values()];
  return byScore ? all.sort((a, b) => b.score - a.score) : all;
}

/** Every query variant (./searchNormalize.ts); without a query (filters only), running and ongoing offers first. */
async function searchText(pf: Pagefind, q: string, filters: object): Promise<Found> {
  const responses = (
    await Promise.all(
      q ? queryVariants(q).map((term) => pf.search(term, { filters })) : [pf.search(null, { filters, sort: { start: 'asc' } })],
    )
  ).filter((r): r is PagefindResponse => Boolean(r));
  return { results: merge(responses, Boolean(q)), responses };
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

export function startFinder(): void {
  const root = document.getElementById('finder');
  const form = document.getElementById('finder-form') as HTMLFormElement | null;
  const status = document.getElementById('finder-status');
  const list = document.getElementById('finder-results');
  const more = document.getElementById('finder-more') as HTMLButtonElement | null;
  const card = document.getElementById('offer-card') as HTMLTemplateElement | null;
  const pages = document.getElementById('finder-pages');
  if (!root || !form || !status || !list || !more || !card || !pages) return;
  const panel = document.getElementById('finder-filters') as HTMLDetailsElement | null;
  const showButton = document.getElementById('finder-show') as HTMLButtonElement | null;
  const hints = document.getElementById('finder-hints')!;
  const lang = root.dataset['lang'] ?? 'de';
  const plural = new Intl.PluralRules(lang);
  const number = new Intl.NumberFormat(lang);
  /** A plural string of the page's language (templates in data-<name>-<category>), {{count}} and more filled in. */
  const say = (name: string, n: number, more: Record<string, string> = {}) => {
    const key = `${name}${plural.select(n).replace(/^./, (c) => c.toUpperCase())}`;
    let text = root.dataset[key] ?? root.dataset[`${name}Other`] ?? '{{count}}';
    for (const [k, v] of Object.entries({ count: number.format(n), ...more })) text = text.replaceAll(`{{${k}}}`, v);
    return text;
  };
  const labels = filterLabels(form);
  const placesUrl = root.dataset['places'];
  // The finder (with filters) lists offers only: every offer has a type. The site-wide search page lists every page.
  const offerTypes = [...(labels.get('type')?.values() ?? [])];
  const offersOnly = offerTypes.length > 0;

  root.hidden = false;
  document.querySelectorAll<HTMLElement>('[data-finder-no-js]').forEach((el) => (el.hidden = true));
  history.scrollRestoration = 'manual';

  /**
   * One search: Pagefind filters from the state, offers only; a query that names a town or region
   * ("Deutschkurs Korbach") searches the rest of it near that place: offers in the town first, then
   * the rest of its region, then the rest of its Regierungsbezirk; nothing farther (if nothing is
   * that near, the whole query as written). Not when the reader has chosen a region in the filter.
   */
  async function search(pf: Pagefind, state: FinderState): Promise<Found> {
    const filters = { ...(offersOnly && { type: { any: offerTypes } }), ...pagefindFilters(state, labels) };
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
      const near = found.flatMap((f) => f.results).filter((r) => !seen.has(r.id) && seen.add(r.id));
      if (near.length > 0) return { results: near, responses: found.flatMap((f) => f.responses) };
    }
    return searchText(pf, state.q, filters);
  }

  /** A result card: a clone of the offer card's template (OfferCard.astro), filled with textContent only. */
  function resultItem(data: { url: string; meta: Record<string, string> }, back: string): Element {
    const item = (card!.content.firstElementChild as Element).cloneNode(true) as Element;
    const link = item.querySelector<HTMLAnchorElement>('[data-card="title"]')!;
    // The list's state travels with the link in its fragment (never sent to the server), for the
    // offer's breadcrumb and language switch (./finderReturn.ts).
    link.href = `${data.url}${back}`;
    link.textContent = data.meta['title'] ?? data.url;
    if (data.meta['titleLang']) {
      link.lang = data.meta['titleLang'];
      link.dir = 'ltr';
    }
    if (!data.meta['sample']) item.querySelector('[data-card="sample"]')?.remove();
    fillCardFacts(item, data.meta['factItems']);
    return item;
  }

  /** The count on the filter toggle and on the "show N offers" bar, and how many filters are chosen. */
  function showCount(total: number | undefined): void {
    const chosen = [...checkboxes(form!)].filter((c) => c.checked).length;
    const chosenText = root!.querySelector('[data-finder-chosen]');
    if (chosenText) chosenText.textContent = chosen ? say('chosen', chosen) : '';
    const countText = root!.querySelector('[data-finder-count]');
    if (countText) countText.textContent = total === undefined ? '' : say('results', total);
    // Nothing chosen, nothing listed: no bar that would promise a list.
    if (showButton) showButton.hidden = total === undefined;
    if (showButton && total !== undefined) showButton.textContent = say('showResults', total);
  }

  /** Counts beside the filter values for the current query and other filters; values that give nothing are marked. */
  function showFacets(counts: Map<string, Map<string, number>> | undefined): void {
    for (const input of checkboxes(form!)) {
      const label = input.closest('label');
      const n = counts?.get(input.name)?.get(input.value);
      const text = label?.querySelector('[data-count]');
      if (!label || !text) continue;
      // Static counts (every offer) until a search has run; then the live ones.
      text.textContent = `(${number.format(n ?? Number(text.getAttribute('data-static') ?? text.textContent?.replace(/\D/g, '')))})`;
      label.toggleAttribute('data-zero', n === 0 && !input.checked);
    }
  }
  for (const text of form.querySelectorAll('[data-count]')) text.setAttribute('data-static', (text.textContent ?? '').trim());
  const staticCounts = () => {
    for (const text of form!.querySelectorAll('[data-count]')) text.textContent = text.getAttribute('data-static');
    for (const label of form!.querySelectorAll('label[data-zero]')) label.removeAttribute('data-zero');
  };

  /** On an empty list: buttons that drop one filter, and the same search in the whole Regierungsbezirk. */
  async function showHints(pf: Pagefind, state: FinderState, totalWithout: Record<string, number>, run: number): Promise<void> {
    const target = hints.querySelector('[data-finder-hint-list]')!;
    const buttons: HTMLButtonElement[] = [];
    const button = (text: string, apply: () => void) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'min-h-11 rounded border-2 border-brand bg-white px-gutter py-1 font-bold text-brand';
      b.textContent = text;
      b.addEventListener('click', () => {
        apply();
        commit(true);
        status!.focus();
      });
      buttons.push(b);
    };
    for (const { name, count } of filtersToDrop(state, totalWithout)) {
      const legend = form!.querySelector(`fieldset[data-filter="${name}"] legend`)?.textContent?.trim() ?? name;
      button(say('dropFilter', count, { filter: legend }), () => {
        for (const input of checkboxes(form!)) if (input.name === name) input.checked = false;
      });
    }
    // Neighbouring places: the other regions of the chosen regions' Regierungsbezirk.
    const chosen = state.filters['region'] ?? [];
    const known = chosen.length ? await loadPlaces(placesUrl) : undefined;
    if (known) {
      const districts = new Set([...known.region.values()].filter((r) => chosen.includes(r.name)).map((r) => r.district));
      for (const district of districts) {
        const near = [...known.region.values()]
          .filter((r) => r.district === district && labels.get('region')?.has(r.name))
          .map((r) => r.name);
        const wider = { ...state, filters: { ...state.filters, region: [...new Set([...chosen, ...near])] } };
        if (near.every((n) => chosen.includes(n)) || (await search(pf, wider)).results.length === 0) continue;
        const place = (root!.dataset['district'] ?? '{{name}}').replace('{{name}}', district);
        button((root!.dataset['nearby'] ?? '{{place}}').replace('{{place}}', place), () => {
          for (const input of checkboxes(form!)) if (input.name === 'region' && near.includes(input.value)) input.checked = true;
        });
      }
    }
    if (run !== searchRun) return;
    target.replaceChildren(...buttons.map(wrap));
    hints.hidden = buttons.length === 0;
  }
  const wrap = (el: Element) => {
    const li = document.createElement('li');
    li.append(el);
    return li;
  };

  /** Other pages (region and guide pages, contacts) that match the query, listed apart from the offers. */
  async function showOtherPages(pf: Pagefind, state: FinderState, offers: PagefindResult[], run: number): Promise<void> {
    if (!offersOnly || !state.q) return;
    const ids = new Set(offers.map((r) => r.id));
    const other = (await searchText(pf, state.q, {})).results.filter((r) => !ids.has(r.id)).slice(0, OTHER_PAGES);
    const data = await Promise.all(other.map((r) => r.data()));
    if (run !== searchRun || data.length === 0) return;
    pages!.querySelector('ul')!.replaceChildren(
      ...data.map((d) => {
        const a = document.createElement('a');
        a.href = d.url;
        a.textContent = d.meta['title'] ?? d.url;
        a.className = 'inline-block py-2';
        return wrap(a);
      }),
    );
    pages!.hidden = false;
  }

  async function show(state: FinderState, restore?: { shown?: number; y?: number }): Promise<void> {
    const run = ++searchRun;
    list!.replaceChildren();
    more!.hidden = true;
    hints.hidden = true;
    pages!.hidden = true;
    delete list!.dataset['total'];
    // data-run / data-settled: which search is showing, and that it has finished (counts and hints too).
    root!.dataset['run'] = String(run);
    if (isEmptyState(state)) {
      status!.textContent = '';
      staticCounts();
      showCount(undefined);
      if (restore?.y !== undefined) window.scrollTo(0, restore.y);
      root!.dataset['settled'] = String(run);
      return;
    }
    status!.textContent = root!.dataset['loading'] ?? '';
    try {
      // The place data loads alongside Pagefind, not after it.
      if (state.q) void loadPlaces(placesUrl);
      const pf = await loadPagefind(offersOnly);
      const found = await search(pf, state);
      if (run !== searchRun) return; // a newer search has started
      await showPage(found.results, 0, run, Math.max(PAGE_SIZE, restore?.shown ?? 0));
      if (run !== searchRun) return;
      // Announce the count once the list is there (status is a polite live region).
      list!.dataset['total'] = String(found.results.length);
      status!.textContent = found.results.length ? say('results', found.results.length) : (root!.dataset['noResults'] ?? '');
      showCount(found.results.length);
      if (restore?.y !== undefined) window.scrollTo(0, restore.y);
      if (!offersOnly) return;
      await showExtras(pf, state, found, run);
    } catch {
      if (run === searchRun) status!.textContent = root!.dataset['error'] ?? '';
    } finally {
      if (run === searchRun) root!.dataset['settled'] = String(run);
    }
  }

  /**
   * After the list: filter counts, hints on an empty list, other pages. A failure here leaves the
   * list and its count as they are (the static counts stay).
   */
  async function showExtras(pf: Pagefind, state: FinderState, found: Found, run: number): Promise<void> {
    try {
      // The counts of a filter in use come from the search without it (its values are alternatives).
      const names = Object.keys(state.filters);
      const without = await Promise.all(names.map((name) => search(pf, withoutFilter(state, name))));
      if (run !== searchRun) return;
      const counts = facetCounts(
        state,
        found.responses.map((r) => r.filters ?? {}),
        Object.fromEntries(names.map((name, i) => [name, without[i]!.responses.map((r) => r.filters ?? {})])),
        labels,
      );
      showFacets(counts);
      if (found.results.length === 0) {
        await showHints(pf, state, Object.fromEntries(names.map((name, i) => [name, without[i]!.results.length])), run);
      }
      await showOtherPages(pf, state, found.results, run);
    } catch {
      if (run === searchRun) staticCounts();
    }
  }

  /** Appends results from `from` on (`count` of them) and offers "show more" while there are more. */
  async function showPage(results: PagefindResult[], from: number, run: number, count = PAGE_SIZE): Promise<void> {
    more!.hidden = true;
    const data = await Promise.all(results.slice(from, from + count).map((r) => r.data()));
    if (run !== searchRun) return;
    const back = finderFragment(location.search);
    list!.append(...data.map((d) => resultItem(d, back)));
    if (from + count < results.length) {
      more!.hidden = false;
      more!.onclick = () => {
        // Keep the keyboard position: focus the first newly added result.
        void showPage(results, from + count, run).then(() => list!.children[from + count]?.querySelector('a')?.focus());
      };
    }
  }

  /** The language switch leads to the other language's finder with the same query and filters (keys are language-neutral). */
  function keepStateInLanguageLinks(): void {
    for (const a of document.querySelectorAll<HTMLAnchorElement>('.language-picker a[hreflang]')) {
      const target = new URL(a.href);
      if (target.pathname.split('/').slice(2).join('/') !== location.pathname.split('/').slice(2).join('/')) continue;
      target.search = location.search;
      a.href = target.href;
    }
  }

  /** Where the reader is in the list, in this history entry (restored on Back; no storage involved). */
  let saving: ReturnType<typeof setTimeout> | undefined;
  function savePosition(): void {
    clearTimeout(saving);
    history.replaceState({ y: window.scrollY, shown: list!.children.length, open: panel?.open ?? false }, '');
  }
  window.addEventListener(
    'scroll',
    () => {
      clearTimeout(saving);
      saving = setTimeout(savePosition, 200);
    },
    { passive: true },
  );
  window.addEventListener('pagehide', savePosition);
  list.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) savePosition();
  });

  function commit(push: boolean): void {
    const state = readForm(form!);
    const url = `${location.pathname}${serializeFinderState(state, FILTER_NAMES)}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
    keepStateInLanguageLinks();
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
  // "Show N offers": close the filters and go to the list, the count at the top of the screen; focus the
  // first result (or the count when there is none).
  showButton?.addEventListener('click', () => {
    if (panel) panel.open = false;
    status.scrollIntoView({ block: 'start' });
    (list.querySelector('a') ?? status).focus({ preventScroll: true });
  });

  function restoreFrom(saved: unknown): void {
    const position = (saved ?? {}) as { y?: number; shown?: number; open?: boolean };
    const state = normalizeState(parseFinderState(location.search, FILTER_NAMES), labels);
    // The address as the finder writes it (labels of old links become keys, unknown values go), so
    // that what travels on (language switch, results) is what the list shows.
    const clean = `${location.pathname}${serializeFinderState(state, FILTER_NAMES)}`;
    if (clean !== `${location.pathname}${location.search}`) history.replaceState(history.state, '', `${clean}${location.hash}`);
    fillForm(form!, state);
    // Show the filters when a link has some set (so the person sees why the list is short), or when they were open.
    if (panel && (Object.keys(state.filters).length || position.open)) panel.open = true;
    keepStateInLanguageLinks();
    void show(state, position);
  }
  window.addEventListener('popstate', (event) => restoreFrom(event.state));
  restoreFrom(history.state);
}
