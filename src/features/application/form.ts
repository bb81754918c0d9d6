/**
 * The application form: its values (what the user typed, kept as typed), the schema that checks
 * them on Send request (built from the contract's schemas), and the mappings to the draft and to
 * the submit request.
 */
import { z } from 'zod'
import {
  type ApplicationDraft,
  type ApplicationDraftPatch,
  CompanyCard,
  Contacts,
  type FieldError,
  Id,
  type SubmitApplicationRequest,
  Tin,
  type User,
} from '@/api/contract'
import { errorCode, parseErrorCode } from '@/api/messages'

/** Where the company's data comes from: a qualifying billing account, or the registry by TIN. */
export type CompanyMode = 'billing-account' | 'tin'

export type ApplicationFormValues = {
  contacts: { name: string; position: string; email: string; phone: string }
  tin: string
  billingAccountId: string | null
  /** The registry card the user checked (clicked); null until then. */
  company: CompanyCard | null
}

export type ApplicationFormOutput = {
  contacts: z.output<typeof Contacts>
  tin: string
  billingAccountId: string | null
  company: CompanyCard | null
}

const chosenAccount = Id.nullable().refine((id) => id !== null, {
  message: errorCode('billingAccount.choose'),
})

const confirmedCompany = CompanyCard.nullable().superRefine((card, ctx) => {
  if (!card) ctx.addIssue({ code: 'custom', message: errorCode('company.confirm') })
  else if (card.status !== 'ACTIVE') ctx.addIssue({ code: 'custom', message: errorCode('company.inactive') })
  else if (card.branchType !== 'head') ctx.addIssue({ code: 'custom', message: errorCode('company.branch') })
})

export function applicationFormSchema(
  mode: CompanyMode,
): z.ZodType<ApplicationFormOutput, ApplicationFormValues> {
  return z.object({
    contacts: Contacts,
    tin: mode === 'tin' ? Tin : z.string(),
    billingAccountId: mode === 'billing-account' ? chosenAccount : Id.nullable(),
    company: mode === 'tin' ? confirmedCompany : CompanyCard.nullable(),
  })
}

/** The form's starting values: the draft where it has them, else what is known of the user. */
export function formValuesFrom(
  draft: ApplicationDraft | undefined,
  user: Pick<User, 'name' | 'email'>,
): ApplicationFormValues {
  return {
    contacts: {
      name: draft?.contacts.name ?? user.name,
      position: draft?.contacts.position ?? '',
      email: draft?.contacts.email ?? user.email,
      phone: draft?.contacts.phone ?? '',
    },
    tin: draft?.tin ?? '',
    billingAccountId: draft?.billingAccountId ?? null,
    company: draft?.company ?? null,
  }
}

/** The draft as the server keeps it: the values as typed, cut to the draft's limits. */
export function draftFrom(values: ApplicationFormValues): ApplicationDraftPatch {
  return {
    contacts: {
      name: values.contacts.name.slice(0, 200),
      position: values.contacts.position.slice(0, 200),
      email: values.contacts.email.slice(0, 300),
      phone: values.contacts.phone.slice(0, 64),
    },
    tin: values.tin.slice(0, 64),
    billingAccountId: values.billingAccountId,
    company: values.company,
  }
}

export function submitRequestFrom(
  organizationId: string,
  mode: CompanyMode,
  values: ApplicationFormOutput,
): SubmitApplicationRequest {
  const company: SubmitApplicationRequest['company'] =
    mode === 'billing-account' || !values.company
      ? { source: 'billing-account', billingAccountId: values.billingAccountId ?? '' }
      : { source: 'tin', tin: values.tin, kpp: values.company.kpp, company: values.company }
  return { organizationId, contacts: values.contacts, company }
}

export type FormFieldName =
  | 'contacts.name'
  | 'contacts.position'
  | 'contacts.email'
  | 'contacts.phone'
  | 'billingAccountId'
  | 'tin'
  | 'company'

/** The order the error summary lists problems in: the order of the page. */
export const FIELD_ORDER: readonly FormFieldName[] = [
  'contacts.name',
  'contacts.position',
  'contacts.email',
  'contacts.phone',
  'billingAccountId',
  'tin',
  'company',
]

const CONTACT_FIELDS = new Set(['name', 'position', 'email', 'phone'])

/** The form field a server's field error belongs to; null when it names none of them. */
export function fieldOfServerError(error: FieldError): FormFieldName | null {
  const [first, second] = error.path
  if (first === 'contacts' && typeof second === 'string' && CONTACT_FIELDS.has(second))
    return `contacts.${second}` as FormFieldName
  if (first === 'billingAccountId' || second === 'billingAccountId') return 'billingAccountId'
  if (first === 'company') {
    // A registry verdict on the company belongs to its card; a malformed TIN to the TIN field.
    const key = parseErrorCode(error.message)?.key ?? ''
    return second === 'tin' && key.startsWith('id.') ? 'tin' : 'company'
  }
  return null
}
