/** The web app manifest of one language, its names from the UI dictionary (for the manifest endpoints). */
import { getLocale, type LocaleCode } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/translator.ts';
import { manifestResponse } from './webManifest.ts';

export function localeManifest(locale: LocaleCode, startUrl: string): Response {
  const { lang, dir } = getLocale(locale);
  const t = useTranslations(locale);
  return manifestResponse({
    name: t('site.name'),
    shortName: t('site.shortName'),
    description: t('site.description'),
    lang,
    dir,
    startUrl,
  });
}
