// @ts-check
// `npm run content:check [-- --lang en] [-- --max-age-months 12]`: checks all content for editors
// with the content rules (src/lib/content/rules.ts). Exit code 1 when there are errors, 0 with
// warnings only. Also runs first in `npm run build`.
import { checkContent } from '../src/lib/content/files.ts';
import { formatFinding, summary } from '../src/lib/content/messages.ts';
import { MAX_AGE_MONTHS } from '../src/lib/content/freshness.ts';

const args = process.argv.slice(2);
/** @param {string} name @param {string} fallback */
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? String(args[i + 1]) : fallback;
};
const lang = option('lang', 'de') === 'en' ? 'en' : 'de';
const maxAgeMonths = Number(option('max-age-months', String(MAX_AGE_MONTHS)));
const findings = checkContent({ root: option('root', '.'), lang, maxAgeMonths });
for (const f of findings) console.log(formatFinding(f, lang));
console.log(summary(findings, lang));
process.exit(findings.some((f) => f.severity === 'error') ? 1 : 0);
