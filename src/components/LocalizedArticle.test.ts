import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { pageContext } from '../i18n/pageContext.ts';
import { useTranslations } from '../i18n/translator.ts';
import LocalizedArticle from './LocalizedArticle.astro';

const render = async ({ locale, ...props }: { locale: string } & Record<string, unknown>) =>
  (await AstroContainer.create()).renderToString(LocalizedArticle, {
    props: { title: 'T', germanHref: '/de/programm/', page: pageContext(locale), ...props },
    slots: { default: '<p>Text</p>' },
  });

describe('LocalizedArticle', () => {
  it("marks an outdated translation and links the German text, in the reader's language", async () => {
    const t = useTranslations('ar');
    const html = await render({ locale: 'ar', isFallback: false, outdated: true, machineTranslated: true });
    expect(html).toContain(t('translation.outdated'));
    expect(html).toContain('href="/de/programm/"');
    expect(html).toContain(t('translation.machine'));
    expect(html).toContain('data-pagefind-body');
  });

  it('shows German fallback content as German, with a notice, outside the index', async () => {
    const html = await render({ locale: 'fa', isFallback: true });
    expect(html).toContain(useTranslations('fa')('fallback.notice'));
    expect(html).toMatch(/<article[^>]*lang="de"[^>]*dir="ltr"/);
    expect(html).not.toContain('data-pagefind-body');
    expect(html).not.toContain(useTranslations('fa')('translation.outdated'));
  });

  it('says on translated legal pages that the German text is binding', async () => {
    const html = await render({ locale: 'tr', isFallback: false, legal: true });
    expect(html).toContain(useTranslations('tr')('page.legalAuthoritative'));
    expect(await render({ locale: 'de', isFallback: false, legal: true })).not.toContain(useTranslations('de')('page.legalAuthoritative'));
  });

  it('shows a date whose source gives only the month as the month, without an invented day', async () => {
    const asOf = new Date('2014-09-01T00:00:00Z');
    const month = await render({ locale: 'de', isFallback: false, asOf, asOfPrecision: 'month' });
    expect(month).toMatch(/<time datetime="2014-09"[^>]*>Stand: September 2014<\/time>/);
    expect(month).not.toContain('1. September 2014');
    expect(await render({ locale: 'de', isFallback: false, asOf })).toMatch(
      /<time datetime="2014-09-01"[^>]*>Stand: 1\. September 2014<\/time>/,
    );
  });
});
