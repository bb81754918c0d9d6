/**
 * The mock company registry's generator: any checksum-valid TIN becomes a plausible company, and the
 * same TIN always gives the same card (a PRNG seeded by the TIN). A 10-digit TIN is an organization
 * (KPP, OGRN), a 12-digit one an individual entrepreneur (OGRNIP, no KPP). Check digits are real.
 */
import type { CompanyCard } from '@/api/contract'
import { completeOgrn } from '@/lib/identifiers'

/** A small deterministic PRNG (mulberry32) seeded with an FNV-1a hash of the text. */
export function seededRandom(text: string): () => number {
  let seed = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    seed ^= text.charCodeAt(i)
    seed = Math.imul(seed, 0x01000193) >>> 0
  }
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0
    let t = seed
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Random = () => number
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1))
const digitsOf = (random: Random, count: number) =>
  Array.from({ length: count }, () => String(Math.floor(random() * 10))).join('')

type Region = { code: string; place: string; postal: [number, number] }

/** Tax region codes (the first two digits of a TIN) with a city and its postcode range. */
export const REGIONS: readonly Region[] = [
  { code: '77', place: 'г. Москва', postal: [101000, 129626] },
  { code: '78', place: 'г. Санкт-Петербург', postal: [190000, 199406] },
  { code: '50', place: 'Московская обл., г. Химки', postal: [141400, 141446] },
  { code: '54', place: 'Новосибирская обл., г. Новосибирск', postal: [630000, 630559] },
  { code: '66', place: 'Свердловская обл., г. Екатеринбург', postal: [620000, 620149] },
  { code: '16', place: 'Респ. Татарстан, г. Казань', postal: [420000, 420141] },
  { code: '52', place: 'Нижегородская обл., г. Нижний Новгород', postal: [603000, 603163] },
  { code: '23', place: 'Краснодарский край, г. Краснодар', postal: [350000, 350089] },
  { code: '63', place: 'Самарская обл., г. Самара', postal: [443000, 443125] },
  { code: '61', place: 'Ростовская обл., г. Ростов-на-Дону', postal: [344000, 344113] },
  { code: '59', place: 'Пермский край, г. Пермь', postal: [614000, 614113] },
  { code: '36', place: 'Воронежская обл., г. Воронеж', postal: [394000, 394095] },
  { code: '70', place: 'Томская обл., г. Томск', postal: [634000, 634069] },
  { code: '24', place: 'Красноярский край, г. Красноярск', postal: [660000, 660135] },
  { code: '02', place: 'Респ. Башкортостан, г. Уфа', postal: [450000, 450112] },
  { code: '74', place: 'Челябинская обл., г. Челябинск', postal: [454000, 454139] },
  { code: '39', place: 'Калининградская обл., г. Калининград', postal: [236000, 236044] },
  { code: '76', place: 'Ярославская обл., г. Ярославль', postal: [150000, 150066] },
  { code: '38', place: 'Иркутская обл., г. Иркутск', postal: [664000, 664082] },
  { code: '25', place: 'Приморский край, г. Владивосток', postal: [690000, 690106] },
]

const STREETS = [
  'ул. Ленина',
  'ул. Гагарина',
  'пр-т Мира',
  'ул. Советская',
  'ул. Садовая',
  'ул. Профсоюзная',
  'ул. Пушкина',
  'ул. Кирова',
  'ул. Московская',
  'ул. Заводская',
  'ул. Академика Королёва',
  'ул. Строителей',
  'б-р Победы',
  'ул. Октябрьская',
  'ул. Молодёжная',
  'Лесной пер.',
  'ш. Энтузиастов',
  'ул. Набережная',
] as const

const NAME_ROOTS = [
  'Вектор',
  'Горизонт',
  'Меридиан',
  'Спектр',
  'Атлант',
  'Байкал',
  'Орион',
  'Полюс',
  'Эталон',
  'Гранит',
  'Кедр',
  'Квант',
  'Пульсар',
  'Ладога',
  'Енисей',
  'Фрегат',
  'Альтаир',
  'Магистраль',
  'Северный ветер',
  'Светлый город',
] as const

const NAME_SUFFIXES = [
  '',
  ' Софт',
  ' Системс',
  ' Технологии',
  ' Консалтинг',
  ' Интеграция',
  ' Групп',
  ' Лаб',
  ' Телеком',
  ' Инжиниринг',
  ' Диджитал',
  ' ИТ',
] as const

const LEGAL_FORMS = [
  { short: 'ООО', full: 'Общество с ограниченной ответственностью', weight: 15 },
  { short: 'АО', full: 'Акционерное общество', weight: 4 },
  { short: 'ПАО', full: 'Публичное акционерное общество', weight: 1 },
] as const

const MALE = {
  first: [
    'Алексей',
    'Дмитрий',
    'Сергей',
    'Андрей',
    'Михаил',
    'Игорь',
    'Павел',
    'Николай',
    'Константин',
    'Евгений',
    'Роман',
    'Олег',
  ],
  patronymic: [
    'Александрович',
    'Сергеевич',
    'Владимирович',
    'Николаевич',
    'Игоревич',
    'Андреевич',
    'Михайлович',
    'Петрович',
    'Викторович',
    'Олегович',
    'Юрьевич',
  ],
}
const FEMALE = {
  first: [
    'Елена',
    'Ольга',
    'Наталья',
    'Татьяна',
    'Ирина',
    'Марина',
    'Светлана',
    'Анна',
    'Екатерина',
    'Юлия',
    'Мария',
    'Ксения',
  ],
  patronymic: [
    'Александровна',
    'Сергеевна',
    'Владимировна',
    'Николаевна',
    'Игоревна',
    'Андреевна',
    'Михайловна',
    'Петровна',
    'Викторовна',
    'Олеговна',
    'Юрьевна',
  ],
}
/** Surnames that take -а in the feminine. */
const SURNAMES = [
  'Иванов',
  'Кузнецов',
  'Соколов',
  'Попов',
  'Лебедев',
  'Козлов',
  'Новиков',
  'Морозов',
  'Волков',
  'Соловьёв',
  'Васильев',
  'Зайцев',
  'Павлов',
  'Семёнов',
  'Виноградов',
  'Богданов',
  'Фёдоров',
  'Беляев',
  'Тарасов',
  'Орлов',
  'Макаров',
  'Ильин',
  'Гусев',
  'Титов',
]

/** Main activities (OKVED 2) that partners of a cloud platform typically register. */
export const ACTIVITIES = [
  { code: '62.01', name: 'Разработка компьютерного программного обеспечения' },
  { code: '62.02', name: 'Деятельность консультативная и работы в области компьютерных технологий' },
  { code: '62.03', name: 'Деятельность по управлению компьютерным оборудованием' },
  {
    code: '62.09',
    name: 'Деятельность, связанная с использованием вычислительной техники и информационных технологий, прочая',
  },
  {
    code: '63.11',
    name: 'Деятельность по обработке данных, предоставление услуг по размещению информации и связанная с этим деятельность',
  },
  { code: '58.29', name: 'Издание других программных продуктов' },
  {
    code: '46.51',
    name: 'Торговля оптовая компьютерами, периферийными устройствами к компьютерам и программным обеспечением',
  },
  { code: '70.22', name: 'Консультирование по вопросам коммерческой деятельности и управления' },
  { code: '61.10', name: 'Деятельность в области связи на базе проводных технологий' },
  { code: '73.11', name: 'Деятельность рекламных агентств' },
] as const

const ENTREPRENEUR_ACTIVITIES = [
  ACTIVITIES[0],
  ACTIVITIES[1],
  ACTIVITIES[3],
  { code: '74.10', name: 'Деятельность специализированная в области дизайна' },
  ACTIVITIES[9],
] as const

export type Person = { surname: string; first: string; patronymic: string }

export function randomPerson(random: Random): Person {
  const female = random() < 0.45
  const names = female ? FEMALE : MALE
  const surname = pick(random, SURNAMES)
  return {
    surname: female ? `${surname}а` : surname,
    first: pick(random, names.first),
    patronymic: pick(random, names.patronymic),
  }
}

export const fullNameOf = (p: Person) => `${p.surname} ${p.first} ${p.patronymic}`
export const initialsOf = (p: Person) => `${p.surname} ${p.first[0]}. ${p.patronymic[0]}.`

export function regionOf(tin: string, random: Random): Region {
  return REGIONS.find((region) => region.code === tin.slice(0, 2)) ?? pick(random, REGIONS)
}

export function randomAddress(random: Random, region: Region): { address: string; postalCode: string } {
  const postalCode = String(int(random, region.postal[0], region.postal[1])).padStart(6, '0')
  const building = `д. ${int(random, 1, 120)}${random() < 0.25 ? `, стр. ${int(random, 1, 9)}` : ''}`
  const premise =
    random() < 0.7 ? `, офис ${int(random, 1, 12)}${String(int(random, 1, 40)).padStart(2, '0')}` : ''
  return {
    address: `${postalCode}, ${region.place}, ${pick(random, STREETS)}, ${building}${premise}`,
    postalCode,
  }
}

/** A registration date (and its year for the OGRN) between 2003 and 2024. */
export function randomRegistration(random: Random): { date: string; yy: string } {
  const year = int(random, 2003, 2024)
  const month = int(random, 1, 12)
  const day = int(random, 1, 28)
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  return { date, yy: String(year).slice(2) }
}

function weightedLegalForm(random: Random) {
  const total = LEGAL_FORMS.reduce((sum, form) => sum + form.weight, 0)
  let roll = random() * total
  for (const form of LEGAL_FORMS) {
    roll -= form.weight
    if (roll < 0) return form
  }
  return LEGAL_FORMS[0]
}

/** An organization (10-digit TIN): KPP of its tax office, OGRN with a valid check digit. */
export function generateOrganization(tin: string): CompanyCard {
  const random = seededRandom(tin)
  const form = weightedLegalForm(random)
  const name = `${pick(random, NAME_ROOTS)}${pick(random, NAME_SUFFIXES)}`
  const region = regionOf(tin, random)
  const registration = randomRegistration(random)
  const { address, postalCode } = randomAddress(random, region)
  const head = randomPerson(random)
  const position =
    form.short === 'ООО'
      ? pick(random, ['Генеральный директор', 'Генеральный директор', 'Директор'])
      : pick(random, ['Генеральный директор', 'Президент'])
  return {
    kind: 'legal',
    fullName: `${form.full} «${name}»`,
    shortName: `${form.short} «${name}»`,
    legalForm: form.full,
    tin,
    // The first four digits name the tax office (as the TIN's do); reason 01 is the head office.
    kpp: `${tin.slice(0, 4)}01001`,
    ogrn: completeOgrn(`1${registration.yy}${tin.slice(0, 4)}${digitsOf(random, 5)}`),
    registrationDate: registration.date,
    address,
    postalCode,
    head: { name: fullNameOf(head), position },
    status: 'ACTIVE',
    statusDate: null,
    mainActivity: pick(random, ACTIVITIES),
    branchType: 'head',
  }
}

/** An individual entrepreneur (12-digit TIN): OGRNIP with a valid check digit, no KPP. */
export function generateEntrepreneur(tin: string): CompanyCard {
  const random = seededRandom(tin)
  const person = randomPerson(random)
  const region = regionOf(tin, random)
  const registration = randomRegistration(random)
  // The registry publishes only the town of an entrepreneur's residence, not the street.
  const { postalCode } = randomAddress(random, region)
  return entrepreneurCard({
    tin,
    person,
    ogrnip: completeOgrn(`3${registration.yy}${tin.slice(0, 2)}${digitsOf(random, 9)}`),
    registrationDate: registration.date,
    address: `${postalCode}, ${region.place}`,
    postalCode,
    mainActivity: pick(random, ENTREPRENEUR_ACTIVITIES),
  })
}

export function entrepreneurCard(input: {
  tin: string
  person: Person
  ogrnip: string
  registrationDate: string
  address: string
  postalCode: string
  mainActivity: CompanyCard['mainActivity']
}): CompanyCard {
  const legalForm = 'Индивидуальный предприниматель'
  return {
    kind: 'individual',
    fullName: `${legalForm} ${fullNameOf(input.person)}`,
    shortName: `ИП ${initialsOf(input.person)}`,
    legalForm,
    tin: input.tin,
    kpp: null,
    ogrn: input.ogrnip,
    registrationDate: input.registrationDate,
    address: input.address,
    postalCode: input.postalCode,
    // An entrepreneur heads their own business: the card names them so the billing step can use it.
    head: { name: fullNameOf(input.person), position: legalForm },
    status: 'ACTIVE',
    statusDate: null,
    mainActivity: input.mainActivity,
    branchType: 'head',
  }
}

export function generateCompany(tin: string): CompanyCard {
  return tin.length === 12 ? generateEntrepreneur(tin) : generateOrganization(tin)
}
