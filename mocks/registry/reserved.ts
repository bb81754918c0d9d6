/**
 * Reserved TINs of the mock registry: each produces one outcome the application page must handle.
 * Every other checksum-valid TIN gets a generated, active company (./generate.ts). The values are
 * computed with completeTin (body + check digit), so they pass the client's check.
 *
 *   TIN            outcome
 *   7700000016     not found: the registry has no company with this TIN (empty answer)
 *   7700000023     ООО «Ирида Сервис», LIQUIDATED on 14 Sep 2023: cannot apply
 *   7700000030     АО «Прометей Логистика», LIQUIDATING since 2 Jun 2025: cannot apply
 *   7700000048     ООО «Стройинвест Плюс», BANKRUPT since 20 Feb 2024: cannot apply
 *   7700000055     ООО «Вега Интеграция», REORGANIZING since 10 Mar 2025: cannot apply until it is done
 *   7700000062     ООО «Магистраль Телеком»: the head office and two branches (Novosibirsk, Yekaterinburg;
 *                  same TIN, KPP reason code 43); a branch cannot apply, the head office can
 *   7700000070     the registry is unavailable: 503 to the first lookup after the page (or mock server)
 *                  starts, then a generated company, so "Try again" works
 *   770000000156   ИП Соколова Мария Андреевна, an individual entrepreneur (OGRNIP, no KPP); any other
 *                  valid 12-digit TIN gives a generated entrepreneur too
 */
import type { CompanyCard } from '@/api/contract'
import { completeOgrn, completeTin } from '@/lib/identifiers'
import { ACTIVITIES, entrepreneurCard, generateOrganization } from './generate'

export const RESERVED_TINS = {
  notFound: completeTin('770000001'),
  liquidated: completeTin('770000002'),
  liquidating: completeTin('770000003'),
  bankrupt: completeTin('770000004'),
  reorganizing: completeTin('770000005'),
  withBranches: completeTin('770000006'),
  unavailable: completeTin('770000007'),
  entrepreneur: completeTin('7700000001'),
} as const

function renamed(card: CompanyCard, shortForm: 'ООО' | 'АО', name: string): CompanyCard {
  const legalForm = shortForm === 'ООО' ? 'Общество с ограниченной ответственностью' : 'Акционерное общество'
  return { ...card, legalForm, fullName: `${legalForm} «${name}»`, shortName: `${shortForm} «${name}»` }
}

function inactive(
  tin: string,
  shortForm: 'ООО' | 'АО',
  name: string,
  status: CompanyCard['status'],
  statusDate: string,
): CompanyCard {
  return { ...renamed(generateOrganization(tin), shortForm, name), status, statusDate }
}

function withBranches(tin: string): CompanyCard[] {
  const head: CompanyCard = {
    ...renamed(generateOrganization(tin), 'ООО', 'Магистраль Телеком'),
    kpp: '770001001',
    ogrn: completeOgrn('115774612345'),
    registrationDate: '2015-04-21',
    address: '125167, г. Москва, Ленинградский пр-т, д. 37, стр. 9, офис 512',
    postalCode: '125167',
    head: { name: 'Орлов Константин Игоревич', position: 'Генеральный директор' },
    mainActivity: ACTIVITIES[8],
  }
  const branch = (city: string, kpp: string, address: string, postalCode: string): CompanyCard => ({
    ...head,
    // "филиал Общества …": the legal form in the genitive.
    fullName: `${city} филиал ${head.fullName.replace('Общество', 'Общества')}`,
    shortName: `${city} филиал ${head.shortName}`,
    kpp,
    address,
    postalCode,
    head: null,
    branchType: 'branch',
  })
  return [
    head,
    branch(
      'Новосибирский',
      '540643001',
      '630099, Новосибирская обл., г. Новосибирск, ул. Советская, д. 18, офис 301',
      '630099',
    ),
    branch(
      'Екатеринбургский',
      '667143001',
      '620014, Свердловская обл., г. Екатеринбург, ул. Московская, д. 11',
      '620014',
    ),
  ]
}

/** The registry's answer for a reserved TIN, or undefined for any other TIN. */
export function reservedAnswer(tin: string): CompanyCard[] | undefined {
  switch (tin) {
    case RESERVED_TINS.notFound:
      return []
    case RESERVED_TINS.liquidated:
      return [inactive(tin, 'ООО', 'Ирида Сервис', 'LIQUIDATED', '2023-09-14')]
    case RESERVED_TINS.liquidating:
      return [inactive(tin, 'АО', 'Прометей Логистика', 'LIQUIDATING', '2025-06-02')]
    case RESERVED_TINS.bankrupt:
      return [inactive(tin, 'ООО', 'Стройинвест Плюс', 'BANKRUPT', '2024-02-20')]
    case RESERVED_TINS.reorganizing:
      return [inactive(tin, 'ООО', 'Вега Интеграция', 'REORGANIZING', '2025-03-10')]
    case RESERVED_TINS.withBranches:
      return withBranches(tin)
    case RESERVED_TINS.entrepreneur:
      return [
        entrepreneurCard({
          tin,
          person: { surname: 'Соколова', first: 'Мария', patronymic: 'Андреевна' },
          ogrnip: completeOgrn('31977460012345'),
          registrationDate: '2019-08-05',
          address: '117418, г. Москва',
          postalCode: '117418',
          mainActivity: ACTIVITIES[0],
        }),
      ]
    default:
      return undefined
  }
}
