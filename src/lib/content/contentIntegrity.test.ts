import { describe, expect, it } from 'vitest';
import {
  checkContentIntegrity,
  ContentError,
  findMissingOriginals,
  findStaleTranslations,
  findUnknownRegions,
  formatIssue,
} from './contentIntegrity.ts';

/** A stand-in version hash: the German title. */
const hashOf = (r: { data: Record<string, unknown> }) => String(r.data['title']);

const rec = (id: string, file: string, data: Record<string, unknown> = {}) => ({ id, file, data });

describe('content integrity', () => {
  it('finds translations without a German original', () => {
    const issues = findMissingOriginals(
      [rec('de/programm', 'content/pages/de/programm.mdx'), rec('ar/programm', 'a'), rec('fa/familie', 'content/pages/fa/familie.mdx')],
      'de',
    );
    expect(issues.map(formatIssue)).toEqual([
      'content/pages/fa/familie.mdx, field "(file name)": this translation has no German original. ' +
        'Create content/…/de/familie first, or rename this file to the slug of an existing German entry.',
    ]);
  });

  it('finds references to regions that do not exist, listing valid ids', () => {
    const issues = findUnknownRegions(
      [rec('kurs', 'content/offers/de/kurs.md', { region: 'atlantis' }), rec('ok', 'x', { region: 'landkreis-giessen' })],
      new Set(['landkreis-giessen', 'stadt-kassel']),
    );
    expect(issues).toHaveLength(1);
    expect(formatIssue(issues[0]!)).toBe(
      'content/offers/de/kurs.md, field "region": "atlantis" is not a known region. Use the file name (without .yaml) ' +
        'of a region in content/regions/, e.g. landkreis-giessen, stadt-kassel.',
    );
  });

  it('checks a whole content set and reports every problem at once', () => {
    const issues = checkContentIntegrity(
      {
        localized: { pages: [rec('de/a', 'pa'), rec('en/b', 'pb')], focusAreas: [rec('ar/c', 'fc')] },
        regions: [rec('r1', 'content/regions/r1.yaml')],
        contacts: [rec('c1', 'content/contacts/c1.yaml', { region: 'nowhere' }), rec('m', 'm.yaml', {})],
        offers: [rec('o1', 'content/offers/de/o1.md', { region: 'r1', title: 'O1' })],
        offerTranslations: [rec('ar/o1', 'ok.md', { sourceHash: 'O1' }), rec('ar/o2', 'content/offers/ar/o2.md')],
      },
      'de',
      hashOf,
    );
    expect(issues.map((i) => i.file)).toEqual(['pb', 'fc', 'content/offers/ar/o2.md', 'content/contacts/c1.yaml']);
    const error = new ContentError(issues);
    expect(error.message).toMatch(/^Invalid content \(4 problems\); nothing was published:/);
  });

  it('accepts consistent content', () => {
    expect(
      checkContentIntegrity(
        {
          localized: { pages: [rec('de/a', 'a', { title: 'A' }), rec('ar/a', 'b', { sourceHash: 'A' })] },
          regions: [rec('r1', 'r')],
          contacts: [rec('c', 'c', { region: 'r1' })],
          offers: [rec('o', 'o', { region: 'r1', title: 'O' })],
          offerTranslations: [rec('ti/o', 't', { sourceHash: 'O', outdated: false })],
        },
        'de',
        hashOf,
      ),
    ).toEqual([]);
  });

  it('requires translations to record their German version and to be marked when it changed', () => {
    const german = rec('de/programm', 'content/pages/de/programm.mdx', { title: 'V2' });
    const originals = new Map([['programm', german]]);
    const issues = findStaleTranslations(
      [
        german,
        rec('en/programm', 'content/pages/en/programm.mdx', { sourceHash: 'V2' }),
        rec('ar/programm', 'content/pages/ar/programm.mdx', { sourceHash: 'V1' }),
        rec('fa/programm', 'content/pages/fa/programm.mdx', { sourceHash: 'V1', outdated: true }),
        rec('ti/programm', 'content/pages/ti/programm.mdx', {}),
      ],
      originals,
      'de',
      hashOf,
    );
    expect(issues.map(formatIssue)).toEqual([
      'content/pages/ar/programm.mdx, field "sourceHash": the German text (content/pages/de/programm.mdx) has changed since this ' +
        'translation was made. Update the translation and run `npm run translations:stamp -- content/pages/ar/programm.mdx`, ' +
        'or add `outdated: true` so readers see that the German text is newer.',
      'content/pages/ti/programm.mdx, field "sourceHash": missing: record which German version this translation was made from ' +
        'with `npm run translations:stamp -- content/pages/ti/programm.mdx`.',
    ]);
  });
});
