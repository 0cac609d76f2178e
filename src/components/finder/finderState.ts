/**
 * The finder's state (query and filters) lives in the URL, so a result list can be shared,
 * bookmarked, restored with the back button and carried to another language:
 * `?q=Deutschkurs&level=A1&cost=free`. Filter values in the URL are the filters' keys, the same
 * in every language (src/lib/offers/model.ts FILTERS); the search index holds their labels in
 * the page's language, and the finder's checkboxes map one to the other. Pure; no DOM.
 */

export interface FinderState {
  q: string;
  filters: Record<string, string[]>;
}

/** Per filter: key → label (the index value), as the page's checkboxes say. */
export type FilterLabels = ReadonlyMap<string, ReadonlyMap<string, string>>;

export function parseFinderState(search: string, filterNames: readonly string[]): FinderState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const name of filterNames) {
    const values = [...new Set(params.getAll(name).filter((v) => v.trim() !== ''))];
    if (values.length) filters[name] = values;
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

export function serializeFinderState(state: FinderState, filterNames: readonly string[]): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const name of filterNames) for (const v of state.filters[name] ?? []) params.append(name, v);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function isEmptyState(state: FinderState): boolean {
  return !state.q && Object.keys(state.filters).length === 0;
}

/**
 * The state with every filter value as a key: a value that is a label of this language (a link
 * from before keys, or typed by hand) becomes its key; unknown values are dropped, so that a
 * stale link never silently shows nothing.
 */
export function normalizeState(state: FinderState, labels: FilterLabels): FinderState {
  const filters: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(state.filters)) {
    const known = labels.get(name);
    if (!known) continue;
    const keys = values.flatMap((v) => (known.has(v) ? [v] : [...known].filter(([, label]) => label === v).map(([key]) => key)));
    if (keys.length) filters[name] = [...new Set(keys)];
  }
  return { q: state.q, filters };
}

/** The same state without one filter (to count its values, and to see what removing it would give). */
export function withoutFilter(state: FinderState, name: string): FinderState {
  const { [name]: _, ...filters } = state.filters;
  return { q: state.q, filters };
}

/** Pagefind filter argument: any of the values within a filter, all filters together; keys become labels. */
export function pagefindFilters(state: FinderState, labels?: FilterLabels): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(state.filters).map(([name, values]) => [name, { any: values.map((v) => labels?.get(name)?.get(v) ?? v) }]),
  );
}

/** Pagefind's counts of one search: filter → label → number of results with that value. */
export type FilterCounts = Record<string, Record<string, number>>;

/**
 * The count to show beside every filter value: how many offers the list would have with that
 * value ticked as well. For a filter that is not in use, the counts of the search itself; for a
 * filter in use, those of the search without that filter (its values are alternatives: "A1 or
 * A2"). Several responses for one search (query variants, place rings) give per value the largest
 * count: a lower bound of their union, exact when one contains the others.
 */
export function facetCounts(
  state: FinderState,
  full: readonly FilterCounts[],
  without: Readonly<Record<string, readonly FilterCounts[]>>,
  labels: FilterLabels,
): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const [name, known] of labels) {
    const responses = state.filters[name]?.length ? (without[name] ?? []) : full;
    const counts = new Map<string, number>();
    for (const [key, label] of known) counts.set(key, Math.max(0, ...responses.map((r) => r[name]?.[label] ?? 0)));
    out.set(name, counts);
  }
  return out;
}

/**
 * On an empty list: the filters in use whose removal alone gives results, each with that number,
 * most results first (the finder offers to drop them).
 */
export function filtersToDrop(state: FinderState, totalWithout: Readonly<Record<string, number>>): { name: string; count: number }[] {
  return Object.keys(state.filters)
    .map((name) => ({ name, count: totalWithout[name] ?? 0 }))
    .filter((f) => f.count > 0)
    .sort((a, b) => b.count - a.count);
}
