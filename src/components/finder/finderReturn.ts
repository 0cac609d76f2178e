/**
 * The way back from an offer to the finder's list. The finder gives each result link the list's
 * state in its fragment (`/fa/angebote/x/#finder=cost%3Dfree%26level%3DA1`): a fragment never
 * leaves the browser, so the query and filters a person chose are not sent to the server with the
 * offer's request (or written to its logs). On the offer page, the breadcrumb back to the finder
 * gets the state as the finder's own address (`/fa/angebote/?cost=free&level=A1`), and the language
 * switch keeps the fragment, so that the offer in another language leads back to that language's
 * finder (filter keys are the same in every language). Nothing is stored.
 */
import { FILTER_NAMES } from '../../lib/offers/model.ts';
import { isEmptyState, parseFinderState, serializeFinderState } from './finderState.ts';

const KEY = 'finder';

/** The fragment for a result link: the finder's search (`?q=…`) as `#finder=…`; '' for an empty list. */
export function finderFragment(search: string): string {
  const state = parseFinderState(search, FILTER_NAMES);
  return isEmptyState(state) ? '' : `#${new URLSearchParams({ [KEY]: serializeFinderState(state, FILTER_NAMES).slice(1) })}`;
}

/** The finder's search (`?q=…`) carried in a fragment, or '' when there is none. */
export function searchOfFragment(hash: string): string {
  const state = parseFinderState(new URLSearchParams(hash.replace(/^#/, '')).get(KEY) ?? '', FILTER_NAMES);
  return serializeFinderState(state, FILTER_NAMES);
}

export function keepFinderState(finderPath: string): void {
  const search = searchOfFragment(location.hash);
  if (!search) return;
  const samePage = (url: URL) => url.pathname.split('/').slice(2).join('/') === location.pathname.split('/').slice(2).join('/');
  for (const a of document.querySelectorAll<HTMLAnchorElement>(`a[href="${CSS.escape(finderPath)}"]`)) a.href = `${finderPath}${search}`;
  // The language switch keeps the page; Leichte Sprache (another page) is left alone.
  for (const a of document.querySelectorAll<HTMLAnchorElement>('.language-picker a[hreflang]')) {
    const target = new URL(a.href);
    if (!samePage(target)) continue;
    target.hash = location.hash;
    a.href = target.href;
  }
}
