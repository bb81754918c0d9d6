/**
 * The countries step 5 offers for a new billing account (General information; only Russia meets the
 * program's requirements). Their names are in the `forms` catalogs (`forms.country.<code>`), used by
 * step 5's list and by step 3's account cards; any other country is named by `Intl.DisplayNames`.
 */
export const COUNTRIES = ['RU', 'KZ', 'BY', 'AM', 'UZ'] as const
export type OfferedCountry = (typeof COUNTRIES)[number]

export const isOfferedCountry = (code: string): code is OfferedCountry =>
  (COUNTRIES as readonly string[]).includes(code)
