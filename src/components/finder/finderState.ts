/**
 * The finder's state (query and filters) lives in the URL, so a result list can be shared,
 * bookmarked and restored with the back button: `?q=Deutschkurs&level=A1&level=A2`.
 * Filter values are the labels in the page's language, exactly as in the search index.
 */

export interface FinderState {
  q: string;
  filters: Record<string, string[]>;
}

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

/** Pagefind filter argument: any of the values within a filter, all filters together. */
export function pagefindFilters(state: FinderState): Record<string, { any: string[] }> {
  return Object.fromEntries(Object.entries(state.filters).map(([name, values]) => [name, { any: values }]));
}
