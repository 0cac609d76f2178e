import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { foldPlaceName, matchPlaces, parseTowns, placeInQuery, placeIndex, regionOfTown, resolvePlace, TownDataError } from './towns.ts';

const towns = parseTowns(readFileSync('content/towns/hessen-gemeinden.csv', 'utf8'));
const regions = readdirSync('content/regions').map((f) => {
  const data = parse(readFileSync(`content/regions/${f}`, 'utf8')) as { name: string; ags: string };
  return { id: f.replace(/\.yaml$/, ''), name: data.name, ags: data.ags };
});
const regionOf = (name: string) =>
  regionOfTown(
    towns.find((t) => t.name === name)!,
    regions,
  );
const index = placeIndex(
  towns.map((t) => ({ name: t.name, regionId: regionOfTown(t, regions)! })),
  regions,
);
const firstRegion = (query: string) => matchPlaces(query, index)[0]?.entry.regionId;

describe('the towns of Hessen (content/towns, Destatis GV100AD 30.11.2025)', () => {
  it('are 421, each in exactly one of the 33 WIR regions', () => {
    expect(towns).toHaveLength(421);
    expect(regions).toHaveLength(33);
    const perRegion = new Map<string, number>();
    for (const t of towns) {
      const own = regions.filter((r) => r.ags === t.ags);
      const kreis = regions.filter((r) => r.ags === t.kreisAgs);
      // Exactly one region holds the town: its own (a town that is a region), else its Kreis.
      expect(own.length + (own.length ? 0 : kreis.length), t.officialName).toBe(1);
      const id = regionOfTown(t, regions)!;
      perRegion.set(id, (perRegion.get(id) ?? 0) + 1);
    }
    expect(perRegion.size).toBe(33);
  });

  it('give each region as many towns as the source counts in its Kreis, less the towns that are regions of their own', () => {
    // Towns per Kreis in GV100AD (30.11.2025), and the towns that are WIR regions of their own:
    // Hanau (kreisfrei since 1 January 2026) and the six Sonderstatusstädte.
    const perKreis: Record<string, [string, number]> = {
      '06411': ['stadt-darmstadt', 1],
      '06412': ['stadt-frankfurt-am-main', 1],
      '06413': ['stadt-offenbach-am-main', 1],
      '06414': ['stadt-wiesbaden', 1],
      '06611': ['stadt-kassel', 1],
      '06431': ['landkreis-bergstrasse', 22],
      '06432': ['landkreis-darmstadt-dieburg', 23],
      '06433': ['landkreis-gross-gerau', 14],
      '06434': ['hochtaunuskreis', 13],
      '06435': ['main-kinzig-kreis', 29],
      '06436': ['main-taunus-kreis', 12],
      '06437': ['odenwaldkreis', 12],
      '06438': ['landkreis-offenbach', 13],
      '06439': ['rheingau-taunus-kreis', 17],
      '06440': ['wetteraukreis', 25],
      '06531': ['landkreis-giessen', 18],
      '06532': ['lahn-dill-kreis', 23],
      '06533': ['landkreis-limburg-weilburg', 19],
      '06534': ['landkreis-marburg-biedenkopf', 22],
      '06535': ['vogelsbergkreis', 19],
      '06631': ['landkreis-fulda', 23],
      '06632': ['landkreis-hersfeld-rotenburg', 20],
      '06633': ['landkreis-kassel', 28],
      '06634': ['schwalm-eder-kreis', 27],
      '06635': ['landkreis-waldeck-frankenberg', 21],
      '06636': ['werra-meissner-kreis', 16],
    };
    const ownRegion: Record<string, string> = {
      Hanau: 'stadt-hanau',
      'Bad Homburg v. d. Höhe': 'stadt-bad-homburg-v-d-hoehe',
      Fulda: 'stadt-fulda',
      Gießen: 'stadt-giessen',
      Marburg: 'stadt-marburg',
      'Rüsselsheim am Main': 'stadt-ruesselsheim-am-main',
      Wetzlar: 'stadt-wetzlar',
    };
    const count = (id: string) => towns.filter((t) => regionOfTown(t, regions) === id).length;
    for (const [kreis, [id, inSource]] of Object.entries(perKreis)) {
      expect(towns.filter((t) => t.kreisAgs === kreis).length, kreis).toBe(inSource);
      const own = Object.keys(ownRegion).filter((name) => towns.find((t) => t.name === name)?.kreisAgs === kreis).length;
      expect(count(id), id).toBe(inSource - own);
    }
    for (const [name, id] of Object.entries(ownRegion)) {
      expect(regionOf(name), name).toBe(id);
      expect(count(id), id).toBe(1);
    }
    expect(regionOf('Maintal')).toBe('main-kinzig-kreis');
    expect(regionOf('Oberursel (Taunus)')).toBe('hochtaunuskreis');
    expect(regionOf('Kassel')).toBe('stadt-kassel');
    expect(regionOf('Baunatal')).toBe('landkreis-kassel');
  });

  it('refuse a malformed file with its line and the fix', () => {
    expect(() => parseTowns('ags,gemeinde\n')).toThrow(/line 1: the columns must be ags,gemeinde,kreis_ags,kreis/);
    expect(() => parseTowns('ags,gemeinde,kreis_ags,kreis\n0643501,"Hanau, Stadt",06435,X\n')).toThrow(
      /line 2: "0643501" is not an 8-digit/,
    );
    expect(() => parseTowns('ags,gemeinde,kreis_ags,kreis\n06435014,Hanau,06436,X\n')).toThrow(TownDataError);
  });
});

describe('foldPlaceName', () => {
  it('folds the writings people use to one', () => {
    const table: [string, string][] = [
      ['Gießen', 'Giessen'],
      ['GIESSEN', 'gießen'],
      ['Rüsselsheim', 'Ruesselsheim'],
      ['Rüsselsheim', 'Russelsheim'],
      ['Mühltal', 'Muehltal'],
      ['Bad Homburg', 'Bad-Homburg'],
      ['Bad Homburg v. d. Höhe', 'bad homburg v.d. hoehe'],
      ['Großkrotzenburg', 'Grosskrotzenburg'],
      ['Oestrich-Winkel', 'Östrich Winkel'],
      ['أوفنباخ', 'اوفنباخ'],
      ['خانۀ', 'خانه'],
      ['كاسل', 'کاسل'],
      ['Гиссен', 'гиссен'],
      ['Кёльн', 'Кельн'],
      ['هانا\u200cو', 'هاناو'],
    ];
    for (const [a, b] of table) expect(foldPlaceName(a), `${a} / ${b}`).toBe(foldPlaceName(b));
    expect(foldPlaceName('Gießen')).not.toBe(foldPlaceName('Giesen x'));
  });
});

describe('the names in other scripts (content/towns/other-scripts.yaml)', () => {
  const file = parse(readFileSync('content/towns/other-scripts.yaml', 'utf8')) as {
    machineTransliterated: boolean;
    regions: Record<string, Record<string, string>>;
    towns: Record<string, Record<string, string>>;
  };
  const langs = ['ar', 'fa', 'ps', 'uk', 'ru', 'bg', 'ti'];
  const writings = (value: string | undefined) =>
    (value ?? '')
      .split('|')
      .map((w) => w.trim())
      .filter(Boolean);
  it('are marked as machine transliterations and cover every region in every other script', () => {
    expect(file.machineTransliterated).toBe(true);
    expect(Object.keys(file.regions).sort()).toEqual(regions.map((r) => r.id).sort());
    for (const ags of Object.keys(file.towns))
      expect(
        towns.some((t) => t.ags === ags),
        ags,
      ).toBe(true);
    for (const entry of [...Object.values(file.regions), ...Object.values(file.towns)])
      expect(Object.keys(entry).sort()).toEqual([...langs].sort());
  });
  it('give a choice, in every script, for the two towns called Homberg', () => {
    for (const lang of langs) {
      const localIndex = placeIndex(
        towns.map((t) => ({ name: t.name, regionId: regionOfTown(t, regions)!, otherNames: writings(file.towns[t.ags]?.[lang]) })),
        regions.map((r) => ({ ...r, otherNames: writings(file.regions[r.id]?.[lang]) })),
      );
      const short = writings(file.towns['06634009']?.[lang])[0]!.replace(/\s*\(.*\)$/, '');
      const answer = resolvePlace(short, localIndex);
      expect('choices' in answer && answer.choices.map((c) => c.entry.regionId).sort(), `${lang} ${short}`).toEqual([
        'schwalm-eder-kreis',
        'vogelsbergkreis',
      ]);
    }
  });

  it('lead each writing to its own town first, in its language', () => {
    for (const lang of langs) {
      const localIndex = placeIndex(
        towns.map((t) => ({ name: t.name, regionId: regionOfTown(t, regions)!, otherNames: writings(file.towns[t.ags]?.[lang]) })),
        regions.map((r) => ({ ...r, otherNames: writings(file.regions[r.id]?.[lang]) })),
      );
      for (const [ags, byLang] of Object.entries(file.towns)) {
        const region = regionOfTown(
          towns.find((t) => t.ags === ags)!,
          regions,
        );
        for (const writing of writings(byLang[lang])) {
          expect(
            matchPlaces(writing, localIndex, Infinity).some((m) => m.rank === 0 && m.entry.regionId === region),
            `${lang} ${writing}`,
          ).toBe(true);
        }
      }
    }
  });
});

describe('matchPlaces and resolvePlace', () => {
  it('find every one of the 421 towns by its plain name, leading to its region', () => {
    for (const t of towns) {
      const region = regionOfTown(t, regions)!;
      expect(
        matchPlaces(t.name, index, Infinity).some(
          (m) => m.entry.kind === 'town' && m.entry.label === t.name && m.entry.regionId === region,
        ),
        t.name,
      ).toBe(true);
    }
  });

  it('find a town however it is typed: umlauts, case, suffix, hyphen or space, first letters', () => {
    expect(firstRegion('Giessen')).toBe('stadt-giessen');
    expect(firstRegion('ruesselsheim')).toBe('stadt-ruesselsheim-am-main');
    expect(firstRegion('Bad-Homburg')).toBe('stadt-bad-homburg-v-d-hoehe');
    expect(firstRegion('Muehltal')).toBe('landkreis-darmstadt-dieburg');
    expect(firstRegion('Heppenheim')).toBe('landkreis-bergstrasse');
    expect(firstRegion('Korb')).toBe('landkreis-waldeck-frankenberg');
    expect(firstRegion('Hanau')).toBe('stadt-hanau');
    expect(firstRegion('Maintal')).toBe('main-kinzig-kreis');
    expect(firstRegion('Limburg an der Lahn')).toBe('landkreis-limburg-weilburg');
    expect(firstRegion('Bad Homburg vor der Höhe')).toBe('stadt-bad-homburg-v-d-hoehe');
    expect(matchPlaces('Homburg', index).some((m) => m.entry.label === 'Bad Homburg v. d. Höhe')).toBe(true);
    // The town Hanau and the region "Stadt Hanau" lead to the same place: one suggestion.
    expect(matchPlaces('Hanau', index).map((m) => [m.entry.kind, m.entry.label])).toEqual([['town', 'Hanau']]);
    expect(
      matchPlaces('Fulda', index)
        .filter((m) => m.rank === 0)
        .map((m) => m.entry.regionId),
    ).toEqual(['stadt-fulda', 'landkreis-fulda']);
  });

  it('gives a choice for a name of two regions, never one of them', () => {
    for (const [query, ids] of [
      ['Offenbach', ['landkreis-offenbach', 'stadt-offenbach-am-main']],
      ['Kassel', ['landkreis-kassel', 'stadt-kassel']],
      ['Gießen', ['landkreis-giessen', 'stadt-giessen']],
      ['Homberg', ['schwalm-eder-kreis', 'vogelsbergkreis']],
    ] as const) {
      const answer = resolvePlace(query, index);
      expect('choices' in answer, query).toBe(true);
      if ('choices' in answer) expect([...new Set(answer.choices.map((c) => c.entry.regionId))].sort(), query).toEqual(ids);
    }
    expect(resolvePlace('Dietzenbach', index)).toEqual({ regionId: 'landkreis-offenbach' });
    expect(resolvePlace('Frankfurt', index)).toEqual({ regionId: 'stadt-frankfurt-am-main' });
  });

  it('leads nowhere by the start of a name alone: "Höchst" (also part of Frankfurt) is a choice', () => {
    const answer = resolvePlace('Höchst', index);
    expect('choices' in answer && answer.choices.map((c) => c.entry.label)).toEqual(['Höchst i. Odw.']);
    expect(resolvePlace('Höchst im Odenwald', index)).toEqual({ regionId: 'odenwaldkreis' });
    expect(resolvePlace('Breitenbach am Herzberg', index)).toEqual({ regionId: 'landkreis-hersfeld-rotenburg' });
  });

  it('offers a region by its own name even where a town names it in brackets', () => {
    for (const [query, region] of [
      ['Bergstraße', 'landkreis-bergstrasse'],
      ['Wetterau', 'wetteraukreis'],
      ['Vogelsberg', 'vogelsbergkreis'],
      ['Odenwald', 'odenwaldkreis'],
    ] as const) {
      expect(matchPlaces(query, index)[0]?.entry.regionId, query).toBe(region);
      expect(placeInQuery(`Deutschkurs ${query}`, index)?.entry.regionId, query).toBe(region);
    }
  });

  it('says "not found" for a name that is no town or region (an Ortsteil), and for one letter', () => {
    expect(resolvePlace('Frankfurt-Höchst', index)).toEqual({ notFound: true });
    expect(resolvePlace('Bornheim', index)).toEqual({ notFound: true });
    expect(matchPlaces('F', index)).toEqual([]);
  });
});

describe('placeInQuery', () => {
  const place = (q: string) => {
    const p = placeInQuery(q, index);
    return p && [p.rest, p.entry.kind, p.entry.label];
  };
  it('finds the town or region a search names, and what else it asks for', () => {
    expect(place('Deutschkurs Korbach')).toEqual(['Deutschkurs', 'town', 'Korbach']);
    expect(place('sprachcafe bad homburg')).toEqual(['sprachcafe', 'town', 'Bad Homburg v. d. Höhe']);
    expect(place('Giessen Kinderbetreuung')).toEqual(['Kinderbetreuung', 'town', 'Gießen']);
    expect(place('Offenbach')).toEqual(['', 'town', 'Offenbach am Main']);
    expect(place('Kurse im Main-Kinzig')).toEqual(['Kurse im', 'region', 'Main-Kinzig-Kreis']);
  });
  it('finds none in a query without a whole place name', () => {
    expect(place('Deutschkurs für Frauen')).toBeUndefined();
    expect(place('Kurs')).toBeUndefined();
    expect(place('Frankfurt-Höchst')).toBeUndefined();
  });
});
