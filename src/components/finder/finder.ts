/**
 * Client side of the course finder (progressive enhancement; see OfferFinder.astro). The page loads
 * only ./finderBoot.ts; this module comes on the first use of the form or with a list in the URL.
 * - Pagefind loads when a person first uses the form (focus: its script, WebAssembly and this
 *   language's metadata), or opens a shared result URL; a person who never searches pays nothing.
 *   While she types, the index chunks of her words load (Pagefind's preload). Main thread: ./pagefindLoad.ts.
 * - The first results come before the filter counts: every filter's index loads right after them.
 * - Results render in steps: the first screenful at once, more as the reader scrolls near the end,
 *   up to a page; then "show more".
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
  type FilterLabels,
  type FinderState,
} from './finderState.ts';
import { FILTER_NAMES } from '../../lib/offers/model.ts';
import { finderFragment } from './finderReturn.ts';
import { queryVariants } from './searchNormalize.ts';
import { fillCardFacts } from '../offerCardFill.ts';
import type { LookupData, QueryPlace } from '../../lib/places/towns.ts';
import { loadPagefind, preloadPagefind, type Pagefind, type PagefindResult, type PagefindResponse } from './pagefindLoad.ts';

/** One search as the finder runs it: its results (best first) and Pagefind's responses (for the counts). */
interface Found {
  results: PagefindResult[];
  responses: PagefindResponse[];
}

/** Results that grow by themselves as the reader scrolls; "show more" then adds the next page. */
const PAGE_SIZE = 30;
/**
 * Results rendered at first, and added per step while scrolling: more than a screen of cards at
 * 360 px. Each result costs its fragment (about 1.2 kB); 30 at once were a third of the first search's bytes.
 */
const STEP = 4;
/** Pause after the last key before searching (the index chunks of the words load meanwhile). */
const TYPING_PAUSE = 300;
/** Other pages (not offers) listed under the results of a query. */
const OTHER_PAGES = 5;
let searchRun = 0;

/** Every filter's index, so that a search counts every filter value (without it Pagefind counts only the filters in use). */
let allFilters: Promise<unknown> | undefined;
let allFiltersLoaded = false;
const loadAllFilters = (pf: Pagefind) => (allFilters ??= pf.filters().then(() => (allFiltersLoaded = true)));

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

/** `early`: the reader used the form before this module had loaded (what she typed or ticked goes on from here). */
export function startFinder(early = false): void {
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
    list!.removeAttribute('aria-busy');
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
      const pf = await loadPagefind();
      const found = await search(pf, state);
      if (run !== searchRun) return; // a newer search has started
      nextStep = undefined;
      queue = Promise.resolve(); // a step of an earlier search never holds this one up
      pending = 0;
      await showPage(found.results, run, Math.max(STEP, restore?.shown ?? 0));
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
      // Searched before every filter's index was in: the same search again counts them all (from Pagefind's cache, no download).
      if (!allFiltersLoaded) {
        await loadAllFilters(pf);
        if (run !== searchRun) return;
        found = await search(pf, state);
        if (run !== searchRun) return;
      }
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

  /**
   * Appends the next `count` results and offers "show more" while there are more. Up to PAGE_SIZE
   * the list also grows by STEP when its end comes within a screen of the view. Steps run one after
   * the other (a press of "show more" during a step adds after it); the button stays in place meanwhile.
   */
  let queue: Promise<unknown> = Promise.resolve();
  /** Steps of the current search still to come; meanwhile the list is aria-busy (and tests wait for it). */
  let pending = 0;
  let nextStep: (() => void) | undefined;
  const nearEnd = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && nextStep?.(), {
    rootMargin: '0px 0px 100% 0px',
  });
  function showPage(results: PagefindResult[], run: number, count = PAGE_SIZE): Promise<number> {
    const step = async () => {
      const from = list!.children.length;
      if (run !== searchRun) return from;
      const data = await Promise.all(results.slice(from, from + count).map((r) => r.data()));
      if (run !== searchRun) return from;
      const back = finderFragment(location.search);
      list!.append(...data.map((d) => resultItem(d, back)));
      const shown = from + data.length;
      more!.hidden = shown >= results.length;
      more!.onclick = () => {
        // Keep the keyboard position: focus the first newly added result.
        void showPage(results, run).then((at) => list!.children[at]?.querySelector('a')?.focus());
      };
      nextStep =
        shown < Math.min(PAGE_SIZE, results.length)
          ? () => {
              nextStep = undefined;
              void showPage(results, run, Math.min(STEP, PAGE_SIZE - list!.children.length));
            }
          : undefined;
      // Observing again reports where the button is now (otherwise the observer reports only changes).
      nearEnd.unobserve(more!);
      if (nextStep) nearEnd.observe(more!);
      return from;
    };
    pending++;
    list!.setAttribute('aria-busy', 'true');
    const settle = () => {
      if (run === searchRun && --pending === 0) list!.removeAttribute('aria-busy');
    };
    const done = queue.then(step, step).finally(settle);
    queue = done.catch(() => undefined);
    return done;
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
  /** While the reader types: the index chunks of her words (and the place data) load, the search waits for a pause. */
  const typed = () => {
    const q = (form!.elements.namedItem('q') as HTMLInputElement).value.trim();
    if (q) void loadPlaces(placesUrl);
    const term = queryVariants(q)[0];
    if (term) void loadPagefind().then((pf) => pf.preload?.(term, {}));
    clearTimeout(typing);
    typing = setTimeout(() => commit(false), TYPING_PAUSE);
  };
  form.addEventListener('input', (event) => {
    if ((event.target as HTMLElement).matches('input[type="search"]')) typed();
  });
  // First use of the form: Pagefind, its WebAssembly and this language's metadata load while the reader types.
  form.addEventListener('focusin', preloadPagefind);
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
  if (early && location.search.length <= 1 && !history.state) {
    if (form.contains(document.activeElement)) preloadPagefind();
    const state = readForm(form);
    if (state.q) typed();
    else if (!isEmptyState(state)) commit(true);
  } else restoreFrom(history.state);
}
