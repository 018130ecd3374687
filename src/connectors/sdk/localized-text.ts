/** Text shown to people, in Portuguese (the default) and English. */
export interface LocalizedText {
  'pt-BR': string;
  en: string;
}
