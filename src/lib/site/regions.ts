/** Grouping of WIR regions for the overview: by Regierungsbezirk, then by kind, then by name. */

export interface RegionLike {
  id: string;
  data: { name: string; kind: string; district: string };
}

export interface RegionGroup<R, K extends string = string> {
  district: string;
  kinds: { kind: K; regions: R[] }[];
}

export function groupRegions<R extends RegionLike, K extends string>(
  regions: readonly R[],
  districtOrder: readonly string[],
  kindOrder: readonly K[],
): RegionGroup<R, K>[] {
  return districtOrder
    .map((district) => ({
      district,
      kinds: kindOrder
        .map((kind) => ({
          kind,
          regions: regions
            .filter((r) => r.data.district === district && r.data.kind === kind)
            .sort((a, b) => a.data.name.localeCompare(b.data.name, 'de')),
        }))
        .filter((k) => k.regions.length > 0),
    }))
    .filter((d) => d.kinds.length > 0);
}
