/** WIR regions as people look for them: by place name, A to Z. */

export interface RegionLike {
  id: string;
  data: { name: string; kind: string; district: string };
}

/**
 * A region's place name, as people look for it in a list: without the kind ("Landkreis Gießen" →
 * "Gießen", "Main-Kinzig-Kreis" → "Main-Kinzig", "Hochtaunuskreis" → "Hochtaunus", "Stadt
 * Offenbach am Main" → "Offenbach am Main", "Universitätsstadt Marburg" → "Marburg").
 */
export function regionPlaceName(name: string): string {
  return name
    .replace(/^(Landkreis|Kreis|Stadt|Landeshauptstadt|Universitätsstadt|Wissenschaftsstadt)\s+/, '')
    .replace(/-Kreis$/, '')
    .replace(/(?<=\p{Ll})kreis$/u, '');
}

/** Regions A to Z by place name, in the page language's collation (ties: the kind decides, Landkreis after Stadt). */
export function sortRegionsByPlace<R extends RegionLike>(regions: readonly R[], lang: string): R[] {
  const collator = new Intl.Collator(lang);
  const landkreisLast = (r: R) => (r.data.kind === 'landkreis' ? 1 : 0);
  return [...regions].sort(
    (a, b) => collator.compare(regionPlaceName(a.data.name), regionPlaceName(b.data.name)) || landkreisLast(a) - landkreisLast(b),
  );
}
