// `npm run terms [lang ...]`: where a translation does not use the term base's chosen term
// (src/i18n/terms.json) although its German source uses the German term, by file and line, and
// the number of such places per language. Exits with 1 when there are any (the test fails then too).
import { contentTermFindings, findingLine, uiTermFindings } from '../src/i18n/termCheck.ts';

const only = new Set(process.argv.slice(2));
const findings = [...uiTermFindings(), ...contentTermFindings()].filter((f) => only.size === 0 || only.has(f.lang));
for (const f of findings) console.log(findingLine(f));
const perLang = Map.groupBy(findings, (f) => f.lang);
console.log(`\n${findings.length} places that do not use the chosen term${perLang.size ? ':' : '.'}`);
for (const [lang, list] of perLang) console.log(`  ${lang.padEnd(3)} ${String(list.length).padStart(4)}`);
process.exitCode = findings.length > 0 ? 1 : 0;
