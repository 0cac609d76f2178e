import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { offerFactsSchema } from '../content.config.ts';
import { pageContext } from '../i18n/pageContext.ts';
import { cardFactItems, FACT_PICTOGRAMS } from '../lib/offers/model.ts';
import OfferCard from './OfferCard.astro';
import { decodeFactItems, encodeFactItems, fillCardFacts } from './offerCardFill.ts';

const offer = {
  id: 'beispiel',
  data: offerFactsSchema.parse({
    region: 'stadt-giessen',
    lastChecked: '2026-11-01',
    title: 'Deutschkurs',
    type: 'german-course',
    municipality: 'Gießen',
    provider: 'P',
    levels: ['A1'],
    feeEuro: 0,
    childcare: true,
    womenOnly: true,
    stepFree: true,
    timesOfDay: ['morning', 'weekend'],
  }),
};

/** The card as HTML, static (for the offer) or as the finder's template. */
async function renderCard(locale: string, template: boolean): Promise<Element> {
  const page = pageContext(locale);
  const container = await AstroContainer.create();
  const props = template
    ? { page, template: true }
    : { page, offer, translation: null, context: { t: page.t, lang: page.lang, regionName: 'Stadt Gießen' } };
  const html = await container.renderToString(OfferCard, { props });
  return parseHTML(`<!doctype html><html><body><ul>${html}</ul></body></html>`).document.querySelector('ul > li')!;
}
/** Markup in a canonical form: attributes sorted, without the dev server's data-astro-source-*. */
function canonical(node: Node): string {
  if (node.nodeType === 3) return node.textContent?.trim() ?? '';
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const attrs = [...el.attributes]
    .filter((a) => !a.name.startsWith('data-astro-'))
    .map((a) => `${a.name}="${a.value}"`)
    .sort();
  return `<${el.localName} ${attrs.join(' ')}>${[...el.childNodes].map(canonical).join('')}</${el.localName}>`;
}
const factsOf = (card: Element) => canonical(card.querySelector('[data-card="facts"]')!);

describe('fillCardFacts', () => {
  for (const locale of ['de', 'fa', 'ti']) {
    it(`makes the finder's card facts the same as the static card's (${locale})`, async () => {
      const page = pageContext(locale);
      const items = cardFactItems(offer.data, { t: page.t, lang: page.lang, regionName: 'Stadt Gießen' });
      const staticCard = await renderCard(locale, false);
      const templateCard = await renderCard(locale, true);
      const icons = templateCard.querySelector<HTMLTemplateElement>('template[data-card="icons"]')!.content;
      expect([...icons.querySelectorAll('svg')].map((svg) => svg.getAttribute('data-icon'))).toEqual([...FACT_PICTOGRAMS]);
      fillCardFacts(templateCard, encodeFactItems(items));
      expect(factsOf(templateCard)).toBe(factsOf(staticCard));
      // The inner template has served its purpose.
      expect(templateCard.querySelector('template')).toBeNull();
      // Every pictogram of the offer is there, each beside its words.
      const li = [...templateCard.querySelectorAll('[data-card="facts"] > li')];
      expect(li.map((x) => x.querySelector('svg')?.getAttribute('data-icon') ?? '')).toEqual(items.map((i) => i.icon ?? ''));
      for (const x of li) expect(x.textContent?.trim()).not.toBe('');
    });
  }
  it('builds text with textContent: markup in the data stays text', async () => {
    const card = await renderCard('de', true);
    fillCardFacts(
      card,
      JSON.stringify([
        ['type', '<img src=x onerror=alert(1)>', 'free'],
        ['place', 'Gießen', '', 'de'],
      ]),
    );
    expect(card.querySelector('img')).toBeNull();
    expect(card.querySelector('[data-fact="type"]')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(card.querySelector('[data-fact="place"] span')?.getAttribute('lang')).toBe('de');
    expect(card.querySelector('[data-fact="place"] svg')).toBeNull();
  });
  it('gives no pictogram for an unknown id and no items for a malformed value', async () => {
    const card = await renderCard('de', true);
    fillCardFacts(card, JSON.stringify([['cost', 'Kostenlos', 'free"],svg[x']]));
    expect(card.querySelector('[data-fact="cost"] svg')).toBeNull();
    expect(decodeFactItems('not json')).toEqual([]);
    expect(decodeFactItems('{"a":1}')).toEqual([]);
    expect(decodeFactItems(undefined)).toEqual([]);
    expect(decodeFactItems('[["a"],[1,2],["b","B"]]')).toEqual([{ id: 'b', text: 'B', icon: '', german: false }]);
  });
});

describe('encodeFactItems', () => {
  it('round-trips the items, and keeps commas and colons (Pagefind splits meta at the first colon only)', () => {
    const items = [
      { id: 'dates', text: 'Beginn: 3. Februar 2027, vormittags' },
      { id: 'place', text: 'Gießen', german: true as const },
      { id: 'cost', text: 'Kostenlos', icon: 'free' as const },
    ];
    const encoded = encodeFactItems(items);
    expect(encoded).toBe('[["dates","Beginn: 3. Februar 2027, vormittags"],["place","Gießen","","de"],["cost","Kostenlos","free"]]');
    expect(decodeFactItems(`factItems:${encoded}`.slice('factItems:'.length))).toEqual([
      { id: 'dates', text: 'Beginn: 3. Februar 2027, vormittags', icon: '', german: false },
      { id: 'place', text: 'Gießen', icon: '', german: true },
      { id: 'cost', text: 'Kostenlos', icon: 'free', german: false },
    ]);
  });
});
