/**
 * The one schema file for all content in `content/`. Every field is documented for editors.
 * Enums are exported so that filters, UI labels and validation reuse the same lists.
 *
 * Folder layout (the id of an entry is its path without extension):
 * - content/pages/<lang>/<slug>.md         programme, legal and accessibility pages
 * - content/focus-areas/<lang>/<slug>.md   focal areas (Schwerpunkte) of the programme
 * - content/regions/<id>.yaml              the 33 WIR regions, language-neutral
 * - content/contacts/<id>.yaml             offices and roles, language-neutral
 * - content/offers/de/<slug>.md            local offers: facts + German description
 * - content/offers/<lang>/<slug>.md        translations of an offer: title + description
 *
 * Rules across entries (region references, German originals, translation versions, links) are
 * in src/lib/content/rules.ts, run by the build, `astro dev`, `npm run content:check` and the import.
 */
// From astro/content/config (not the virtual astro:content) so that plain Node scripts such as
// scripts/content-check.mjs can import these schemas too; it is the same function.
import { defineCollection } from 'astro/content/config';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { defaultLocale, localeCodes } from './i18n/locales.ts';

// The enums live in a module without imports, so that browser code (the finder) can use them.
import {
  BRING_ITEMS,
  CONTACT_KINDS,
  DISTRICTS,
  HELP_LANGUAGES,
  LEVELS,
  OFFER_TYPES,
  REGION_KINDS,
  REGISTRATION_METHODS,
  TARGET_GROUPS,
  TIMES_OF_DAY,
  WEEKDAYS,
} from './lib/content/enums.ts';
import { CONTENT_FOLDERS } from './lib/content/folders.ts';
import { OTHER_SCRIPT_LANGS, parsePlaceNames, parseTowns } from './lib/places/towns.ts';
// Re-exported: the schema file stays the one place editors and tools look for the allowed values.
export * from './lib/content/enums.ts';
export { CONTENT_FOLDERS };

/** Lists the allowed values in an error message, so the editor sees the fix. */
function oneOf<T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `is required: the ${what}. Allowed: ${values.join(', ')}.`
        : `"${String(issue.input)}" is not a valid ${what}. Allowed: ${values.join(', ')}.`,
  });
}

/** A phone number as people write it: digits, spaces, ( ) / - and a leading +. */
const phoneNumber = (what: string) =>
  z.string().regex(/^\+?[\d ()/-]{6,}$/, { error: `${what} must be a phone number like 0611 123456 or +49 611 123456.` });

/** A web address that readers may open: https only (never `http:`, `javascript:` or `data:`; same rule as links in texts). */
const webAddress = (what: string) => z.url({ protocol: /^https$/, error: `${what} must be a full address beginning with https://` });

/** True for a day that exists: 2024-02-29 yes, 2027-02-31 no (JavaScript would silently make it 3 March). */
const isCalendarDay = (v: string) => {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};

/**
 * A date written YYYY-MM-DD, and a day that exists. Astro's YAML parser hands over a Date it has
 * already rolled over (2027-02-31 → 3 March); the content check reads the file itself, sees the
 * text and refuses it, and the build runs that check (src/data/site.ts).
 */
const isoDate = (what: string) =>
  z.preprocess(
    (value, ctx) => {
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
      if (isCalendarDay(value)) return new Date(`${value}T00:00:00Z`);
      ctx.addIssue({ code: 'custom', message: `${what}: ${value} is not a day that exists.`, params: { calendarDate: value } });
      return value;
    },
    z.date({ error: `${what} must be a date written as YYYY-MM-DD, e.g. 2026-11-25.` }),
  );

/** Fields of a translation (a file outside the German folder). Written by `npm run translations:stamp`. */
const translationFields = {
  /**
   * Only in translations: the version of the German text this translation was made from
   * (a 12-digit hash written by `npm run translations:stamp -- <file>`). When the German text
   * changes, the build asks to update the translation or to mark it `outdated: true`.
   */
  sourceHash: z
    .string()
    .regex(/^[0-9a-f]{12}$/, { error: 'sourceHash is written by `npm run translations:stamp -- <file>`; do not edit it by hand.' })
    .optional(),
  /** Only in translations: true while the German text is newer than this translation (readers see a notice). */
  outdated: z.boolean().default(false),
  /** Only in translations: true when the text was machine-translated (readers see a label). */
  machineTranslated: z.boolean().default(false),
};

/** Programme, legal and accessibility pages. */
export const pageSchema = z.object({
  /** The page title (also the `<h1>` and the browser tab). */
  title: z.string({ error: 'title is required: the heading of the page.' }).min(1),
  /** One or two sentences for search engines and link previews. */
  description: z.string({ error: 'description is required: one or two sentences.' }).min(1),
  /** Date the German text was last changed (YYYY-MM-DD). */
  updated: isoDate('updated'),
  /** Date the facts on the page refer to, e.g. "Stand September 2014" → 2014-09-01 with `asOfPrecision: month`. */
  asOf: isoDate('asOf').optional(),
  /** `month` when the source gives only a month ("September 2014"): the page then shows no day. */
  asOfPrecision: z.enum(['day', 'month'], { error: 'asOfPrecision must be day or month.' }).default('day'),
  /** Legal pages: translations show that the German text is binding. */
  legal: z.boolean().default(false),
  /** Set to false to keep the page out of the search index. */
  search: z.boolean().default(true),
  /**
   * Set to false for pages that stay German in every language (the Leichte Sprache pages):
   * no translation is expected; other languages show the German page with a notice.
   */
  translate: z.boolean().default(true),
  ...translationFields,
});

/** The focal areas (Schwerpunkte) of the programme. */
export const focusAreaSchema = pageSchema.extend({
  /** Position in the list of focal areas (1 = first). */
  order: z.number({ error: 'order must be a whole number: the position in the list, 1 = first.' }).int().min(1),
});

/** The 33 WIR regions. Language-neutral. */
export const regionSchema = z.object({
  /** Official name, e.g. "Landkreis Gießen" or "Stadt Kassel". */
  name: z.string({ error: 'name is required: the official name of the region.' }).min(1),
  /** landkreis, kreisfreie-stadt or sonderstatusstadt. */
  kind: oneOf(REGION_KINDS, 'region kind'),
  /** Seat of the administration (Kreisstadt) or the city itself. */
  seat: z.string({ error: 'seat is required: the town where the administration sits.' }).min(1),
  /** Regierungsbezirk: Darmstadt, Gießen or Kassel. */
  district: oneOf(DISTRICTS, 'Regierungsbezirk'),
  /**
   * Amtlicher Gemeindeschlüssel of the region, as in content/towns/: the 5-digit Kreis key of a
   * Landkreis or kreisfreie Stadt ("06435"), the 8-digit town key of a town that is a region of
   * its own (Sonderstatusstadt, Hanau: "06435014"). Every town's region follows from it.
   */
  ags: z
    .string({
      error: 'ags is required: the Kreis key (5 digits, e.g. "06435") or, for a town that is its own region, the town key (8 digits).',
    })
    .regex(/^06(\d{3}|\d{6})$/, {
      error: 'ags must be 5 digits (Kreis) or 8 digits (town), starting with 06 (Hessen), in quotes, e.g. "06435".',
    }),
  /** Official website. Only when it is certain (sourced); leave it out otherwise. */
  website: webAddress('website').optional(),
  /** The public page where the website was seen, when it is not the website itself. */
  websiteSource: webAddress('websiteSource').optional(),
  /** Date the website was last checked (YYYY-MM-DD); required with `website`. */
  lastChecked: isoDate('lastChecked').optional(),
  /** When the region got its current kind, if that changed after the 2014 brochure (YYYY-MM-DD). */
  kindSince: isoDate('kindSince').optional(),
  /** The kind before `kindSince`, as the 2014 brochure counts it. */
  previousKind: oneOf(REGION_KINDS, 'region kind').optional(),
  /** Public source of the change (full address). */
  changeSource: webAddress('changeSource').optional(),
});

/**
 * Contact points: the WIR-Vielfaltszentrum or integration office of a region, and the state
 * programme's official pages. Language-neutral. Only sourced facts: never invent a person, an
 * e-mail address, a phone number or a web address (../shared/research/local-sources.md).
 */
export const contactSchema = z.object({
  /** Name of the office, e.g. "WIR-Vielfaltszentrum Landkreis Gießen". */
  name: z.string({ error: 'name is required: the name of the office.' }).min(1),
  /** wir-vielfaltszentrum, integration-office or state-programme. */
  kind: oneOf(CONTACT_KINDS, 'contact kind'),
  /** Id of the region (file name in content/regions/ without .yaml); not for the state programme. */
  region: z.string().optional(),
  /** The body the office belongs to, e.g. "Büro für Migration und Inklusion". */
  organisation: z.string().optional(),
  /** Postal address, one line per list item (only real, checked addresses). */
  address: z.array(z.string()).optional(),
  /** Only real, checked addresses. */
  email: z.email({ error: 'email must be an address like name@example.org.' }).optional(),
  /** Phone number, e.g. 0611 123456 or +49 611 123456 (only real, checked numbers). */
  phone: phoneNumber('phone').optional(),
  /**
   * The office's own official page, where it keeps its contact details and opening hours.
   * Leave it out while it is not known: the region page then says so and shows the region's
   * official website and the state programme's pages instead.
   */
  website: webAddress('website').optional(),
  /** The public page where these facts were seen (full address). */
  source: webAddress('source'),
  /** true when the page was already old when it was seen (e.g. a 2018 news item): readers see a notice. */
  pageMayBeOld: z.boolean().default(false),
  /** Date the facts were last checked against the source (YYYY-MM-DD). */
  lastChecked: isoDate('lastChecked'),
});

/** Structured facts of an offer: only in the German file, shared by all languages. */
export const offerFactsSchema = z.object({
  /** Kind of offer. */
  type: oneOf(OFFER_TYPES, 'offer type'),
  /**
   * Id of the region (file name in content/regions/ without .yaml). Required, except for
   * `statewide` offers, which are open to everyone in Hessen and listed under every region.
   */
  region: z.string().min(1).optional(),
  /** Open to everyone in Hessen (a state programme, an online course): no region, listed under every region. */
  statewide: z.boolean().default(false),
  /** Takes place online: no venue address; the page says so. */
  online: z.boolean().default(false),
  /** Town or municipality where the offer takes place. Required, except for `statewide` offers. */
  municipality: z.string().min(1).optional(),
  /** Who runs the offer. Invented example offers must not name a real organisation. */
  provider: z.string({ error: 'provider is required.' }).min(1),
  /** Course levels; leave empty for offers without levels. */
  levels: z.array(oneOf(LEVELS, 'level')).default([]),
  /** Fee in euros for the whole offer; 0 means free of charge. Leave it out when the source does not say. */
  feeEuro: z.number({ error: 'feeEuro must be a number of euros; 0 means free.' }).min(0).optional(),
  /** Childcare is offered during the course. Leave it out when the source does not say (the row is then not shown). */
  childcare: z.boolean().optional(),
  /** Only for women. Leave it out when the source does not say. */
  womenOnly: z.boolean().optional(),
  /** When it takes place. */
  timesOfDay: z.array(oneOf(TIMES_OF_DAY, 'time of day')).default([]),
  /** Days of the week it takes place. */
  weekdays: z.array(oneOf(WEEKDAYS, 'weekday')).default([]),
  /** Start time, 24-hour clock (HH:MM). */
  timeFrom: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'timeFrom must be a time like 09:30.' })
    .optional(),
  /** End time, 24-hour clock (HH:MM). */
  timeTo: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'timeTo must be a time like 11:30.' })
    .optional(),
  /** Name of the place, e.g. "Stadtteilzentrum Nord". */
  venue: z.string().optional(),
  /** Street and house number of the venue, e.g. "Musterweg 12". Only real, checked addresses. */
  street: z.string().min(1).optional(),
  /** Postcode of the venue: five digits, e.g. 65187. */
  postcode: z
    .string()
    .regex(/^\d{5}$/, { error: 'postcode must be five digits, e.g. 65187.' })
    .optional(),
  /** Town of the postal address, when it differs from `municipality` (e.g. "Frankfurt am Main" for Bornheim). */
  town: z.string().min(1).optional(),
  /** Phone number for questions (only real, checked numbers). */
  phone: phoneNumber('phone').optional(),
  /** E-mail address for questions (only real, checked addresses). */
  email: z.email({ error: 'email must be an address like name@example.org.' }).optional(),
  /** The provider's web page about this offer (only real, checked addresses). */
  website: webAddress('website').optional(),
  /** The venue can be reached without steps (wheelchair, pram). Leave out when unknown. */
  stepFree: z.boolean().optional(),
  /** Languages in which someone on site can help (besides German). */
  helpLanguages: z.array(oneOf(HELP_LANGUAGES, 'help language')).default([]),
  /** Who the offer is for. */
  targetGroups: z.array(oneOf(TARGET_GROUPS, 'target group')).default(['everyone']),
  /** How to register. */
  registration: z.array(oneOf(REGISTRATION_METHODS, 'registration method')).default([]),
  /** What to bring: id-document, residence-document, course-entitlement (Berechtigungsschein), writing-things. */
  bring: z.array(oneOf(BRING_ITEMS, 'thing to bring')).default([]),
  /** Phone number for registration (only real, checked numbers). */
  registrationPhone: phoneNumber('registrationPhone').optional(),
  /** E-mail address for registration (only real, checked addresses). */
  registrationEmail: z.email({ error: 'registrationEmail must be an address like name@example.org.' }).optional(),
  /** Web page for registration (only real, checked addresses). */
  registrationUrl: webAddress('registrationUrl').optional(),
  /** First day (YYYY-MM-DD); leave out for ongoing offers. */
  startDate: isoDate('startDate').optional(),
  /** Last day (YYYY-MM-DD); leave out for ongoing offers. */
  endDate: isoDate('endDate').optional(),
  /** Date the entry was last checked with the provider (YYYY-MM-DD). */
  lastChecked: isoDate('lastChecked'),
  /** The public page where the facts of a real offer were seen (full address); required unless `sample`. */
  source: webAddress('source').optional(),
  /** true for invented example offers: they carry a visible "example" badge. */
  sample: z.boolean().default(false),
});

/** The German offer file: its title as printed on the flyer, the facts, and the German description as body. */
export const offerSchema = offerFactsSchema.extend({
  /** Title as printed on the provider's flyer. Shown as "original title" in every language. */
  title: z.string({ error: 'title is required: the name of the offer.' }).min(1),
});

/** A translation of an offer: title and description only; the facts come from the German file. */
export const offerTranslationSchema = z.strictObject(
  {
    /** The offer's title in this language. */
    title: z.string({ error: 'title is required: the name of the offer in this language.' }).min(1),
    ...translationFields,
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Translations of offers only contain title, sourceHash, outdated and machineTranslated; ` +
          `move ${issue.keys.join(', ')} into the German file content/offers/${defaultLocale}/.`
        : undefined,
  },
);

/**
 * The towns of Hessen (content/towns/hessen-gemeinden.csv, Destatis GV100AD): one entry per
 * municipality, keyed by its 8-digit key. Each town's WIR region follows from the regions' `ags`
 * (src/lib/places/towns.ts); a malformed line stops the build with its line number.
 */
export const townSchema = z.object({
  ags: z.string().regex(/^06\d{6}$/),
  officialName: z.string().min(1),
  name: z.string().min(1),
  kreisAgs: z.string().regex(/^06\d{3}$/),
});

/** Names of regions and towns in other scripts (content/towns/other-scripts.yaml), for the town lookup. */
export const placeNamesSchema = z.object({
  names: z.partialRecord(
    z.enum(OTHER_SCRIPT_LANGS),
    z.array(z.string().min(1)).min(1, { error: 'needs at least one writing; leave the language out instead.' }),
  ),
});

/** The schema of every collection, by collection name. */
export const SCHEMAS = {
  pages: pageSchema,
  focusAreas: focusAreaSchema,
  regions: regionSchema,
  contacts: contactSchema,
  offers: offerSchema,
  offerTranslations: offerTranslationSchema,
} as const;

const textCollection = (base: string) => glob({ pattern: '**/*.md', base: `./${base}` });
const dataCollection = (base: string) => glob({ pattern: '*.yaml', base: `./${base}` });

export const collections = {
  pages: defineCollection({ loader: textCollection(CONTENT_FOLDERS.pages), schema: pageSchema }),
  focusAreas: defineCollection({ loader: textCollection(CONTENT_FOLDERS.focusAreas), schema: focusAreaSchema }),
  regions: defineCollection({ loader: dataCollection(CONTENT_FOLDERS.regions), schema: regionSchema }),
  towns: defineCollection({
    loader: file(`${CONTENT_FOLDERS.towns}/hessen-gemeinden.csv`, { parser: (text) => parseTowns(text).map((t) => ({ id: t.ags, ...t })) }),
    schema: townSchema,
  }),
  placeNames: defineCollection({
    loader: file(`${CONTENT_FOLDERS.towns}/other-scripts.yaml`, {
      parser: (text) => parsePlaceNames(text, parseYaml) as unknown as Record<string, unknown>[],
    }),
    schema: placeNamesSchema,
  }),
  contacts: defineCollection({ loader: dataCollection(CONTENT_FOLDERS.contacts), schema: contactSchema }),
  // All content is plain Markdown: MDX would run code at build time (docs/decisions.md).
  offers: defineCollection({
    loader: glob({ pattern: '*.md', base: `./${CONTENT_FOLDERS.offers}/${defaultLocale}` }),
    schema: offerSchema,
  }),
  offerTranslations: defineCollection({
    loader: glob({
      pattern: `{${localeCodes.filter((c) => c !== defaultLocale).join(',')}}/*.md`,
      base: `./${CONTENT_FOLDERS.offers}`,
    }),
    schema: offerTranslationSchema,
  }),
};
