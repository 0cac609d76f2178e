/**
 * What the town lookup says and where its region links lead, in one language. It travels in the
 * lookup's data file (/{lang}/orte/daten.json, `m`), which loads on the first use of the field,
 * instead of as data-* attributes in the HTML of every page that shows the form (home, regions,
 * towns, finder): 0.2 to 0.3 kB gzip per page that a person who never uses the field does not need.
 */
import type { PageContext } from '../../i18n/pageContext.ts';
import type { LookupData } from '../../lib/places/towns.ts';
import { FRAGMENTS, route } from '../../lib/site/routes.ts';

export interface LookupMessages {
  /** A town's region: "Region: {{region}}" ({{region}} is replaced by the region's German name). */
  regionOf: string;
  /** The live region's count: "Suggestions: {{count}}". */
  suggestions: string;
  /** A name of more than one region. */
  choose: string;
  notFound: string;
  /** Region links: `${regionBase}${id}/#${fragment}` (the region page's contact point). */
  regionBase: string;
  fragment: string;
}

/** The lookup's data file: the places (src/data/places.ts) and the messages. */
export type LookupFile = LookupData & { m: LookupMessages };

export function lookupMessages({ t, href }: Pick<PageContext, 't' | 'href'>): LookupMessages {
  return {
    regionOf: t('towns.regionOf', { region: '{{region}}' }),
    suggestions: t('towns.suggestions', { count: '{{count}}' }),
    choose: t('towns.choose'),
    notFound: t('towns.notFound'),
    regionBase: href(route.regions()),
    fragment: FRAGMENTS.help,
  };
}
