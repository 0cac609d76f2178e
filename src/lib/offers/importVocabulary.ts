/**
 * The words a spreadsheet may use in each column (German labels from the UI dictionary, short
 * forms and codes), mapped to the schema's values. Lowercase keys.
 */
import de from '../../i18n/ui/de.json' with { type: 'json' };
import { HELP_LANGUAGES, LEVELS, OFFER_TYPES, REGISTRATION_METHODS, TARGET_GROUPS, TIMES_OF_DAY } from '../../content.config.ts';
import { languageName } from '../site/format.ts';
import type { Vocabulary } from './offerImport.ts';

const dict = de as Record<string, string>;
/** Lookup by lowercase word; the first word given per value is the one shown in messages. */
const map = (entries: [string, string][]) => ({
  lookup: new Map(entries.map(([k, v]) => [k.toLowerCase(), v])),
  display: [...new Map([...entries].reverse().map(([k, v]) => [v, k])).values()].reverse(),
});

export function importVocabulary(regions: ReadonlySet<string>): Vocabulary {
  return {
    regions,
    labels: {
      type: map(OFFER_TYPES.flatMap((t) => [[dict[`offers.type.${t}`]!, t], [t, t]])),
      levels: map([
        ...LEVELS.map((l): [string, string] => [l === 'literacy' ? dict['offers.level.literacy']! : l, l]),
        ['literacy', 'literacy'],
      ]),
      timesOfDay: map(TIMES_OF_DAY.flatMap((t) => [[dict[`offers.time.${t}`]!, t], [t, t]])),
      registration: map([
        ...REGISTRATION_METHODS.flatMap((r) => [[dict[`offers.registration.${r}`]!, r], [r, r]] as [string, string][]),
        ['keine', 'none'], ['persönlich', 'in-person'], ['telefon', 'phone'], ['e-mail', 'email'], ['online', 'link'],
      ]),
      targetGroups: map(TARGET_GROUPS.flatMap((g) => [[dict[`offers.target.${g}`]!, g], [g, g]])),
      helpLanguages: map(HELP_LANGUAGES.flatMap((c) => [[languageName('de', c), c], [c, c]])),
    },
  };
}
