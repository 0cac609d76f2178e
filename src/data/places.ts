/**
 * The towns of Hessen with their WIR region, and the data of the town lookup ("Where do you
 * live?"), from the content collections `towns`, `placeNames` and `regions`. The rule that gives
 * a town its region is in src/lib/places/towns.ts.
 */
import { getCollection } from 'astro:content';
import {
  matchPlaces,
  OTHER_SCRIPT_LANGS,
  placeIndex,
  regionOfTown,
  type LookupData,
  type PlaceIndex,
  type PlaceNames,
} from '../lib/places/towns.ts';
import type { Region } from './site.ts';

export interface TownInRegion {
  ags: string;
  /** The name people use ("Hanau"). */
  name: string;
  officialName: string;
  regionId: string;
}

/** The source and licence of the list of towns (shared/data/README.md): shown wherever the list is used. No web address: none is sourced. */
export const TOWN_DATA_SOURCE = {
  title: 'Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV100AD, Gebietsstand 30.11.2025',
  licence: '© Statistisches Bundesamt (Destatis), 2025 — Vervielfältigung und Verbreitung, auch auszugsweise, mit Quellenangabe gestattet.',
} as const;

let cached: Promise<TownInRegion[]> | undefined;

/** Every town with its region, A to Z. A town without a region stops the build (a region lost its `ags`). */
export function loadTowns(regions: readonly Region[]): Promise<TownInRegion[]> {
  cached ??= (async () => {
    const keys = regions.map((r) => ({ id: r.id, ags: r.data.ags }));
    return (await getCollection('towns'))
      .map(({ data }) => {
        const regionId = regionOfTown(data, keys);
        if (!regionId)
          throw new Error(
            `content/towns/hessen-gemeinden.csv: ${data.officialName} (${data.ags}) belongs to no region: no region in content/regions/ has ags "${data.kreisAgs}" or "${data.ags}".`,
          );
        return { ags: data.ags, name: data.name, officialName: data.officialName, regionId };
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  })();
  return cached;
}

let townIndex: Promise<PlaceIndex> | undefined;

/**
 * The town of the list that an offer's `municipality` names, within its region ("Limburg an der
 * Lahn" is "Limburg a. d. Lahn"); undefined when the list has no such town (then the offer is
 * placed by its region only).
 */
export async function townOfOffer(municipality: string, regionId: string, regions: readonly Region[]): Promise<string | undefined> {
  townIndex ??= loadTowns(regions).then((towns) => placeIndex(towns, []));
  return matchPlaces(municipality, await townIndex, Infinity).find((m) => m.rank === 0 && m.entry.regionId === regionId)?.entry.label;
}

/** Names in other scripts by `region:<id>` / `town:<ags>`. */
export async function loadPlaceNames(): Promise<Map<string, PlaceNames['names']>> {
  return new Map((await getCollection('placeNames')).map((e) => [e.id, e.data.names]));
}

/** The town lookup's data in one language (the format: LookupData in src/lib/places/towns.ts). */
export function lookupData(
  lang: string,
  towns: readonly TownInRegion[],
  regions: readonly Region[],
  names: Map<string, PlaceNames['names']>,
  kindLabel: (kind: Region['data']['kind']) => string,
): LookupData {
  const scriptLang = (OTHER_SCRIPT_LANGS as readonly string[]).includes(lang) ? (lang as (typeof OTHER_SCRIPT_LANGS)[number]) : undefined;
  const others = (id: string) => (scriptLang ? (names.get(id)?.[scriptLang] ?? []) : []);
  const index = new Map(regions.map((r, i) => [r.id, i]));
  return {
    r: regions.map((r) => [r.id, r.data.name, kindLabel(r.data.kind), others(`region:${r.id}`), r.data.district]),
    t: towns.map((t) => [t.name, index.get(t.regionId)!, others(`town:${t.ags}`)]),
  };
}
