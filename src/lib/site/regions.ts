/** WIR regions as people look for them: by place name, A to Z. */
import { regionPlaceName } from '../places/towns.ts';

export { regionPlaceName };

export interface RegionLike {
  id: string;
  data: { name: string; kind: string; district: string };
}

/** Regions A to Z by place name, in the page language's collation (ties: the kind decides, Landkreis after Stadt). */
export function sortRegionsByPlace<R extends RegionLike>(regions: readonly R[], lang: string): R[] {
  const collator = new Intl.Collator(lang);
  const landkreisLast = (r: R) => (r.data.kind === 'landkreis' ? 1 : 0);
  return [...regions].sort(
    (a, b) => collator.compare(regionPlaceName(a.data.name), regionPlaceName(b.data.name)) || landkreisLast(a) - landkreisLast(b),
  );
}
