import { describe, expect, it } from 'vitest';
import { regionPlaceName, sortRegionsByPlace } from './regions.ts';

const r = (id: string, name: string, kind: string, district: string) => ({ id, data: { name, kind, district } });

describe('regionPlaceName and sortRegionsByPlace', () => {
  it('names a region by its place, without its kind', () => {
    expect(
      [
        'Landkreis Gießen',
        'Main-Kinzig-Kreis',
        'Hochtaunuskreis',
        'Stadt Offenbach am Main',
        'Universitätsstadt Marburg',
        'Landeshauptstadt Wiesbaden',
        'Landkreis Darmstadt-Dieburg',
      ].map(regionPlaceName),
    ).toEqual(['Gießen', 'Main-Kinzig', 'Hochtaunus', 'Offenbach am Main', 'Marburg', 'Wiesbaden', 'Darmstadt-Dieburg']);
  });
  it('sorts A to Z by place name, the town before the Landkreis of the same name', () => {
    const sorted = sortRegionsByPlace(
      [
        r('lk-offenbach', 'Landkreis Offenbach', 'landkreis', 'Darmstadt'),
        r('stadt-offenbach', 'Stadt Offenbach am Main', 'kreisfreie-stadt', 'Darmstadt'),
        r('lk-kassel', 'Landkreis Kassel', 'landkreis', 'Kassel'),
        r('stadt-kassel', 'Stadt Kassel', 'kreisfreie-stadt', 'Kassel'),
        r('bergstrasse', 'Landkreis Bergstraße', 'landkreis', 'Darmstadt'),
      ],
      'de',
    );
    expect(sorted.map((x) => x.id)).toEqual(['bergstrasse', 'stadt-kassel', 'lk-kassel', 'lk-offenbach', 'stadt-offenbach']);
  });
});
