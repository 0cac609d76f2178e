import { describe, expect, it } from 'vitest';
import {
  BRING_ITEMS,
  contactSchema,
  focusAreaSchema,
  LEVELS,
  offerSchema,
  offerTranslationSchema,
  pageSchema,
  regionSchema,
} from './content.config.ts';

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
    expect(parsed).toMatchObject({ levels: [], statewide: false, online: false, registration: [], bring: [], sample: false });
    expect(parsed.lastChecked).toEqual(new Date('2026-11-25'));
  });

  it('leaves fee, childcare and women-only out when the source does not say (no default claims "free" or "no")', () => {
    const parsed = offerSchema.parse(offer);
    expect(parsed.feeEuro).toBeUndefined();
    expect(parsed.childcare).toBeUndefined();
    expect(parsed.womenOnly).toBeUndefined();
    expect(offerSchema.parse({ ...offer, feeEuro: 0, childcare: false, womenOnly: true })).toMatchObject({
      feeEuro: 0,
      childcare: false,
      womenOnly: true,
    });
  });

  it('leaves region and town to the content rules (offers for all of Hessen have neither)', () => {
    const { region: _region, municipality: _municipality, ...statewide } = offer;
    expect(offerSchema.parse({ ...statewide, statewide: true })).toMatchObject({ statewide: true });
    expect(offerSchema.safeParse(statewide).success).toBe(true);
  });

  it('knows the new ways to register and the things to bring, and wants the source as a web address', () => {
    expect(
      offerSchema.parse({ ...offer, registration: ['website', 'contact-point'], bring: ['id-document', 'course-entitlement'] }),
    ).toMatchObject({
      registration: ['website', 'contact-point'],
      bring: ['id-document', 'course-entitlement'],
    });
    expect(messages(offerSchema.safeParse({ ...offer, bring: ['umbrella'] }))).toEqual([
      `bring.0: "umbrella" is not a valid thing to bring. Allowed: ${BRING_ITEMS.join(', ')}.`,
    ]);
    expect(messages(offerSchema.safeParse({ ...offer, source: 'Flyer der VHS' }))).toEqual([
      'source: source must be a full address beginning with https://',
    ]);
    expect(offerSchema.parse({ ...offer, source: 'https://www.vhs-giessen.de/kurs' }).source).toBe('https://www.vhs-giessen.de/kurs');
  });

  it('rejects an unknown enum value, listing the allowed values', () => {
    expect(messages(offerSchema.safeParse({ ...offer, levels: ['A1', 'A3'] }))).toEqual([
      `levels.1: "A3" is not a valid level. Allowed: ${LEVELS.join(', ')}.`,
    ]);
    expect(messages(regionSchema.safeParse({ name: 'X', kind: 'bezirk', seat: 'Y', district: 'Kassel', ags: '06611' }))).toEqual([
      'kind: "bezirk" is not a valid region kind. Allowed: landkreis, kreisfreie-stadt, sonderstatusstadt.',
    ]);
  });

  it('rejects missing required fields with what to write', () => {
    const { title: _title, ...withoutTitle } = offer;
    expect(messages(offerSchema.safeParse(withoutTitle))).toEqual(['title: title is required: the name of the offer.']);
    expect(messages(regionSchema.safeParse({ name: 'X', seat: 'Y', district: 'Kassel', ags: '06611' }))).toEqual([
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
    const contact = {
      name: 'N',
      kind: 'wir-vielfaltszentrum',
      region: 'landkreis-giessen',
      source: 'https://example.org/quelle',
      lastChecked: '2026-01-01',
    };
    expect(contactSchema.safeParse(contact).success).toBe(true);
    expect(messages(contactSchema.safeParse({ ...contact, email: 'not-an-address', website: 'www.example.org' }))).toEqual([
      'email: email must be an address like name@example.org.',
      'website: website must be a full address beginning with https://',
    ]);
    const region = { name: 'X', kind: 'landkreis', seat: 'Y', district: 'Kassel', ags: '06611' };
    expect(
      messages(
        regionSchema.safeParse({ ...region, website: 'https://x.example.org', websiteSource: 'x.example.org', lastChecked: '1.12.2026' }),
      ),
    ).toEqual([
      'websiteSource: websiteSource must be a full address beginning with https://',
      'lastChecked: lastChecked must be a date written as YYYY-MM-DD, e.g. 2026-11-25.',
    ]);
  });

  it('wants a contact point sourced from a public page, of one of the three kinds', () => {
    const contact = { name: 'N', kind: 'state-programme', source: 'https://example.org/quelle', lastChecked: '2026-01-01' };
    expect(contactSchema.safeParse(contact).success).toBe(true);
    expect(messages(contactSchema.safeParse({ ...contact, source: 'Impressum der WIR-Broschüre' }))).toEqual([
      'source: source must be a full address beginning with https://',
    ]);
    expect(messages(contactSchema.safeParse({ ...contact, kind: 'ministry' }))).toEqual([
      'kind: "ministry" is not a valid contact kind. Allowed: wir-vielfaltszentrum, integration-office, state-programme.',
    ]);
    const { source: _source, ...unsourced } = contact;
    expect(messages(contactSchema.safeParse(unsourced))[0]).toMatch(/^source: /);
  });

  it('keeps facts out of offer translations, saying where they belong', () => {
    expect(offerTranslationSchema.safeParse({ title: 'German in the morning' }).success).toBe(true);
    expect(messages(offerTranslationSchema.safeParse({ title: 'T', levels: ['A1'] }))).toEqual([
      ': Translations of offers only contain title, sourceHash, outdated and machineTranslated; move levels into the German file content/offers/de/.',
    ]);
  });
});
