/**
 * The questionnaire form: the contract's Questionnaire, read from what the form holds (text and
 * lists of strings). A draft keeps whatever was typed; only known choices are restored from it.
 */
import { z } from 'zod'
import { Questionnaire } from '@/api/contract'
import { errorCode } from '@/api/messages'
import {
  COMPANY_SIZES,
  CUSTOMER_SEGMENTS,
  INDUSTRIES,
  MONTHLY_CONSUMPTION,
  OTHER_CLOUDS,
  REGIONS,
  SPECIALIZATIONS,
} from './options'

export type QuestionnaireValues = {
  companySize: string
  certifiedEngineers: string
  expertise: string[]
  industries: string[]
  customers: string[]
  otherClouds: string[]
  monthlyConsumption: string
  website: string
  regions: string[]
  comment: string
}

/** "example.ru" means "https://example.ru": people rarely type the scheme. */
export function withScheme(website: string): string {
  const value = website.trim()
  if (value === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return value
  return `https://${value}`
}

export const QuestionnaireForm = Questionnaire.extend({
  certifiedEngineers: z
    .string()
    .transform((raw) => raw.replace(/[\s\u00a0]/g, ''))
    .pipe(
      z
        .string()
        .min(1, errorCode('required'))
        .regex(/^\d{1,9}$/, errorCode('wholeNumber'))
        .transform(Number)
        .pipe(Questionnaire.shape.certifiedEngineers),
    ),
  website: z.string().transform(withScheme).pipe(Questionnaire.shape.website),
})

export const EMPTY_QUESTIONNAIRE: QuestionnaireValues = {
  companySize: '',
  certifiedEngineers: '',
  expertise: [],
  industries: [],
  customers: [],
  otherClouds: [],
  monthlyConsumption: '',
  website: '',
  regions: [],
  comment: '',
}

/** Form values from a draft (anything) or a sent questionnaire; unknown keys and choices are dropped. */
export function questionnaireValuesFrom(source: unknown): QuestionnaireValues {
  if (typeof source !== 'object' || source === null) return EMPTY_QUESTIONNAIRE
  const record = source as Record<string, unknown>
  const text = (key: string, max = 2000) => {
    const value = record[key]
    if (typeof value === 'number') return String(value)
    return typeof value === 'string' ? value.slice(0, max) : ''
  }
  const choice = (key: string, allowed: readonly string[]) => {
    const value = text(key)
    return allowed.includes(value) ? value : ''
  }
  const list = (key: string, allowed: readonly string[]) => {
    const value = record[key]
    return Array.isArray(value) ? allowed.filter((option) => value.includes(option)) : []
  }
  return {
    companySize: choice('companySize', COMPANY_SIZES),
    certifiedEngineers: text('certifiedEngineers', 20),
    expertise: list('expertise', SPECIALIZATIONS),
    industries: list('industries', INDUSTRIES),
    customers: list('customers', CUSTOMER_SEGMENTS),
    otherClouds: list('otherClouds', OTHER_CLOUDS),
    monthlyConsumption: choice('monthlyConsumption', MONTHLY_CONSUMPTION),
    website: text('website', 300),
    regions: list('regions', REGIONS),
    comment: text('comment', 1000),
  }
}

/** "None" stands alone: choosing it clears the clouds, choosing a cloud clears "None". */
export function nextOtherClouds(previous: string[], next: string[]): string[] {
  const added = next.filter((value) => !previous.includes(value))
  if (added.includes('none')) return ['none']
  if (added.length > 0) return next.filter((value) => value !== 'none')
  return next
}
