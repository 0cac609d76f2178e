import { describe, expect, it } from 'vitest';
import { queryVariants } from './searchNormalize.ts';

describe('queryVariants', () => {
  it('drops Arabic diacritics and tatweel', () => {
    expect(queryVariants('دَوْرَة')).toContain('دورة');
    expect(queryVariants('لغـــة')).toContain('لغة');
  });

  it('tries Persian and Arabic letter forms both ways', () => {
    expect(queryVariants('كلاس')).toContain('کلاس');
    expect(queryVariants('زبان آلماني')).toContain('زبان آلمانی');
    expect(queryVariants('کودک')).toContain('كودك');
  });

  it('tries the Persian ZWNJ removed, as a space and kept', () => {
    const v = queryVariants('می\u200Cتوانید');
    expect(v).toContain('می\u200Cتوانید');
    expect(v).toContain('میتوانید');
    expect(v).toContain('می توانید');
  });

  it('handles Turkish dotted and dotless i', () => {
    expect(queryVariants('KADIN')).toEqual(expect.arrayContaining(['kadın', 'kadin']));
    expect(queryVariants('İstanbul')).toContain('istanbul');
    expect(queryVariants('ılık')).toContain('ilik');
    expect(queryVariants('kadinlar')).toContain('kadınlar');
    expect(queryVariants('ingilizce')).toContain('ingilizce');
  });

  it('tries German compounds joined and spelled-out umlauts and ß as German letters', () => {
    expect(queryVariants('Deutsch Kurs')).toEqual(expect.arrayContaining(['deutsch kurs', 'deutschkurs']));
    expect(queryVariants('Deutsch-Kurs')).toEqual(expect.arrayContaining(['deutsch-kurs', 'deutschkurs', 'deutsch kurs']));
    expect(queryVariants('Giessen')).toEqual(expect.arrayContaining(['giessen', 'gießen']));
    expect(queryVariants('Muehltal')).toContain('mühltal');
    expect(queryVariants('Kinder Betreuung')).toContain('kinderbetreuung');
    expect(queryVariants('Deutsch für Frauen am Abend')).not.toContain('deutschfürfrauenamabend');
  });

  it('stays bounded for long queries', () => {
    expect(queryVariants('iiiiiiii iiiiiiii').length).toBeLessThanOrEqual(40);
  });

  it('keeps plain queries as they are, lowercased, once', () => {
    expect(queryVariants('  Deutschkurs  ')).toEqual(['deutschkurs']);
    expect(queryVariants('   ')).toEqual([]);
  });
});
