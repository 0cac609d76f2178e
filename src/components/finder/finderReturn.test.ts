import { describe, expect, it } from 'vitest';
import { finderFragment, searchOfFragment } from './finderReturn.ts';

describe('the way back from an offer to the list', () => {
  it('carries the finder state in a fragment and back, non-Latin text included', () => {
    const fragment = finderFragment('?q=%DA%A9%D9%84%D8%A7%D8%B3&cost=free&level=A1&level=A2');
    expect(fragment.startsWith('#finder=')).toBe(true);
    expect(fragment).not.toContain('?');
    // In the finder's order of filters (FILTER_NAMES).
    expect(searchOfFragment(fragment)).toBe('?q=%DA%A9%D9%84%D8%A7%D8%B3&level=A1&level=A2&cost=free');
  });
  it('gives nothing for an empty list, an unrelated fragment or unknown parameters', () => {
    expect(finderFragment('')).toBe('');
    expect(finderFragment('?utm=1')).toBe('');
    expect(searchOfFragment('#hilfe')).toBe('');
    expect(searchOfFragment('#finder=x%3D1')).toBe('');
  });
});
