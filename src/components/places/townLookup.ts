/**
 * The town lookup ("Where do you live?"), in the browser: suggestions while typing, and on submit
 * the one region the name leads to, a choice when it leads to two (or only the start of names
 * matches), or "not found" with the list of all towns. The matching is src/lib/places/towns.ts,
 * the same code the unit tests run. Started by ./townLookupBoot.ts on the first use of the field,
 * which hands over the matching code and the data (src/data/places.ts) it loaded alongside this
 * file; whatever was typed meanwhile is answered at once. If the data cannot load, the form does
 * what it does without JavaScript: it opens the list of all towns. Answers are announced in the
 * form's live region. Text only through textContent. What it says and where its links lead come with
 * the data (./lookupMessages.ts), in the page's language.
 */
import type * as TownsModule from '../../lib/places/towns.ts';
import type { PlaceIndex, PlaceMatch } from '../../lib/places/towns.ts';
import type { LookupFile, LookupMessages } from './lookupMessages.ts';

/** The matching code, imported by the boot next to this file (only its type here, so this chunk imports nothing). */
export type Towns = typeof TownsModule;

interface Lookup {
  index: PlaceIndex;
  messages: LookupMessages;
  /** Region id → name, kind label, link. */
  regions: Map<string, { name: string; kind: string; href: string }>;
}

const SUGGESTIONS = 8;

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
  // A town shows its region (a German name, marked as such); a region shows its kind.
  if (match.entry.kind === 'town') {
    const [before = '', after = ''] = regionOf.split('{{region}}');
    const regionName = document.createElement('span');
    regionName.lang = 'de';
    regionName.dir = 'ltr';
    regionName.textContent = region.name;
    detail.append(before, regionName, after);
  } else {
    detail.textContent = region.kind;
  }
  link.append(name, detail);
  item.append(link);
  return item;
}

/**
 * Runs the lookup of one form. `loadData` gives the lookup's data: first the request the boot made,
 * then, after a failed load, a new one.
 */
export function startTownLookup(form: HTMLFormElement, towns: Towns, loadData: () => Promise<LookupFile>): void {
  const { lookupIndex, matchPlaces, MIN_QUERY_LETTERS, resolvePlace } = towns;
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  const list = form.querySelector<HTMLUListElement>('[data-lookup-results]');
  const status = form.querySelector<HTMLElement>('[data-lookup-status]');
  const message = form.querySelector<HTMLElement>('[data-lookup-message]');
  if (!input || !list || !status || !message) return;
  const finder = form.dataset['finder'];
  // Region links: the region page's contact point, or (on the finder) the finder filtered to the
  // region (the filter's values are the region names, as in the search index).
  const regionHref = ({ regionBase, fragment }: LookupMessages, id: string, name: string) =>
    finder ? `${finder}?region=${encodeURIComponent(name)}` : `${regionBase}${id}/#${fragment}`;
  let lookup: Promise<Lookup> | undefined;
  const load = () =>
    (lookup ??= loadData()
      .then((data) => ({
        index: lookupIndex(data),
        messages: data.m,
        regions: new Map(data.r.map(([id, name, kind]) => [id, { name, kind, href: regionHref(data.m, id, name) }])),
      }))
      // A failed load (offline, a bad connection) is tried again on the next key press.
      .catch((error: unknown) => {
        lookup = undefined;
        throw error;
      }));

  const show = (matches: PlaceMatch[], l: Lookup, note = '') => {
    list.replaceChildren(...matches.map((m) => option(m, l, l.messages.regionOf)));
    message.textContent = note;
    message.hidden = !note;
    const count = input.value.trim() ? l.messages.suggestions.replace('{{count}}', String(matches.length)) : '';
    // The live region says the answer too: "please choose" and "not found" are not only seen.
    status.textContent = [note, count].filter(Boolean).join(' ');
  };

  const suggest = () => {
    load()
      .then((l) => show(matchPlaces(input.value, l.index, SUGGESTIONS), l))
      .catch(() => undefined);
  };
  input.addEventListener('input', suggest);
  // Started by a use of the field: the data is on its way; what was typed before is answered now.
  if (input.value.trim()) suggest();
  else void load().catch(() => undefined);
  // From the list of all towns opened with ?ort=… (the form without script, or a shared link):
  // the answer replaces that page in the history, so "back" does not send the reader on again.
  const asked = new URLSearchParams(window.location.search).get(input.name);
  let fromAddress = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const leave = fromAddress ? (url: string) => window.location.replace(url) : (url: string) => window.location.assign(url);
    fromAddress = false;
    load()
      .then((l) => {
        if ([...input.value.trim()].length < MIN_QUERY_LETTERS) return show([], l);
        const answer = resolvePlace(input.value, l.index);
        if ('regionId' in answer) leave(l.regions.get(answer.regionId)!.href);
        else if ('choices' in answer) show(answer.choices, l, l.messages.choose);
        else show([], l, l.messages.notFound);
      })
      // Without the data, do what the form does without JavaScript: open the list of all towns.
      .catch(() => form.submit());
  });
  if (asked && !input.value) {
    input.value = asked;
    fromAddress = true;
    form.requestSubmit();
  }
}
