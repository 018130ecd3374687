import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { commonMessages } from './common-messages';

export const LOCALES = ['pt-BR', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
const STORAGE_KEY = 'ponte.locale';

/** The language chosen with the switch, remembered in this browser; pt-BR until someone switches. */
function rememberedLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return (LOCALES as readonly string[]).includes(stored ?? '') ? (stored as Locale) : 'pt-BR';
}

/** Messages of one area of the app (portal, console, …) in both languages, under their own namespace. */
export type Messages = Record<Locale, Record<string, unknown>>;

export function registerMessages(namespace: string, messages: Messages): void {
  for (const locale of LOCALES) i18n.addResourceBundle(locale, namespace, messages[locale], true, true);
}

void i18n.use(initReactI18next).init({
  lng: rememberedLocale(),
  fallbackLng: 'pt-BR',
  supportedLngs: [...LOCALES],
  defaultNS: 'common',
  resources: { 'pt-BR': { common: commonMessages['pt-BR'] }, en: { common: commonMessages.en } },
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;

export function switchLocale(locale: Locale): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
  void i18n.changeLanguage(locale);
}

export { i18n };
