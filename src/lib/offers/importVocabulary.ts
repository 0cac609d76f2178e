/**
 * The words a spreadsheet may use in each column (German labels from the UI dictionary, short
 * forms and codes), mapped to the schema's values. Lowercase keys.
 */
import de from '../../i18n/ui/de.json' with { type: 'json' };
import type { Translate } from '../../i18n/translator.ts';
import { BRING_ITEMS, HELP_LANGUAGES, LEVELS, OFFER_TYPES, REGISTRATION_METHODS, TARGET_GROUPS, TIMES_OF_DAY } from '../content/enums.ts';
import { languageName } from '../site/format.ts';
import { levelLabel, timeLabel, typeLabel } from './model.ts';
import type { Vocabulary } from './offerImport.ts';

// The German dictionary read directly: this runs in plain Node (the import script), where the
// translator's import.meta.glob is not available. The labels need no plurals or interpolation.
const dictionary: Record<string, string> = de;
const t: Translate = (key) => dictionary[key] ?? key;

/**
 * Lookup by lowercase word: each value by its German label (the first word, shown in messages),
 * by its code, and by any extra words. The labels are the ones the site shows.
 */
function byLabel<V extends string>(what: string, values: readonly V[], label: (value: V) => string, extra: [string, V][] = []) {
  const entries: [string, V][] = [
    ...values.flatMap((v): [string, V][] => [
      [label(v), v],
      [v, v],
    ]),
    ...extra,
  ];
  return {
    what,
    lookup: new Map<string, string>(entries.map(([k, v]) => [k.toLowerCase(), v])),
    display: values.map(label),
  };
}

/** For every column of kind `label`/`labels` in OFFER_COLUMNS (src/lib/offers/model.ts). */
export function importVocabulary(): Vocabulary {
  return {
    labels: {
      type: byLabel('die Art', OFFER_TYPES, (v) => typeLabel(t, v)),
      levels: byLabel('das Niveau', LEVELS, (v) => levelLabel(t, v)),
      timesOfDay: byLabel('die Tageszeit', TIMES_OF_DAY, (v) => timeLabel(t, v)),
      registration: byLabel('die Anmeldung', REGISTRATION_METHODS, (v) => t(`offers.registration.${v}`), [
        ['keine', 'none'],
        ['persönlich', 'in-person'],
        ['telefon', 'phone'],
        ['e-mail', 'email'],
        ['online', 'link'],
        ['website', 'website'],
        ['webseite', 'website'],
        ['ansprechstelle', 'contact-point'],
      ]),
      bring: byLabel('das Mitzubringende', BRING_ITEMS, (v) => t(`offers.bring.${v}`), [
        ['ausweis', 'id-document'],
        ['pass', 'id-document'],
        ['berechtigungsschein', 'course-entitlement'],
      ]),
      targetGroups: byLabel('die Zielgruppe', TARGET_GROUPS, (v) => t(`offers.target.${v}`)),
      helpLanguages: byLabel('die Sprachen', HELP_LANGUAGES, (v) => languageName('de', v)),
    },
  };
}
