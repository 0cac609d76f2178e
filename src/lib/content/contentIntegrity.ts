/**
 * Checks across content entries that a per-entry schema cannot see: references to regions,
 * and translations that have no German original. Pure; used by the build (src/data/site.ts)
 * and by tests. Every issue names the file, the field and the fix.
 */

export interface ContentRecord {
  /** Entry id: `de/programm` for localized collections, `landkreis-giessen` for data. */
  id: string;
  /** Path of the source file relative to the project, e.g. `content/offers/de/x.md`. */
  file: string;
  data: Record<string, unknown>;
  /** Markdown body, for the version hash of German texts. */
  body?: string | undefined;
}

export interface ContentIssue {
  file: string;
  field: string;
  message: string;
}

export interface ContentSet {
  /** Localized text collections: ids are `<lang>/<slug>`. */
  localized: Record<string, ContentRecord[]>;
  regions: ContentRecord[];
  contacts: ContentRecord[];
  /** German offers (ids are slugs) and their translations (ids `<lang>/<slug>`). */
  offers: ContentRecord[];
  offerTranslations: ContentRecord[];
}

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}, field "${issue.field}": ${issue.message}`;
}

/** Thrown by the build with every problem at once, so an editor can fix them in one go. */
export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    super(
      `Invalid content (${issues.length} problem${issues.length === 1 ? '' : 's'}); nothing was published:\n` +
        issues.map((i) => `  - ${formatIssue(i)}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}

function splitId(id: string): [string, string] {
  const i = id.indexOf('/');
  return i < 0 ? ['', id] : [id.slice(0, i), id.slice(i + 1)];
}

/** Translations (`<lang>/<slug>`) whose German original (`<defaultLocale>/<slug>`) does not exist. */
export function findMissingOriginals(
  records: readonly ContentRecord[],
  defaultLocale: string,
  germanSlugs: ReadonlySet<string> = new Set(
    records.map((r) => splitId(r.id)).filter(([l]) => l === defaultLocale).map(([, s]) => s),
  ),
): ContentIssue[] {
  return records
    .map((r) => ({ r, parts: splitId(r.id) }))
    .filter(({ parts: [locale, slug] }) => locale !== defaultLocale && !germanSlugs.has(slug))
    .map(({ r, parts: [, slug] }) => ({
      file: r.file,
      field: '(file name)',
      message:
        `this translation has no German original. Create content/…/${defaultLocale}/${slug} first, ` +
        `or rename this file to the slug of an existing German entry.`,
    }));
}

/** Entries whose `field` names a region that does not exist in content/regions/. */
export function findUnknownRegions(
  records: readonly ContentRecord[],
  regionIds: ReadonlySet<string>,
  field = 'region',
): ContentIssue[] {
  const known = [...regionIds].sort();
  return records
    .filter((r) => typeof r.data[field] === 'string' && !regionIds.has(r.data[field] as string))
    .map((r) => ({
      file: r.file,
      field,
      message:
        `"${String(r.data[field])}" is not a known region. Use the file name (without .yaml) of a region in ` +
        `content/regions/, e.g. ${known.slice(0, 3).join(', ')}${known.length > 3 ? ', …' : ''}.`,
    }));
}

/**
 * Translations must record the German version they were made from (`sourceHash`), and must
 * be marked `outdated: true` once the German text has changed since.
 */
export function findStaleTranslations(
  records: readonly ContentRecord[],
  originals: ReadonlyMap<string, ContentRecord>,
  defaultLocale: string,
  hashOf: (original: ContentRecord) => string,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const r of records) {
    const [locale, slug] = splitId(r.id);
    const original = originals.get(slug);
    if (locale === defaultLocale || !original) continue;
    const recorded = r.data['sourceHash'];
    if (typeof recorded !== 'string') {
      issues.push({
        file: r.file,
        field: 'sourceHash',
        message: `missing: record which German version this translation was made from with \`npm run translations:stamp -- ${r.file}\`.`,
      });
    } else if (recorded !== hashOf(original) && r.data['outdated'] !== true) {
      issues.push({
        file: r.file,
        field: 'sourceHash',
        message:
          `the German text (${original.file}) has changed since this translation was made. Update the translation and ` +
          `run \`npm run translations:stamp -- ${r.file}\`, or add \`outdated: true\` so readers see that the German text is newer.`,
      });
    }
  }
  return issues;
}

/** All cross-entry problems of a content set. An empty list means the content is consistent. */
export function checkContentIntegrity(
  set: ContentSet,
  defaultLocale: string,
  hashOf: (original: ContentRecord) => string,
): ContentIssue[] {
  const regionIds = new Set(set.regions.map((r) => r.id));
  const offerSlugs = new Set(set.offers.map((o) => o.id));
  const germanBySlug = (records: readonly ContentRecord[]) =>
    new Map(records.filter((r) => splitId(r.id)[0] === defaultLocale).map((r) => [splitId(r.id)[1], r]));
  return [
    ...Object.values(set.localized).flatMap((records) => findMissingOriginals(records, defaultLocale)),
    ...findMissingOriginals(set.offerTranslations, defaultLocale, offerSlugs),
    ...Object.values(set.localized).flatMap((records) =>
      findStaleTranslations(records, germanBySlug(records), defaultLocale, hashOf),
    ),
    ...findStaleTranslations(set.offerTranslations, new Map(set.offers.map((o) => [o.id, o])), defaultLocale, hashOf),
    ...findUnknownRegions(set.offers, regionIds),
    ...findUnknownRegions(set.contacts, regionIds),
  ];
}
