/**
 * The allowed values of the content's enum fields (used by the schema in src/content.config.ts,
 * the offer model, labels and filters). Plain data without imports, so that browser code can
 * use it without pulling in the content loaders.
 */

/** Kinds of WIR region. Hanau is a kreisfreie Stadt since 1 January 2026. */
export const REGION_KINDS = ['landkreis', 'kreisfreie-stadt', 'sonderstatusstadt'] as const;
/** The three Regierungsbezirke of Hessen. */
export const DISTRICTS = ['Darmstadt', 'Gießen', 'Kassel'] as const;
/**
 * Kinds of contact point: a region's WIR-Vielfaltszentrum, its integration office (where the
 * centre's own page is not known), and the state programme's official pages (everyone's fallback).
 */
export const CONTACT_KINDS = ['wir-vielfaltszentrum', 'integration-office', 'state-programme'] as const;
/** Types of local offer. */
export const OFFER_TYPES = [
  'german-course',
  'literacy-course',
  'language-cafe',
  'integration-guides',
  'counselling',
  'project',
] as const;
/** Course levels (CEFR) plus literacy. */
export const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'literacy'] as const;
/** Times of day an offer takes place. */
export const TIMES_OF_DAY = ['morning', 'afternoon', 'evening', 'weekend'] as const;
/**
 * Ways to register for an offer. `none` = just come along; `website` = the provider's web page
 * says how; `contact-point` = through the region's WIR-Vielfaltszentrum or integration office
 * (state programmes whose courses are arranged locally).
 */
export const REGISTRATION_METHODS = ['none', 'in-person', 'phone', 'email', 'link', 'website', 'contact-point'] as const;
/** What to bring to an offer (shown in "How to take part"). */
export const BRING_ITEMS = ['id-document', 'residence-document', 'course-entitlement', 'writing-things'] as const;
/** Days of the week, Monday first. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** Languages in which help is available on site (ISO 639-1/-3 codes; names come from Intl.DisplayNames). */
export const HELP_LANGUAGES = [
  'de', 'en', 'ar', 'fa', 'ps', 'tr', 'ku', 'uk', 'ru', 'ti', 'ro', 'bg',
  'fr', 'es', 'it', 'pl', 'sq', 'so', 'ur', 'am', 'ckb', 'prs',
] as const;
/** Who an offer is for. */
export const TARGET_GROUPS = [
  'everyone',
  'newcomers',
  'no-integration-course',
  'refugees',
  'women',
  'parents',
  'young-people',
  'seniors',
] as const;
