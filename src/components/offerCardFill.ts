/**
 * The facts of an offer card as a list of items, each with its pictogram where it has one: the
 * same markup for the static card (OfferCard.astro) and the finder's result card, which this
 * module fills in the browser from the search index. The index carries the items as one
 * Pagefind meta string (`factItems`, JSON, see encodeFactItems): Pagefind meta values are
 * strings, and JSON survives its parsing (it splits at the first ':' only). Text goes in with
 * textContent only; the pictograms are clones of the SVGs the card's <template> carries, so the
 * script holds no drawing and loads nothing.
 */
import type { CardFactItem } from '../lib/offers/model.ts';

/**
 * One item: a flex row, so that the pictogram stays at the start of its words in either
 * direction. Each item is its own box, so a German place name never changes the order of the
 * others in right-to-left pages (which a "·" between them in one line of text did).
 */
export const FACT_ITEM_CLASS = 'flex items-center gap-1.5';
/**
 * Items without a pictogram start with a small dot, so that every item begins with a mark.
 * A border, not a background or a character: it stays in forced colours and is never read aloud.
 */
export const FACT_DOT_CLASS =
  "before:size-1.5 before:shrink-0 before:rounded-full before:border-[3px] before:border-current before:content-['']";
export const factItemClass = (hasIcon: boolean): string => (hasIcon ? FACT_ITEM_CLASS : `${FACT_ITEM_CLASS} ${FACT_DOT_CLASS}`);

/** An item in the index: [id, text], [id, text, icon] or [id, text, icon or '', 'de'] (German text). */
type EncodedItem = [string, string] | [string, string, string] | [string, string, string, 'de'];

/** The card facts as the `factItems` meta of the offer page's index entry. */
export function encodeFactItems(items: readonly CardFactItem[]): string {
  return JSON.stringify(
    items.map((i): EncodedItem => (i.german ? [i.id, i.text, i.icon ?? '', 'de'] : i.icon ? [i.id, i.text, i.icon] : [i.id, i.text])),
  );
}

export interface DecodedItem {
  id: string;
  text: string;
  icon: string;
  german: boolean;
}

/** The items of a `factItems` meta; nothing for a missing or malformed value (an old index). */
export function decodeFactItems(value: string | undefined): DecodedItem[] {
  let data: unknown;
  try {
    data = JSON.parse(value ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  return data.flatMap((entry: unknown) => {
    if (!Array.isArray(entry) || !entry.every((x) => typeof x === 'string') || entry.length < 2) return [];
    const [id, text, icon = '', lang] = entry as string[];
    return [{ id: id!, text: text!, icon, german: lang === 'de' }];
  });
}

/**
 * Fills a card cloned from the finder's template: one <li> per item in [data-card="facts"],
 * with a clone of the pictogram from the card's `template[data-card="icons"]`, which is then
 * removed, so the card is the same as the static one.
 */
export function fillCardFacts(card: Element, factItems: string | undefined): void {
  const doc = card.ownerDocument;
  const icons = card.querySelector<HTMLTemplateElement>('template[data-card="icons"]');
  icons?.remove();
  const list = card.querySelector('[data-card="facts"]');
  if (!list) return;
  list.replaceChildren(
    ...decodeFactItems(factItems).map((item) => {
      const li = doc.createElement('li');
      li.dataset['fact'] = item.id;
      // Only known ids become a selector; anything else gets no pictogram.
      const svg = /^[a-z-]+$/.test(item.icon) ? icons?.content.querySelector(`svg[data-icon="${item.icon}"]`) : null;
      li.className = factItemClass(Boolean(svg));
      if (svg) li.append(svg.cloneNode(true));
      const text = doc.createElement('span');
      text.textContent = item.text;
      if (item.german) {
        text.lang = 'de';
        text.dir = 'ltr';
      }
      li.append(text);
      return li;
    }),
  );
}
