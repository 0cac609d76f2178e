/**
 * How old a "last checked" date may be before editors are warned (content:check) and readers see a
 * prominent "as of" notice. One setting for both; content:check also takes `--max-age-months`.
 */
export const MAX_AGE_MONTHS = 12;

export function isStale(lastChecked: Date, today: Date = new Date(), months: number = MAX_AGE_MONTHS): boolean {
  const limit = new Date(today);
  limit.setUTCMonth(limit.getUTCMonth() - months);
  return lastChecked < limit;
}
