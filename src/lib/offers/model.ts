/**
 * The offer model: everything the site derives from an offer's facts, in one place. The schema
 * (offerFactsSchema in src/content.config.ts) is the source of the fields; this module says how
 * each field is shown and used:
 * - FACTS: the rows of the offer page's facts list (label, value, link, pictograms), in order;
 *   `card` rows also make the facts of every offer card (region pages, finder): cardFactItems;
 * - FILTERS: the finder's filters (legend, values per offer, preferred order), which are also
 *   the Pagefind filters of the offer page;
 * - offerJsonLd: schema.org Course/Event;
 * - OFFER_COLUMNS: the spreadsheet import's columns (German heading, field, kind of cell).
 * Adding a field: the schema, the dictionaries, and the entries here (docs/decisions.md,
 * "Adding an offer field or a filter"). Pure; values in the page's language via the dictionary
 * and Intl.
 */
import type { z } from 'astro/zod';
import type { offerFactsSchema } from '../../content.config.ts';
import { LEVELS, OFFER_TYPES, REGISTRATION_METHODS, TIMES_OF_DAY } from '../content/enums.ts';
import type { Translate } from '../../i18n/translator.ts';
import { formatDate, formatEuro, formatList, formatTime, isoDate, languageName, weekdayName } from '../site/format.ts';

/** An offer's facts as the schema gives them (defaults applied). */
export type OfferFacts = z.output<typeof offerFactsSchema>;
export type OfferType = (typeof OFFER_TYPES)[number];
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

/**
 * The pictograms of key facts (drawn in src/components/icons/factIcons.ts). Each stands for the
 * fact being true ("there is childcare"), never for its absence, and always beside its words.
 */
export const FACT_PICTOGRAMS = [
  'childcare',
  'free',
  'women-only',
  'morning',
  'afternoon',
  'evening',
  'weekend',
  'level',
  'step-free',
] as const;
export type FactPictogram = (typeof FACT_PICTOGRAMS)[number];

/** One fact on an offer card: "Gießen", or "Kostenlos" with its pictogram. */
export interface CardFactItem {
  /** The fact's id (FACTS); one item per time of day: "time-morning". */
  id: string;
  text: string;
  icon?: FactPictogram;
  /** The text is a German proper name (the place): mark it lang="de". */
  german?: true;
}

/** What the rows need besides the offer: the page's language and the region's name. */
export interface OfferContext {
  t: Translate;
  /** BCP-47 tag of the page, for Intl. */
  lang: string;
  /** The region's name; for a statewide offer "all of Hessen" in the page's language. */
  regionName: string;
  /** The region filter's values: the region, or for a statewide offer every region (it is open to all). */
  regionNames?: readonly string[];
}

export interface FactRow {
  /** Stable id of the row, e.g. "cost" (the offer page marks each value with data-fact). */
  id: string;
  label: string;
  value: string;
  /** The value is a German proper name (place, provider): mark it lang="de". */
  german?: boolean;
  /** The value is a link (tel:, mailto:, https:); shown left to right in every language. */
  href?: string;
}

interface FactDef {
  id: string;
  /** The row's value, or undefined/'' to leave the row out. */
  row: (o: OfferFacts, c: OfferContext) => Omit<FactRow, 'id'> | undefined;
  /**
   * Part of the facts on offer cards: `true` uses the row's value (with the row's first
   * pictogram); a function gives the card's own items (yes/no facts appear as their label, and
   * only when yes).
   */
  card?: true | ((o: OfferFacts, c: OfferContext) => (Omit<CardFactItem, 'id'> & { id?: string })[]);
  /** The row's pictograms, each only when the offer has that fact (no childcare icon beside "No"). */
  icons?: (o: OfferFacts) => FactPictogram[];
}

export const levelLabel = (t: Translate, level: string): string => (level === 'literacy' ? t('offers.level.literacy') : level);
export const costLabel = (t: Translate, lang: string, fee: number | undefined): string =>
  fee === undefined ? t('offers.cost.unknown') : fee === 0 ? t('offers.cost.free') : formatEuro(lang, fee);
/** Where it takes place, in one word: the town, "Online" or "all of Hessen". */
export const placeLabel = (t: Translate, o: Pick<OfferFacts, 'online' | 'municipality'>): string =>
  o.online ? t('offers.online') : (o.municipality ?? t('offers.statewide'));
export const typeLabel = (t: Translate, type: OfferType): string => t(`offers.type.${type}`);
export const timeLabel = (t: Translate, time: TimeOfDay): string => t(`offers.time.${time}`);

/** Short text of an offer's dates: a period, a start, or "ongoing". */
export function offerDatesText(o: Pick<OfferFacts, 'startDate' | 'endDate'>, t: Translate, lang: string): string {
  if (o.startDate && o.endDate) return `${formatDate(lang, o.startDate)} – ${formatDate(lang, o.endDate)}`;
  if (o.startDate) return t('offers.starts', { date: formatDate(lang, o.startDate) });
  return t('offers.ongoing');
}

/** "65187 Wiesbaden": postcode before the town, German order, as on a letter. */
export function postcodeTownText(o: Pick<OfferFacts, 'postcode' | 'town' | 'municipality'>): string {
  return [o.postcode, o.town ?? o.municipality].filter(Boolean).join(' ');
}

/** "Musterweg 12, 65187 Wiesbaden": German order, as on a letter. */
export function postalAddressText(o: Pick<OfferFacts, 'street' | 'postcode' | 'town' | 'municipality'>): string | undefined {
  if (!o.street) return undefined;
  return [o.street, postcodeTownText(o)].filter(Boolean).join(', ');
}

/**
 * The address on OpenStreetMap's own site: a plain outbound link, so the page itself loads
 * nothing from anywhere (no tiles, no script).
 */
export const mapHref = (address: string): string => `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;

/** A phone number as shown: its spaces non-breaking, so that a narrow screen never splits the number. */
export const phoneText = (phone: string): string => phone.replace(/ /g, '\u00A0');
/** A number as `tel:` wants it: digits and a leading +. */
export const telHref = (phone: string): string => `tel:${phone.replace(/^(\+\d+)\s*\(0\)/, '$1').replace(/[^\d+]/g, '')}`;

const list = (c: OfferContext, items: readonly string[]) => formatList(c.lang, [...items]);
const yesNo = (c: OfferContext, value: boolean) => c.t(value ? 'offers.yes' : 'offers.no');
/** A row listing several values ("A1 und A2"), left out when there are none. */
const listRow = (label: string, c: OfferContext, items: readonly string[]) => (items.length ? { label, value: list(c, items) } : undefined);
/** The facts of an offer, in the order the offer page shows them. */
export const FACTS: readonly FactDef[] = [
  { id: 'type', card: true, row: (o, c) => ({ label: c.t('offers.type'), value: typeLabel(c.t, o.type) }) },
  {
    id: 'place',
    card: true,
    row: (o, c) => ({ label: c.t('offers.place'), value: placeLabel(c.t, o), german: Boolean(o.municipality && !o.online) }),
  },
  {
    id: 'access',
    card: (o, c) => (o.stepFree ? [{ text: c.t('offers.stepFree.yes'), icon: 'step-free' }] : []),
    icons: (o) => (o.stepFree ? ['step-free'] : []),
    row: (o, c) =>
      o.stepFree === undefined
        ? undefined
        : { label: c.t('offers.access'), value: c.t(o.stepFree ? 'offers.stepFree.yes' : 'offers.stepFree.no') },
  },
  { id: 'provider', row: (o, c) => ({ label: c.t('offers.provider'), value: o.provider, german: true }) },
  {
    id: 'levels',
    card: true,
    icons: (o) => (o.levels.length ? ['level'] : []),
    row: (o, c) =>
      listRow(
        c.t('offers.levels'),
        c,
        o.levels.map((l) => levelLabel(c.t, l)),
      ),
  },
  {
    id: 'cost',
    card: true,
    icons: (o) => (o.feeEuro === 0 ? ['free'] : []),
    row: (o, c) => ({ label: c.t('offers.cost'), value: costLabel(c.t, c.lang, o.feeEuro) }),
  },
  {
    id: 'childcare',
    card: (o, c) => (o.childcare ? [{ text: c.t('offers.childcare'), icon: 'childcare' }] : []),
    icons: (o) => (o.childcare ? ['childcare'] : []),
    // Left out when the source does not say.
    row: (o, c) => (o.childcare === undefined ? undefined : { label: c.t('offers.childcare'), value: yesNo(c, o.childcare) }),
  },
  {
    id: 'women-only',
    card: (o, c) => (o.womenOnly ? [{ text: c.t('offers.womenOnly'), icon: 'women-only' }] : []),
    icons: (o) => (o.womenOnly ? ['women-only'] : []),
    row: (o, c) => (o.womenOnly === undefined ? undefined : { label: c.t('offers.womenOnly'), value: yesNo(c, o.womenOnly) }),
  },
  {
    id: 'target-groups',
    row: (o, c) =>
      listRow(
        c.t('offers.targetGroups'),
        c,
        o.targetGroups.map((g) => c.t(`offers.target.${g}`)),
      ),
  },
  {
    id: 'time',
    // One item per time of day, each with its own pictogram (sunrise, sun, moon, calendar).
    card: (o, c) => o.timesOfDay.map((x) => ({ id: `time-${x}`, text: timeLabel(c.t, x), icon: x })),
    icons: (o) => [...o.timesOfDay],
    row: (o, c) =>
      listRow(
        c.t('offers.time'),
        c,
        o.timesOfDay.map((x) => timeLabel(c.t, x)),
      ),
  },
  {
    id: 'weekdays',
    row: (o, c) =>
      listRow(
        c.t('offers.weekdays'),
        c,
        o.weekdays.map((d) => weekdayName(c.lang, d)),
      ),
  },
  {
    id: 'hours',
    row: (o, c) =>
      o.timeFrom && o.timeTo
        ? { label: c.t('offers.hours'), value: `${formatTime(c.lang, o.timeFrom)} – ${formatTime(c.lang, o.timeTo)}` }
        : undefined,
  },
  { id: 'dates', card: true, row: (o, c) => ({ label: c.t('offers.dates'), value: offerDatesText(o, c.t, c.lang) }) },
  {
    id: 'help-languages',
    row: (o, c) =>
      listRow(
        c.t('offers.helpLanguages'),
        c,
        o.helpLanguages.map((code) => languageName(c.lang, code)),
      ),
  },
];

/** The facts list of the offer page (where, whom to contact and how to take part: `takePart`). */
export function offerFactRows(o: OfferFacts, c: OfferContext): FactRow[] {
  return FACTS.flatMap((f) => {
    const row = f.row(o, c);
    return row && row.value ? [{ id: f.id, ...row }] : [];
  });
}

// ---------------------------------------------------------------- how to take part

export type RegistrationMethod = (typeof REGISTRATION_METHODS)[number];

/** Where an offer takes place, as the "How to take part" block says it. */
export type OfferPlace =
  /** A street address: "Beispielweg 3" and "35390 Gießen" (German order), with a map link. */
  | { kind: 'address'; venue?: string | undefined; street: string; postcodeTown: string; mapHref: string }
  /** On site, but the address is on the provider's web page (real entries whose source gives no address). */
  | { kind: 'on-website'; venue?: string | undefined; town: string }
  | { kind: 'online' }
  /** Open to everyone in Hessen; the region's contact point knows where. */
  | { kind: 'statewide' };

export interface RegistrationWay {
  method: RegistrationMethod;
  label: string;
  /** The link for this way, when the offer has one (`contact-point` is linked by the page: it knows the routes). */
  link?: FactRow | undefined;
}

export interface TakePart {
  place: OfferPlace;
  /** Ways to get in touch with the provider: phone, e-mail, web page. */
  contact: FactRow[];
  /** True when the data names a way of registering (in person, phone, e-mail, online): "Please register first". */
  registerFirst: boolean;
  /** How to register, each with its link. */
  ways: RegistrationWay[];
  /** What to bring, in the page's language. */
  bring: string[];
}

const REGISTER_FIRST: ReadonlySet<RegistrationMethod> = new Set(['in-person', 'phone', 'email', 'link']);
const phoneRow = (id: string, label: string, phone: string): FactRow => ({ id, label, value: phoneText(phone), href: telHref(phone) });
const emailRow = (id: string, label: string, email: string): FactRow => ({ id, label, value: email, href: `mailto:${email}` });
const webRow = (id: string, label: string, url: string): FactRow => ({ id, label, value: url, href: url });

/** Everything a person needs to go there or get in touch, in the page's language: the offer page's first block. */
export function takePart(o: OfferFacts, c: OfferContext): TakePart {
  const address = postalAddressText(o);
  const place: OfferPlace = o.online
    ? { kind: 'online' }
    : o.street && address
      ? { kind: 'address', venue: o.venue, street: o.street, postcodeTown: postcodeTownText(o), mapHref: mapHref(address) }
      : o.municipality
        ? { kind: 'on-website', venue: o.venue, town: o.town ?? o.municipality }
        : { kind: 'statewide' };
  const contact = [
    o.phone && phoneRow('phone', c.t('contacts.phone'), o.phone),
    o.email && emailRow('email', c.t('contacts.email'), o.email),
    o.website && webRow('website', c.t('contacts.website'), o.website),
  ].filter((r): r is FactRow => Boolean(r));
  const linkOf = (method: RegistrationMethod): FactRow | undefined => {
    const label = c.t(`offers.registration.${method}`);
    if (method === 'phone' && (o.registrationPhone ?? o.phone))
      return phoneRow('registration-phone', label, (o.registrationPhone ?? o.phone)!);
    if (method === 'email' && (o.registrationEmail ?? o.email))
      return emailRow('registration-email', label, (o.registrationEmail ?? o.email)!);
    if (method === 'link' && o.registrationUrl) return webRow('registration-link', label, o.registrationUrl);
    if (method === 'website' && o.website) return webRow('registration-website', label, o.website);
    return undefined;
  };
  const ways = o.registration
    .filter((m) => m !== 'none')
    .map((method) => ({ method, label: c.t(`offers.registration.${method}`), link: linkOf(method) }));
  return {
    place,
    contact,
    // Only a way of registering says "register first"; "the website says how" and "through the
    // contact point" do not claim that registration is needed.
    registerFirst: !o.registration.includes('none') && o.registration.some((m) => REGISTER_FIRST.has(m)),
    ways,
    bring: o.bring.map((item) => c.t(`offers.bring.${item}`)),
  };
}

/**
 * The facts of an offer card, the same on region pages and in finder results: type, place,
 * step-free, levels, cost, childcare, women only, times of day, dates, each with its pictogram
 * where it has one. Yes/no facts appear only when yes. A list of items, not one line: in
 * right-to-left pages a "·" between German and other words is reordered by the bidi algorithm.
 */
export function cardFactItems(o: OfferFacts, c: OfferContext): CardFactItem[] {
  return FACTS.flatMap((f): CardFactItem[] => {
    if (f.card === true) {
      const row = f.row(o, c);
      if (!row?.value) return [];
      const icon = f.icons?.(o)[0];
      return [{ id: f.id, text: row.value, ...(icon ? { icon } : {}), ...(row.german ? { german: true as const } : {}) }];
    }
    return f.card ? f.card(o, c).map((item) => ({ id: f.id, ...item })) : [];
  });
}

/** The card facts as one line of text ("Deutschkurs · Gießen · A1 · Kostenlos · …"): meta descriptions. */
export function cardFacts(o: OfferFacts, c: OfferContext): string {
  return cardFactItems(o, c)
    .map((item) => item.text)
    .join(' · ');
}

/** The pictograms beside a row's label on the offer page (the row ids of offerFactRows). */
export function factRowIcons(id: string, o: OfferFacts): FactPictogram[] {
  return FACTS.find((f) => f.id === id)?.icons?.(o) ?? [];
}

/** The first paragraph of an offer's Markdown description, as plain text (meta description, JSON-LD). */
export function plainDescription(markdown: string): string {
  return (markdown.trim().split(/\n\s*\n/)[0] ?? '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // [text](url) → text
    .replace(/<[^>]*>/g, '') // inline HTML tags
    .replace(/[*_`#>\[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------- filters

/** Filter names, in the order the finder shows them (also the URL parameters of the finder). */
export const FILTER_NAMES = ['type', 'region', 'level', 'cost', 'childcare', 'women', 'literacy', 'time', 'help'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

interface FilterDef {
  /** The legend of the filter's fieldset. */
  legend: (t: Translate) => string;
  /**
   * The offer's values for this filter as keys that are the same in every language (enum values,
   * language codes, the region's German name): the finder's URL, so a result list keeps its
   * filters when the reader switches language.
   */
  keys: (o: OfferFacts, c: OfferContext) => string[];
  /** A key's label in the page's language: what the filter shows and the search index holds. */
  label: (key: string, c: Pick<OfferContext, 't' | 'lang'>) => string;
  /** Preferred order of keys (others follow by count); none: by count. */
  order?: (c: Omit<OfferContext, 'regionName'>) => readonly string[];
  /** Values are German proper names (regions). */
  germanValues?: true;
}

/** The key of a yes/no filter that an offer has ("childcare", "women only", "literacy"). */
export const YES = 'yes';
const yes = (value: boolean | undefined) => (value ? [YES] : []);

export const FILTERS: Readonly<Record<FilterName, FilterDef>> = {
  type: {
    legend: (t) => t('offers.type'),
    keys: (o) => [o.type],
    label: (key, c) => typeLabel(c.t, key as OfferType),
    order: () => OFFER_TYPES,
  },
  region: {
    legend: (t) => t('offers.region'),
    keys: (_, c) => [...(c.regionNames ?? [c.regionName])],
    label: (key) => key,
    // The caller passes every region, A to Z by place name (src/lib/site/regions.ts), not by count.
    order: (c) => [...(c.regionNames ?? [])],
    germanValues: true,
  },
  level: {
    legend: (t) => t('offers.levels'),
    keys: (o) => o.levels.filter((l) => l !== 'literacy'),
    label: (key, c) => levelLabel(c.t, key),
    order: () => LEVELS,
  },
  cost: {
    legend: (t) => t('offers.cost'),
    keys: (o) => (o.feeEuro === undefined ? [] : [o.feeEuro === 0 ? 'free' : 'paid']),
    label: (key, c) => c.t(`offers.cost.${key as 'free' | 'paid'}`),
    order: () => ['free', 'paid'],
  },
  childcare: { legend: (t) => t('offers.childcare'), keys: (o) => yes(o.childcare), label: (_, c) => c.t('offers.childcare') },
  women: { legend: (t) => t('offers.womenOnly'), keys: (o) => yes(o.womenOnly), label: (_, c) => c.t('offers.womenOnly') },
  literacy: {
    legend: (t) => t('offers.level.literacy'),
    keys: (o) => yes(o.type === 'literacy-course' || o.levels.includes('literacy')),
    label: (_, c) => c.t('offers.level.literacy'),
  },
  time: {
    legend: (t) => t('offers.time'),
    keys: (o) => o.timesOfDay,
    label: (key, c) => timeLabel(c.t, key as TimeOfDay),
    order: () => TIMES_OF_DAY,
  },
  help: { legend: (t) => t('offers.helpLanguages'), keys: (o) => o.helpLanguages, label: (key, c) => languageName(c.lang, key) },
};

/** The filter keys of one offer (language-neutral): filter name → keys. */
export function offerFilterKeys(o: OfferFacts, c: OfferContext): Record<FilterName, string[]> {
  return Object.fromEntries(FILTER_NAMES.map((name) => [name, FILTERS[name].keys(o, c)])) as Record<FilterName, string[]>;
}

/** Pagefind filters of one offer in one language: filter name → labels in the page's language. */
export function offerFilters(o: OfferFacts, c: OfferContext): Record<FilterName, string[]> {
  return Object.fromEntries(FILTER_NAMES.map((name) => [name, FILTERS[name].keys(o, c).map((k) => FILTERS[name].label(k, c))])) as Record<
    FilterName,
    string[]
  >;
}

// ---------------------------------------------------------------- structured data

export interface JsonLdPage {
  title: string;
  description: string;
  url: string;
  /** Language of title and description. */
  lang: string;
}

/**
 * schema.org Course for courses, Event otherwise, with location (a postal address, the online
 * page, or Hessen for statewide offers), provider, contact and price (only where known).
 */
export function offerJsonLd(o: OfferFacts, page: JsonLdPage): Record<string, unknown> {
  const isCourse = o.type === 'german-course' || o.type === 'literacy-course';
  const address = {
    '@type': 'PostalAddress',
    ...(o.street ? { streetAddress: o.street } : {}),
    ...(o.postcode ? { postalCode: o.postcode } : {}),
    ...(o.town || o.municipality ? { addressLocality: o.town ?? o.municipality } : {}),
    addressRegion: 'Hessen',
    addressCountry: 'DE',
  };
  const location = o.online
    ? { '@type': 'VirtualLocation', ...(o.website ? { url: o.website } : {}) }
    : { '@type': 'Place', name: o.venue ?? o.municipality ?? 'Hessen', address };
  const provider = {
    '@type': 'Organization',
    name: o.provider,
    ...(o.website ? { url: o.website } : {}),
    ...(o.phone ? { telephone: o.phone } : {}),
    ...(o.email ? { email: o.email } : {}),
  };
  const registrationUrl = o.registrationUrl ?? (o.registration.includes('website') ? o.website : undefined);
  // No empty Offer: without a known price or a registration page there is nothing to say.
  const offers =
    o.feeEuro === undefined && !registrationUrl
      ? {}
      : {
          offers: {
            '@type': 'Offer',
            ...(o.feeEuro !== undefined ? { price: o.feeEuro, priceCurrency: 'EUR' } : {}),
            ...(registrationUrl ? { url: registrationUrl } : {}),
          },
        };
  const dates = {
    ...(o.startDate ? { startDate: isoDate(o.startDate) } : {}),
    ...(o.endDate ? { endDate: isoDate(o.endDate) } : {}),
  };
  const base = { '@context': 'https://schema.org', name: page.title, description: page.description, url: page.url, inLanguage: page.lang };
  return isCourse
    ? {
        ...base,
        '@type': 'Course',
        provider,
        ...offers,
        hasCourseInstance: { '@type': 'CourseInstance', courseMode: o.online ? 'online' : 'onsite', location, ...dates },
      }
    : {
        ...base,
        '@type': 'Event',
        organizer: provider,
        location,
        ...offers,
        eventAttendanceMode: `https://schema.org/${o.online ? 'Online' : 'Offline'}EventAttendanceMode`,
        ...dates,
      };
}

// ---------------------------------------------------------------- spreadsheet import

/**
 * How a spreadsheet cell becomes a value: text as written; `labels` through the German labels
 * of the field's values (src/lib/offers/importVocabulary.ts), `label` the same for one value;
 * yes/no, dates as 03.02.2027, times as 9:00, amounts in euros, weekdays as Mo, Di, ….
 */
export type CellKind = 'text' | 'label' | 'labels' | 'yesNo' | 'flag' | 'date' | 'time' | 'euro' | 'weekdays';

export interface OfferColumn {
  /** The German heading in the template docs/angebote-vorlage.csv. */
  heading: string;
  field: keyof OfferFacts | 'title';
  cell: CellKind;
  /** The column must be in the spreadsheet. */
  required?: true;
}

/** The import's columns, in the order the fields are written to the offer file. */
export const OFFER_COLUMNS: readonly OfferColumn[] = [
  { heading: 'Titel', field: 'title', cell: 'text', required: true },
  { heading: 'Beispiel', field: 'sample', cell: 'flag' },
  { heading: 'Quelle', field: 'source', cell: 'text' },
  { heading: 'Art', field: 'type', cell: 'label', required: true },
  { heading: 'Region', field: 'region', cell: 'text', required: true },
  { heading: 'Ort', field: 'municipality', cell: 'text', required: true },
  { heading: 'Online', field: 'online', cell: 'flag' },
  { heading: 'Anbieter', field: 'provider', cell: 'text', required: true },
  { heading: 'Treffpunkt', field: 'venue', cell: 'text' },
  { heading: 'Straße und Hausnummer', field: 'street', cell: 'text' },
  { heading: 'PLZ', field: 'postcode', cell: 'text' },
  { heading: 'Ort der Adresse', field: 'town', cell: 'text' },
  { heading: 'Telefon', field: 'phone', cell: 'text' },
  { heading: 'E-Mail', field: 'email', cell: 'text' },
  { heading: 'Webseite', field: 'website', cell: 'text' },
  { heading: 'Ohne Stufen erreichbar', field: 'stepFree', cell: 'yesNo' },
  { heading: 'Niveau', field: 'levels', cell: 'labels' },
  { heading: 'Kosten in Euro', field: 'feeEuro', cell: 'euro' },
  { heading: 'Kinderbetreuung', field: 'childcare', cell: 'yesNo' },
  { heading: 'Nur für Frauen', field: 'womenOnly', cell: 'yesNo' },
  { heading: 'Tageszeit', field: 'timesOfDay', cell: 'labels' },
  { heading: 'Wochentage', field: 'weekdays', cell: 'weekdays' },
  { heading: 'Uhrzeit von', field: 'timeFrom', cell: 'time' },
  { heading: 'Uhrzeit bis', field: 'timeTo', cell: 'time' },
  { heading: 'Hilfe auf', field: 'helpLanguages', cell: 'labels' },
  { heading: 'Für wen', field: 'targetGroups', cell: 'labels' },
  { heading: 'Anmeldung', field: 'registration', cell: 'labels' },
  { heading: 'Telefon für die Anmeldung', field: 'registrationPhone', cell: 'text' },
  { heading: 'E-Mail für die Anmeldung', field: 'registrationEmail', cell: 'text' },
  { heading: 'Anmeldung im Internet', field: 'registrationUrl', cell: 'text' },
  { heading: 'Mitbringen', field: 'bring', cell: 'labels' },
  { heading: 'Beginn', field: 'startDate', cell: 'date' },
  { heading: 'Ende', field: 'endDate', cell: 'date' },
  { heading: 'Zuletzt geprüft', field: 'lastChecked', cell: 'date', required: true },
];
