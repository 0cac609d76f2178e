import { describe, expect, it } from 'vitest';
import { FAST_3G, buildSeconds, goalRows, goalsTable, median, peakMemories, perLanguageTable, worstPerLanguage } from './goals.ts';

const cells = [
  { template: 'page', lang: 'de', path: '/de/a/', total: 20_000 },
  { template: 'towns', lang: 'de', path: '/de/orte/', total: 26_500 },
  { template: 'page', lang: 'ti', path: '/ti/a/', total: 24_000 },
  { template: 'welcome', lang: '', path: '/', total: 30_000 },
];

describe('median', () => {
  it('takes the middle value, the mean of the middle two, and ignores what is not a number', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([NaN, 5])).toBe(5);
    expect(median([])).toBeNaN();
  });
});

describe('FAST_3G', () => {
  it("is DevTools' Fast 3G preset in bytes per second and milliseconds", () => {
    expect(FAST_3G).toEqual({ latencyMs: 562.5, downloadBytesPerSecond: 180_000, uploadBytesPerSecond: 84_375 });
  });
});

describe('worstPerLanguage', () => {
  it('finds the largest page per language, undefined where none was measured', () => {
    expect(worstPerLanguage(cells, ['de', 'ar', '']).map((c) => c?.path)).toEqual(['/de/orte/', undefined, '/']);
  });
});

describe('perLanguageTable', () => {
  it('has a row per template measured, a column per language, cells over the target marked, and the maximum per language', () => {
    const md = perLanguageTable(
      cells,
      ['welcome', 'home', 'page', 'towns'],
      [
        { code: '', label: '/' },
        { code: 'de', label: 'de' },
        { code: 'ti', label: 'ti' },
      ],
    );
    expect(md.split('\n')).toEqual([
      '| template | / | de | ti |',
      '| --- | ---: | ---: | ---: |',
      '| welcome | **30.0 ✗** | – | – |',
      '| page | – | 20.0 | 24.0 |',
      '| towns | – | **26.5 ✗** | – |',
      '| **max** | **30.0** ✗ | **26.5** ✗ | **24.0** |',
    ]);
  });
});

describe('scale figures', () => {
  const build = {
    count: 5000,
    pages: 60_000,
    check: 10,
    astro: { seconds: 200, rssMb: 1500 },
    pagefind: { seconds: 80, rssMb: 2500 },
    load: [1, 2],
  };
  it('adds up the steps and finds every peak memory, fields it does not know included', () => {
    expect(buildSeconds(build)).toBe(290);
    expect(buildSeconds({ count: 1, pages: 1 })).toBeUndefined();
    expect(peakMemories({ ...build, checkRssMb: 300, sitemap: { seconds: 3, rssMb: 700 } })).toEqual([
      { step: 'astro', rssMb: 1500 },
      { step: 'pagefind', rssMb: 2500 },
      { step: 'check', rssMb: 300 },
      { step: 'sitemap', rssMb: 700 },
    ]);
  });
});

describe('goalRows', () => {
  const search = [
    { lang: 'de', bytes: 90_000, medianMs: 1_900 },
    { lang: 'ar', bytes: 120_000, medianMs: 2_100 },
  ];
  const builds = [
    { count: 1000, pages: 12_000, check: 2, astro: { seconds: 60, rssMb: 900 }, pagefind: { seconds: 20, rssMb: 800 } },
    { count: 5000, pages: 60_000, check: 10, astro: { seconds: 320, rssMb: 1800 }, pagefind: { seconds: 80, rssMb: 2600 } },
  ];
  const rows = goalRows({
    visits: cells,
    langs: ['', 'de', 'ti'],
    starlightVisits: [{ template: 'page', lang: 'de', path: '/de/a/', total: 51_000 }],
    search,
    starlightSearch: [{ lang: 'de', bytes: 105_000, medianMs: 3_000 }],
    builds,
  });

  it('judges every goal against its target and shows Starlight where measured', () => {
    const byGoal = Object.fromEntries(rows.map((r) => [r.goal, r]));
    expect(rows.filter((r) => r.goal.startsWith('1.')).map((r) => r.met)).toEqual([false, false, true]);
    expect(byGoal['1. first visit, no fonts installed, worst page: de']).toMatchObject({
      measured: '26.5 kB (`/de/orte/`)',
      starlight: '51.0 kB (`/de/a/`)',
    });
    expect(rows.filter((r) => r.goal.startsWith('2.')).map((r) => [r.measured, r.met, r.starlight])).toEqual([
      ['90.0 kB', true, '105.0 kB'],
      ['120.0 kB', false, '–'],
      ['1.90 s', true, '3.00 s'],
      ['2.10 s', false, '–'],
    ]);
    expect(rows.filter((r) => r.goal.startsWith('3.')).map((r) => [r.measured, r.met])).toEqual([
      ['410.0 s', false],
      ['2600 MB (pagefind, 5000 offers)', false],
      ['5.0 → 5.3 ms', true],
      ['2600 MB', false],
    ]);
  });

  it('says "not measured" without scale builds, and the table marks it neither met nor missed', () => {
    const none = goalRows({ visits: cells, langs: ['de'], search: [], builds: [] });
    expect(none.filter((r) => r.goal.startsWith('3.')).every((r) => r.met === undefined && r.measured === 'not measured in this run')).toBe(
      true,
    );
    const md = goalsTable(none);
    expect(md).toContain(
      '| 3. 5,000 offers × 12 languages: content check + astro build + Pagefind | not measured in this run | ≤ 300 s | – | – |',
    );
    expect(md).toContain('| **no** |');
  });
});
