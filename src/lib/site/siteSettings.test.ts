import { describe, expect, it } from 'vitest';
import { parseOperator, readSiteSettings } from './siteSettings.ts';

describe('site settings', () => {
  it('keep the examples unless SITE_EXAMPLES=off, and refuse other values with the fix', () => {
    expect(readSiteSettings({}).includeExamples).toBe(true);
    expect(readSiteSettings({ SITE_EXAMPLES: 'on' }).includeExamples).toBe(true);
    expect(readSiteSettings({ SITE_EXAMPLES: ' OFF ', SITE_OPERATOR: 'M | Weg 1 | 65187 Wiesbaden | a@b.example' }).includeExamples).toBe(
      false,
    );
    // The public build needs the operator.
    expect(() => readSiteSettings({ SITE_EXAMPLES: 'off' })).toThrow(/SITE_OPERATOR setzen/);
    expect(() => readSiteSettings({ SITE_EXAMPLES: 'no' })).toThrow(/SITE_EXAMPLES="no".*on .*off/);
  });
  it('leave the operator unset when SITE_OPERATOR is missing or empty', () => {
    expect(readSiteSettings({}).operator).toBeUndefined();
    expect(parseOperator('  |  ')).toBeUndefined();
  });
  it('read the operator as lines, linking the e-mail address, the phone number and the web address', () => {
    expect(
      parseOperator(
        'Musterverein e. V. | Beispielweg 1 | 65187 Wiesbaden | kontakt@musterverein.example | 069 90009 999 | https://example.org/',
      ),
    ).toEqual([
      { text: 'Musterverein e. V.' },
      { text: 'Beispielweg 1' },
      { text: '65187 Wiesbaden' },
      { text: 'kontakt@musterverein.example', href: 'mailto:kontakt@musterverein.example' },
      { text: '069 90009 999', href: 'tel:06990009999' },
      { text: 'https://example.org/', href: 'https://example.org/' },
    ]);
  });
  it('refuse an operator without an e-mail address or without an address (an Impressum needs both)', () => {
    expect(() => parseOperator('Musterverein | Beispielweg 1 | 65187 Wiesbaden')).toThrow(/keine E-Mail-Adresse/);
    expect(() => parseOperator('Musterverein | kontakt@musterverein.example')).toThrow(/Name, Anschrift .* und E-Mail-Adresse/);
    // Three lines, but no postal address.
    expect(() => parseOperator('Musterverein | kontakt@musterverein.example | 069 90009 999')).toThrow(/Postleitzahl Ort/);
    // "+49 (0)611 …" dials without the (0).
    expect(parseOperator('M | Weg 1 | 65187 Wiesbaden | a@b.example | +49 (0)611 90009')?.[4]?.href).toBe('tel:+4961190009');
    // A web address that is not https is text, not a link.
    expect(parseOperator('M | Weg 1 | 65187 Wiesbaden | a@b.example | http://example.org')?.[4]).toEqual({ text: 'http://example.org' });
  });
});

describe('the build', () => {
  it('warns when SITE_OPERATOR is unset, says when examples are left out, and stops on an invalid value', async () => {
    const { checkSettings } = await import('../../integrations/contentCheck.ts');
    const said: string[] = [];
    const logger = { warn: (m: string) => said.push(`warn: ${m}`), info: (m: string) => said.push(`info: ${m}`) };
    checkSettings(logger, {});
    expect(said).toEqual([expect.stringMatching(/^warn: SITE_OPERATOR ist nicht gesetzt/)]);
    said.length = 0;
    checkSettings(logger, { SITE_OPERATOR: 'M | Weg 1 | 65187 Wiesbaden | a@b.example', SITE_EXAMPLES: 'off' });
    expect(said).toEqual(['info: SITE_EXAMPLES=off: Beispielangebote werden weggelassen.']);
    expect(() => checkSettings(logger, { SITE_OPERATOR: 'nur ein Name' })).toThrow(/SITE_OPERATOR/);
  });
});
