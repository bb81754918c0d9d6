/**
 * The mock bank directory: real BIKs and correspondent accounts of major Russian banks (from the
 * Bank of Russia's directory), as a BIK lookup answers them. Names as the directory writes them.
 * banks.test.ts checks each correspondent account against its BIK with the control key.
 */
import type { Bank } from '@/api/contract'

export const BANKS: readonly Bank[] = [
  { bik: '044525225', name: 'ПАО Сбербанк', correspondentAccount: '30101810400000000225', city: 'г. Москва' },
  {
    bik: '044030653',
    name: 'Северо-Западный банк ПАО Сбербанк',
    correspondentAccount: '30101810500000000653',
    city: 'г. Санкт-Петербург',
  },
  {
    bik: '046577674',
    name: 'Уральский банк ПАО Сбербанк',
    correspondentAccount: '30101810500000000674',
    city: 'г. Екатеринбург',
  },
  {
    bik: '045004641',
    name: 'Сибирский банк ПАО Сбербанк',
    correspondentAccount: '30101810500000000641',
    city: 'г. Новосибирск',
  },
  {
    bik: '042202603',
    name: 'Волго-Вятский банк ПАО Сбербанк',
    correspondentAccount: '30101810900000000603',
    city: 'г. Нижний Новгород',
  },
  {
    bik: '044525187',
    name: 'Банк ВТБ (ПАО)',
    correspondentAccount: '30101810700000000187',
    city: 'г. Москва',
  },
  {
    bik: '044525593',
    name: 'АО «Альфа-Банк»',
    correspondentAccount: '30101810200000000593',
    city: 'г. Москва',
  },
  { bik: '044525974', name: 'АО «ТБанк»', correspondentAccount: '30101810145250000974', city: 'г. Москва' },
  {
    bik: '044525823',
    name: 'Банк ГПБ (АО)',
    correspondentAccount: '30101810200000000823',
    city: 'г. Москва',
  },
  {
    bik: '044525700',
    name: 'АО «Райффайзенбанк»',
    correspondentAccount: '30101810200000000700',
    city: 'г. Москва',
  },
  { bik: '044525256', name: 'ПАО РОСБАНК', correspondentAccount: '30101810000000000256', city: 'г. Москва' },
  {
    bik: '044525555',
    name: 'ПАО «Промсвязьбанк»',
    correspondentAccount: '30101810400000000555',
    city: 'г. Москва',
  },
  {
    bik: '043469743',
    name: 'ПАО «Совкомбанк»',
    correspondentAccount: '30101810300000000743',
    city: 'г. Кострома',
  },
  {
    bik: '044525111',
    name: 'АО «Россельхозбанк»',
    correspondentAccount: '30101810200000000111',
    city: 'г. Москва',
  },
  {
    bik: '044525659',
    name: 'ПАО «МОСКОВСКИЙ КРЕДИТНЫЙ БАНК»',
    correspondentAccount: '30101810745250000659',
    city: 'г. Москва',
  },
  {
    bik: '044525104',
    name: 'ООО «Банк Точка»',
    correspondentAccount: '30101810745374525104',
    city: 'г. Москва',
  },
  {
    bik: '044525545',
    name: 'АО «ЮниКредит Банк»',
    correspondentAccount: '30101810300000000545',
    city: 'г. Москва',
  },
]

export function bankByBik(bik: string): Bank | undefined {
  return BANKS.find((bank) => bank.bik === bik)
}
