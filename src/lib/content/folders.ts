/**
 * Where each content collection's files live, relative to the project. The loaders of
 * src/content.config.ts, the content rules, the tools and the import read the same folders.
 * Plain data without imports (the content rules are pure and run in Node scripts too).
 */
export const CONTENT_FOLDERS = {
  pages: 'content/pages',
  focusAreas: 'content/focus-areas',
  regions: 'content/regions',
  contacts: 'content/contacts',
  /** The towns of Hessen (Destatis list, CSV) and their names in other scripts (YAML). */
  towns: 'content/towns',
  /** German offers in `<folder>/de/`, translations in `<folder>/<lang>/`. */
  offers: 'content/offers',
} as const;
