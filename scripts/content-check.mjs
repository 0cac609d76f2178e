// `npm run content:check [-- --lang en] [-- --max-age-months 12]`: checks all content for editors.
// Exit code 1 when there are errors, 0 with warnings only. Also runs first in `npm run build`.
import { checkContent, formatFinding, summary } from '../src/lib/content/contentCheck.ts';
import { MAX_AGE_MONTHS } from '../src/lib/content/freshness.ts';
import { defaultLocale, localeCodes } from '../src/i18n/locales.ts';
import { contactSchema, focusAreaSchema, offerSchema, offerTranslationSchema, pageSchema, regionSchema } from '../src/content.config.ts';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const lang = option('lang', 'de') === 'en' ? 'en' : 'de';
const maxAgeMonths = Number(option('max-age-months', String(MAX_AGE_MONTHS)));
const findings = checkContent({
  root: option('root', '.'),
  defaultLocale,
  locales: localeCodes,
  lang,
  maxAgeMonths,
  today: new Date(),
  schemas: { page: pageSchema, focusArea: focusAreaSchema, region: regionSchema, contact: contactSchema, offer: offerSchema, offerTranslation: offerTranslationSchema },
});
for (const f of findings) console.log(formatFinding(f, lang));
console.log(summary(findings, lang));
process.exit(findings.some((f) => f.severity === 'error') ? 1 : 0);
