import { describe, expect, it } from 'vitest';
import { isStale, MAX_AGE_MONTHS } from './freshness.ts';

describe('freshness', () => {
  const today = new Date('2026-11-25');
  it('calls entries older than the limit stale', () => {
    expect(MAX_AGE_MONTHS).toBe(12);
    expect(isStale(new Date('2025-11-24'), today)).toBe(true);
    expect(isStale(new Date('2025-11-26'), today)).toBe(false);
    expect(isStale(new Date('2026-06-01'), today, 3)).toBe(true);
  });
});
