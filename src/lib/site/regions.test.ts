import { describe, expect, it } from 'vitest';
import { groupRegions } from './regions.ts';

const r = (id: string, name: string, kind: string, district: string) => ({ id, data: { name, kind, district } });

describe('groupRegions', () => {
  it('groups by district, then kind, in the given order, names sorted the German way', () => {
    const groups = groupRegions(
      [
        r('kassel-stadt', 'Stadt Kassel', 'kreisfreie-stadt', 'Kassel'),
        r('offenbach', 'Offenbach', 'landkreis', 'Darmstadt'),
        r('giessen', 'Gießen', 'landkreis', 'Gießen'),
        r('bergstrasse', 'Bergstraße', 'landkreis', 'Darmstadt'),
        r('hanau', 'Hanau', 'kreisfreie-stadt', 'Darmstadt'),
      ],
      ['Darmstadt', 'Gießen', 'Kassel'],
      ['landkreis', 'kreisfreie-stadt', 'sonderstatusstadt'],
    );
    expect(groups.map((g) => g.district)).toEqual(['Darmstadt', 'Gießen', 'Kassel']);
    expect(groups[0]!.kinds.map((k) => [k.kind, k.regions.map((x) => x.id)])).toEqual([
      ['landkreis', ['bergstrasse', 'offenbach']],
      ['kreisfreie-stadt', ['hanau']],
    ]);
  });

  it('leaves out empty districts and kinds', () => {
    expect(groupRegions([], ['Darmstadt'], ['landkreis'])).toEqual([]);
  });
});
