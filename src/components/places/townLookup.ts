/**
 * The town lookup ("Where do you live?"), in the browser: suggestions while typing, and on submit
 * the one region the name leads to, a choice when it leads to two, or "not found" with the list of
 * all towns. The matching is src/lib/places/towns.ts, the same code the unit tests run. The data
 * (src/data/places.ts) loads on the first key press or focus, once. Without JavaScript the form
 * sends the reader to the list of all towns A to Z. Text only through textContent.
 */
import { matchPlaces, MIN_QUERY_LETTERS, placeIndex, resolvePlace, type PlaceIndex, type PlaceMatch } from '../../lib/places/towns.ts';

/** src/data/places.ts LookupData. */
export interface LookupData {
  r: [string, string, string, string, string[], string][];
  t: [string, number, string[]][];
}

interface Lookup {
  index: PlaceIndex;
  /** Region id → [name, kind label, link]. */
  regions: Map<string, { name: string; kind: string; href: string }>;
}

const SUGGESTIONS = 8;

function buildLookup(data: LookupData, regionHref: (id: string, name: string) => string): Lookup {
  const index = placeIndex(
    data.t.map(([name, r, otherNames]) => ({ name, regionId: data.r[r]![0], otherNames })),
    data.r.map(([id, name, , place, otherNames]) => ({ id, name, otherNames: [place, ...otherNames] })),
  );
  return { index, regions: new Map(data.r.map(([id, name, kind]) => [id, { name, kind, href: regionHref(id, name) }])) };
}

function option(match: PlaceMatch, lookup: Lookup, regionOf: string): HTMLLIElement {
  const region = lookup.regions.get(match.entry.regionId)!;
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = region.href;
  link.className = 'block rounded border-2 border-line px-3 py-2 font-bold no-underline hover:border-brand';
  const name = document.createElement('span');
  name.lang = 'de';
  name.dir = 'ltr';
  name.textContent = match.entry.label;
  const detail = document.createElement('span');
  detail.className = 'block text-sm font-normal text-muted';
  // A town shows its region; a region shows its kind.
  detail.textContent = match.entry.kind === 'town' ? regionOf.replace('{{region}}', region.name) : region.kind;
  link.append(name, detail);
  item.append(link);
  return item;
}

export function startTownLookups(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-town-lookup]')) startTownLookup(form);
}

function startTownLookup(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  const list = form.querySelector<HTMLUListElement>('[data-lookup-results]');
  const status = form.querySelector<HTMLElement>('[data-lookup-status]');
  const message = form.querySelector<HTMLElement>('[data-lookup-message]');
  if (!input || !list || !status || !message) return;
  const text = form.dataset;
  // Region links: the region page's contact point, or (on the finder) the finder filtered to the
  // region (the filter's values are the region names, as in the search index).
  const regionHref = (id: string, name: string) =>
    text['finder'] ? `${text['finder']}?region=${encodeURIComponent(name)}` : `${text['regionBase']}${id}/#${text['fragment']}`;
  let lookup: Promise<Lookup> | undefined;
  const load = () =>
    (lookup ??= fetch(text['src']!)
      .then((r) => r.json() as Promise<LookupData>)
      .then((data) => buildLookup(data, regionHref)));

  const show = (matches: PlaceMatch[], l: Lookup, note = '') => {
    list.replaceChildren(...matches.map((m) => option(m, l, text['regionOf'] ?? '{{region}}')));
    message.textContent = note;
    message.hidden = !note;
    status.textContent = input.value.trim() ? (text['suggestions'] ?? '{{count}}').replace('{{count}}', String(matches.length)) : '';
  };

  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', async () => {
    const l = await load();
    show(matchPlaces(input.value, l.index, SUGGESTIONS), l);
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const l = await load();
    if ([...input.value.trim()].length < MIN_QUERY_LETTERS) return show([], l);
    const answer = resolvePlace(input.value, l.index);
    if ('regionId' in answer) window.location.assign(l.regions.get(answer.regionId)!.href);
    else if ('choices' in answer) show(answer.choices, l, text['choose']);
    else show([], l, text['notFound']);
  });
  // The list of all towns opened with ?ort=… (the form without script, or a shared link): answer it.
  const asked = new URLSearchParams(window.location.search).get(input.name);
  if (asked && !input.value) {
    input.value = asked;
    form.requestSubmit();
  }
}
