import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALES, switchLocale, type Locale } from '../i18n';

const LABELS: Record<Locale, string> = { 'pt-BR': 'Português', en: 'English' };

/** pt-BR or en, remembered in this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language')}
      value={i18n.language}
      onChange={(value) => switchLocale(value as Locale)}
      data={LOCALES.map((locale) => ({ value: locale, label: LABELS[locale] }))}
    />
  );
}
