/** The steps of the flow, in order. Kept free of zod: the first page imports it. */
export const STEP_IDS = [
  'welcome',
  'sign-in',
  'application',
  'partnership',
  'billing',
  'confirmation',
  'partner',
] as const

export type StepIdValue = (typeof STEP_IDS)[number]
