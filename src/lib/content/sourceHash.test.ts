import { describe, expect, it } from 'vitest';
import { sourceHash } from './sourceHash.ts';

const text = { title: 'Das Programm', description: 'Kurz.', body: 'Absatz eins.\n\nAbsatz zwei.\n' };

describe('sourceHash', () => {
  it('is a 12-digit hex string, stable for the same text', () => {
    expect(sourceHash(text)).toMatch(/^[0-9a-f]{12}$/);
    expect(sourceHash(text)).toBe(sourceHash({ ...text }));
  });

  it('ignores line endings and trailing spaces', () => {
    expect(sourceHash({ ...text, body: 'Absatz eins.  \r\n\r\nAbsatz zwei.' })).toBe(sourceHash(text));
  });

  it('changes when the title, the description or the body changes', () => {
    const base = sourceHash(text);
    expect(sourceHash({ ...text, title: 'Das Programm WIR' })).not.toBe(base);
    expect(sourceHash({ ...text, description: 'Länger.' })).not.toBe(base);
    expect(sourceHash({ ...text, body: 'Absatz eins.\n\nAbsatz drei.' })).not.toBe(base);
  });
});
