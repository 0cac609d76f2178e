/**
 * The town lookup's boot: the one lookup script a page loads up front (the page's JavaScript
 * budget, scripts/bench/budgets.ts). The lookup itself (./townLookup.ts, with the matching code of
 * src/lib/places/towns.ts) and its data (/{lang}/orte/daten.json) load on the first use of the
 * field (focus, a tap, a key) or a submit: both at once, not one after the other, since on a slow
 * line each round trip costs about half a second. What was typed meanwhile stays in the field and
 * the lookup answers it as soon as it is in; a submit made before is made again then. Until the
 * lookup runs, and when it cannot load, the form does what it does without JavaScript: it opens the
 * list of all towns. A person who never uses the field loads nothing more.
 */
import type { LookupFile } from './lookupMessages.ts';

/** The lookup's data and messages, checked only for a good answer (the lookup builds its index from it). */
const fetchData = (src: string) =>
  fetch(src).then((r) => {
    if (!r.ok) throw new Error(`${r.status}`);
    return r.json() as Promise<LookupFile>;
  });

export function bootTownLookups(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-town-lookup]')) bootTownLookup(form);
}

function bootTownLookup(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  const src = form.dataset['src'];
  if (!input || !src) return;
  // The boot's listeners end when the lookup runs: from then on it answers keys and submits itself.
  const boot = new AbortController();
  let started: Promise<void> | undefined;
  const start = () =>
    (started ??= (() => {
      // The data's first request goes out with the imports; later ones (after a failed load) are the lookup's.
      let first: Promise<LookupFile> | undefined = fetchData(src);
      first.catch(() => undefined); // handled when the lookup asks for it
      const data = () => {
        const answer = first ?? fetchData(src);
        first = undefined;
        return answer;
      };
      // Two imports that go out at once, not one that imports the other: neither chunk has imports, so
      // nothing waits for a first file to arrive. (Vite wraps each in its preload helper, a few lines
      // here: src/integrations/inlinePreloadHelper.ts.)
      return Promise.all([import('../../lib/places/towns.ts'), import('./townLookup.ts')]).then(([towns, lookup]) => {
        boot.abort();
        lookup.startTownLookup(form, towns, data);
      });
    })().catch((error: unknown) => {
      // Not loaded (offline, a bad connection): tried again on the next use.
      started = undefined;
      throw error;
    }));
  const use = () => void start().catch(() => undefined);
  for (const type of ['focus', 'pointerdown', 'keydown', 'input']) input.addEventListener(type, use, { signal: boot.signal });
  form.addEventListener(
    'submit',
    (event) => {
      event.preventDefault();
      start()
        // The lookup's own submit handler answers the query (a region, a choice or "not found").
        .then(() => form.requestSubmit())
        // Without the lookup, do what the form does without JavaScript: open the list of all towns.
        .catch(() => form.submit());
    },
    { signal: boot.signal },
  );
  // A shared link or the form without script (/{lang}/orte/?ort=…): the lookup answers it at once.
  if (new URLSearchParams(window.location.search).get(input.name)) use();
}
