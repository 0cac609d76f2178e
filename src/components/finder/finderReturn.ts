/**
 * On an offer opened from the finder: the finder's query and filters came along in the address
 * (`/fa/angebote/x/?level=A1&cost=free`, see finder.ts). The breadcrumb back to the finder, and the
 * language switch (to this offer in another language, whose breadcrumb then leads to that
 * language's finder), keep them. Nothing is stored; without the parameters nothing changes.
 */
import { FILTER_NAMES } from '../../lib/offers/model.ts';
import { isEmptyState, parseFinderState, serializeFinderState } from './finderState.ts';

export function keepFinderState(finderPath: string): void {
  const state = parseFinderState(location.search, FILTER_NAMES);
  if (isEmptyState(state)) return;
  const search = serializeFinderState(state, FILTER_NAMES);
  for (const a of document.querySelectorAll<HTMLAnchorElement>(`a[href="${CSS.escape(finderPath)}"], .language-picker a[hreflang]`)) {
    const target = new URL(a.href);
    // The language switch keeps the page; Leichte Sprache (another page) is left alone.
    if (a.hreflang && target.pathname.split('/').slice(2).join('/') !== location.pathname.split('/').slice(2).join('/')) continue;
    target.search = search;
    a.href = target.href;
  }
}
