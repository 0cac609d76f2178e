import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_FOLDERS } from './folders.ts';
import { checkEasyLanguage } from './easyLanguage.ts';
import { readContentFile } from './files.ts';

const rules = (body: string) => checkEasyLanguage(body).map((f) => [f.rule, f.line, f.text]);

describe('checkEasyLanguage', () => {
  it('accepts text by the rules: one short active sentence a line, compounds with a hyphen', () => {
    expect(rules('## Deutsch-Kurse\n\nSie möchten Deutsch lernen?\nDann gibt es einen Integrations-Kurs.\nDas Programm gibt es seit dem 1. September 2025.\n')).toEqual([]);
  });
  it('finds two sentences on one line', () => {
    expect(rules('Das ist gut. Das ist auch gut.')).toEqual([['oneStatementPerLine', 1, 'Das ist gut. Das ist auch gut.']]);
  });
  it('finds a sentence of more than 15 words', () => {
    const long = 'Sie können mit der Frau vom Amt in der Stadt am Montag oder am Dienstag ganz in Ruhe sprechen.';
    expect(rules(`\n${long}`)).toEqual([['sentenceLength', 2, long]]);
  });
  it('counts a sentence that runs over two lines as one, and does not end a sentence at "z. B."', () => {
    const long = 'Sie können mit der Frau vom Amt\nin der Stadt am Montag oder am Dienstag ganz in Ruhe sprechen.';
    expect(rules(long).map((r) => [r[0], r[1]])).toEqual([['sentenceLength', 1]]);
    expect(rules('Zum Beispiel z. B. Gießen oder Hanau.')).toEqual([]);
  });

  it('finds the passive and the future with "werden"', () => {
    expect(rules('Der Kurs wird bezahlt.').map((r) => r[0])).toEqual(['passive']);
    expect(rules('Sie werden angerufen.').map((r) => r[0])).toEqual(['passive']);
  });
  it('finds long compounds without a hyphen, not in names kept whole or in link targets', () => {
    expect(rules('Der Integrationskurs ist gut.')).toEqual([['longWord', 1, 'Integrationskurs']]);
    expect(rules('Hier: [Alphabetisierung](../angebote/?literacy=Alphabetisierungskurse).')).toEqual([]);
  });
});

describe('the Leichte Sprache pages', () => {
  const folder = `${CONTENT_FOLDERS.pages}/de`;
  const pages = readdirSync(folder)
    .map((f) => readContentFile(`${folder}/${f}`))
    .filter((p) => p.data['translate'] === false);
  it('keep the checkable rules of Leichte Sprache', () => {
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(pages.flatMap((p) => checkEasyLanguage(p.body).map((f) => `${p.file}: body line ${f.line}: ${f.rule}: ${f.text}`))).toEqual([]);
  });
});
