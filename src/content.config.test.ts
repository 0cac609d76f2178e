import { describe, expect, it } from 'vitest';
import { contactSchema, focusAreaSchema, LEVELS, offerSchema, offerTranslationSchema, pageSchema, regionSchema } from './content.config.ts';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

const offer = {
  title: 'Deutsch am Vormittag',
  type: 'german-course',
  region: 'landkreis-giessen',
  municipality: 'Gießen',
  provider: 'Beispiel-Träger',
  lastChecked: '2026-11-25',
};

describe('content schemas: messages name the field and the fix', () => {
  it('accepts a minimal German offer and fills in defaults', () => {
    const parsed = offerSchema.parse(offer);
    expect(parsed).toMatchObject({ levels: [], feeEuro: 0, childcare: false, womenOnly: false, sample: false });
    expect(parsed.lastChecked).toEqual(new Date('2026-11-25'));
  });

  it('rejects an unknown enum value, listing the allowed values', () => {
    expect(messages(offerSchema.safeParse({ ...offer, levels: ['A1', 'A3'] }))).toEqual([
      `levels.1: "A3" is not a valid level. Allowed: ${LEVELS.join(', ')}.`,
    ]);
    expect(messages(regionSchema.safeParse({ name: 'X', kind: 'bezirk', seat: 'Y', district: 'Kassel' }))).toEqual([
      'kind: "bezirk" is not a valid region kind. Allowed: landkreis, kreisfreie-stadt, sonderstatusstadt.',
    ]);
  });

  it('rejects missing required fields with what to write', () => {
    const { title: _title, ...withoutTitle } = offer;
    expect(messages(offerSchema.safeParse(withoutTitle))).toEqual(['title: title is required: the name of the offer.']);
    expect(messages(regionSchema.safeParse({ name: 'X', seat: 'Y', district: 'Kassel' }))).toEqual([
      'kind: is required: the region kind. Allowed: landkreis, kreisfreie-stadt, sonderstatusstadt.',
    ]);
    expect(messages(focusAreaSchema.safeParse({ title: 'T', description: 'D', updated: '2026-01-01' }))[0]).toMatch(
      /^order: order must be a whole number/,
    );
  });

  it('rejects malformed dates, e-mail addresses and URLs', () => {
    expect(messages(pageSchema.safeParse({ title: 'T', description: 'D', updated: '25.11.2026' }))).toEqual([
      'updated: updated must be a date written as YYYY-MM-DD, e.g. 2026-11-25.',
    ]);
    const contact = { name: 'N', kind: 'ministry', known: true, source: 'S', lastChecked: '2026-01-01' };
    expect(messages(contactSchema.safeParse({ ...contact, email: 'not-an-address', website: 'www.example.org' }))).toEqual([
      'email: email must be an address like name@example.org.',
      'website: website must be a full address beginning with https://',
    ]);
  });

  it('keeps facts out of offer translations, saying where they belong', () => {
    expect(offerTranslationSchema.safeParse({ title: 'German in the morning' }).success).toBe(true);
    expect(messages(offerTranslationSchema.safeParse({ title: 'T', levels: ['A1'] }))).toEqual([
      ': Translations of offers only contain title, sourceHash, outdated and machineTranslated; move levels into the German file content/offers/de/.',
    ]);
  });
});
