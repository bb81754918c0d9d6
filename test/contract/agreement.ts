/**
 * Type-level test, compiled by tsc (npm run typecheck): the types a backend team generates from the
 * published contract (openapi-typescript over docs/openapi.json, in ./openapi.gen.ts) agree with the
 * zod contract's own types, for the schemas the flow depends on. Each line fails the type-check when
 * the two drift apart (a field added, renamed, made optional or nullable on one side only).
 */
import type { z } from 'zod'
import type {
  Application,
  BillingAccount,
  CompanyCard,
  ProgramSettings,
  Questionnaire,
  RegisterYandexIdRequest,
  Session,
  SubmitApplicationRequest,
} from '@/api/contract'
import type { components } from './openapi.gen'

type Schemas = components['schemas']

/** True when each type is assignable to the other (the same shape, optional fields alike). */
export type Agree<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const agree = <T extends true>(): T | undefined => undefined

// Responses: what the server sends (zod's output).
agree<Agree<Schemas['Session'], z.output<typeof Session>>>()
agree<Agree<Schemas['ProgramSettings'], z.output<typeof ProgramSettings>>>()
agree<Agree<Schemas['CompanyCard'], z.output<typeof CompanyCard>>>()
agree<Agree<Schemas['BillingAccount'], z.output<typeof BillingAccount>>>()
agree<Agree<Schemas['Application'], z.output<typeof Application>>>()
// Requests: what the client sends (zod's input).
agree<Agree<Schemas['RegisterYandexIdRequest'], z.input<typeof RegisterYandexIdRequest>>>()
agree<Agree<Schemas['SubmitApplicationRequest'], z.input<typeof SubmitApplicationRequest>>>()
agree<Agree<Schemas['QuestionnaireInput'], z.input<typeof Questionnaire>>>()

// The check itself can fail: two shapes that differ in one field do not agree.
agree<Agree<Agree<{ a: string }, { a: string | null }>, false>>()
