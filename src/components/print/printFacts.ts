/**
 * The rows of an offer's printed card: what a receptionist or a bus driver needs to help (where,
 * when, levels, cost, childcare, provider, phone, e-mail), from the same offer model as the page
 * (offerFactRows, takePart), so the card never says something the page does not. Called once with
 * the reader's context and once with the German one; `pairRows` lines them up row by row.
 */
import { offerFactRows, takePart, type OfferContext, type OfferFacts } from '../../lib/offers/model.ts';

export interface PrintRow {
  id: string;
  label: string;
  /** German proper names or addresses (isolated lang="de" dir="ltr"), or text in the context's language. */
  value: string;
  german: boolean;
  /** A phone number or an e-mail address: left to right in every language, but not German. */
  ltr?: true;
  /** A sentence after the value, in the context's language ("the exact address is on the provider's website"). */
  note?: string;
}

/** Facts of the offer page's list that the card repeats, in the card's order after "where". */
const FACT_IDS = ['dates', 'weekdays', 'hours', 'levels', 'cost', 'childcare', 'provider'] as const;

export function printRows(o: OfferFacts, c: OfferContext): PrintRow[] {
  const info = takePart(o, c);
  const where = c.t('takePart.where');
  const place = info.place;
  const rows: PrintRow[] = [
    place.kind === 'address'
      ? { id: 'where', label: where, value: [place.venue, place.street, place.postcodeTown].filter(Boolean).join(', '), german: true }
      : place.kind === 'on-website'
        ? {
            id: 'where',
            label: where,
            value: [place.venue, place.town].filter(Boolean).join(', '),
            german: true,
            note: c.t('takePart.onWebsite'),
          }
        : // The short words ("Online", "All of Hessen"): the page's long sentences would not fit one A4 page twice.
          { id: 'where', label: where, value: c.t(place.kind === 'online' ? 'offers.online' : 'offers.statewide'), german: false },
  ];
  const facts = new Map(offerFactRows(o, c).map((r) => [r.id, r]));
  for (const id of FACT_IDS) {
    const r = facts.get(id);
    if (r) rows.push({ id, label: r.label, value: r.value, german: Boolean(r.german) });
  }
  for (const r of info.contact) {
    // The card is on paper: phone and e-mail are what a person can use from it; a web address is the page's job.
    if (r.id !== 'website') rows.push({ id: r.id, label: r.label, value: r.value, german: false, ltr: true });
  }
  return rows;
}

/** The reader's rows beside the German ones, by id (both come from the same facts, so the ids match). */
export function pairRows(reader: readonly PrintRow[], german: readonly PrintRow[]): { id: string; reader: PrintRow; german?: PrintRow }[] {
  const byId = new Map(german.map((r) => [r.id, r]));
  return reader.map((r) => {
    const de = byId.get(r.id);
    return de ? { id: r.id, reader: r, german: de } : { id: r.id, reader: r };
  });
}
