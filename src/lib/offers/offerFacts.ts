/**
 * The structured facts of an offer as label/value rows in one language: labels and values from
 * the UI dictionary, dates, times, amounts, weekdays and language names via Intl. Pure, so that
 * the offer page, the result cards and the tests share one rendering.
 */
import { formatDate, formatEuro, formatList, formatTime, languageName, weekdayName, type Weekday } from '../site/format.ts';

export interface OfferFactsInput {
  type: string;
  municipality: string;
  provider: string;
  levels: readonly string[];
  feeEuro: number;
  childcare: boolean;
  womenOnly: boolean;
  timesOfDay: readonly string[];
  weekdays: readonly string[];
  timeFrom?: string | undefined;
  timeTo?: string | undefined;
  venue?: string | undefined;
  stepFree?: boolean | undefined;
  helpLanguages: readonly string[];
  targetGroups: readonly string[];
  registration: readonly string[];
  startDate?: Date | undefined;
  endDate?: Date | undefined;
}

export interface FactRow {
  /** Stable id of the row, e.g. "cost". */
  id: string;
  label: string;
  value: string;
  /** The value is a German proper name (place, provider): mark it lang="de". */
  german?: boolean;
}

type T = (key: string, options?: Record<string, unknown>) => string;

export const levelLabel = (t: T, level: string) => (level === 'literacy' ? t('offers.level.literacy') : level);
export const costLabel = (t: T, lang: string, fee: number) => (fee === 0 ? t('offers.cost.free') : formatEuro(lang, fee));

export function offerFactRows(offer: OfferFactsInput, regionName: string, t: T, lang: string): FactRow[] {
  const list = (items: readonly string[]) => formatList(lang, [...items]);
  const rows: (FactRow | false)[] = [
    { id: 'type', label: t('offers.type'), value: t(`offers.type.${offer.type}`) },
    { id: 'place', label: t('offers.place'), value: offer.municipality, german: true },
    { id: 'region', label: t('offers.region'), value: regionName, german: true },
    !!offer.venue && { id: 'venue', label: t('offers.venue'), value: offer.venue, german: true },
    offer.stepFree !== undefined && {
      id: 'access',
      label: t('offers.access'),
      value: t(offer.stepFree ? 'offers.stepFree.yes' : 'offers.stepFree.no'),
    },
    { id: 'provider', label: t('offers.provider'), value: offer.provider, german: true },
    offer.levels.length > 0 && { id: 'levels', label: t('offers.levels'), value: list(offer.levels.map((l) => levelLabel(t, l))) },
    { id: 'cost', label: t('offers.cost'), value: costLabel(t, lang, offer.feeEuro) },
    { id: 'childcare', label: t('offers.childcare'), value: t(offer.childcare ? 'offers.yes' : 'offers.no') },
    { id: 'women-only', label: t('offers.womenOnly'), value: t(offer.womenOnly ? 'offers.yes' : 'offers.no') },
    offer.targetGroups.length > 0 && {
      id: 'target-groups',
      label: t('offers.targetGroups'),
      value: list(offer.targetGroups.map((g) => t(`offers.target.${g}`))),
    },
    offer.timesOfDay.length > 0 && { id: 'time', label: t('offers.time'), value: list(offer.timesOfDay.map((x) => t(`offers.time.${x}`))) },
    offer.weekdays.length > 0 && {
      id: 'weekdays',
      label: t('offers.weekdays'),
      value: list(offer.weekdays.map((d) => weekdayName(lang, d as Weekday))),
    },
    !!(offer.timeFrom && offer.timeTo) && {
      id: 'hours',
      label: t('offers.hours'),
      value: `${formatTime(lang, offer.timeFrom!)} – ${formatTime(lang, offer.timeTo!)}`,
    },
    {
      id: 'dates',
      label: t('offers.dates'),
      value:
        offer.startDate && offer.endDate
          ? `${formatDate(lang, offer.startDate)} – ${formatDate(lang, offer.endDate)}`
          : offer.startDate
            ? t('offers.starts', { date: formatDate(lang, offer.startDate) })
            : t('offers.ongoing'),
    },
    offer.helpLanguages.length > 0 && {
      id: 'help-languages',
      label: t('offers.helpLanguages'),
      value: list(offer.helpLanguages.map((code) => languageName(lang, code))),
    },
    offer.registration.length > 0 && {
      id: 'registration',
      label: t('offers.registration'),
      value: list(offer.registration.map((r) => t(`offers.registration.${r}`))),
    },
  ];
  return rows.filter((r): r is FactRow => r !== false);
}
