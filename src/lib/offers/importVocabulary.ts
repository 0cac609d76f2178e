/**
 * The words a spreadsheet may use in each column (German labels from the UI dictionary, short
 * forms and codes), mapped to the schema's values. Lowercase keys.
 */
import de from '../../i18n/ui/de.json' with { type: 'json' };
import { HELP_LANGUAGES, LEVELS, OFFER_TYPES, REGISTRATION_METHODS, TARGET_GROUPS, TIMES_OF_DAY } from '../content/enums.ts';
import { languageName } from '../site/format.ts';
import type { Vocabulary } from './offerImport.ts';

const dict = de as Record<string, string>;
/** Lookup by lowercase word; the first word given per value is the one shown in messages. */
const map = (what: string, entries: [string, string][]) => ({
  what,
  lookup: new Map(entries.map(([k, v]) => [k.toLowerCase(), v])),
  display: [...new Map([...entries].reverse().map(([k, v]) => [v, k])).values()].reverse(),
});

/** For every column of kind `label`/`labels` in OFFER_COLUMNS (src/lib/offers/model.ts). */
export function importVocabulary(): Vocabulary {
  return {
    labels: {
      type: map(
        'die Art',
        OFFER_TYPES.flatMap((t) => [
          [dict[`offers.type.${t}`]!, t],
          [t, t],
        ]),
      ),
      levels: map('das Niveau', [
        ...LEVELS.map((l): [string, string] => [l === 'literacy' ? dict['offers.level.literacy']! : l, l]),
        ['literacy', 'literacy'],
      ]),
      timesOfDay: map(
        'die Tageszeit',
        TIMES_OF_DAY.flatMap((t) => [
          [dict[`offers.time.${t}`]!, t],
          [t, t],
        ]),
      ),
      registration: map('die Anmeldung', [
        ...REGISTRATION_METHODS.flatMap(
          (r) =>
            [
              [dict[`offers.registration.${r}`]!, r],
              [r, r],
            ] as [string, string][],
        ),
        ['keine', 'none'],
        ['persönlich', 'in-person'],
        ['telefon', 'phone'],
        ['e-mail', 'email'],
        ['online', 'link'],
      ]),
      targetGroups: map(
        'die Zielgruppe',
        TARGET_GROUPS.flatMap((g) => [
          [dict[`offers.target.${g}`]!, g],
          [g, g],
        ]),
      ),
      helpLanguages: map(
        'die Sprachen',
        HELP_LANGUAGES.flatMap((c) => [
          [languageName('de', c), c],
          [c, c],
        ]),
      ),
    },
  };
}
