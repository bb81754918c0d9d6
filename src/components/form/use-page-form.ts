/**
 * The one form recipe of the flow (see "Page pattern" in docs/architecture.md): a react-hook-form
 * over a zod schema, whose fields are each declared once (control id, label, "missing" message), with
 * - submit that sends once however often it is pressed, with one Idempotency-Key per logical attempt;
 * - the server's 422/409 field errors put on their fields, and any other failure (5xx, network, a 422
 *   with no field errors) kept as `failure` for a notice with Try again, nothing the user typed lost;
 * - the error summary's entries (in field order, worded in the user's language) and its focus key;
 * - autosave of a server draft (useAutosave), or, for a form with no draft, its non-secret values
 *   kept in this tab (sessionStorage), so a reload loses nothing. A password is never kept.
 */
import { zodResolver } from '@hookform/resolvers/zod'
import { type BaseSyntheticEvent, useEffect, useMemo, useRef, useState } from 'react'
import {
  type FieldErrors,
  type FieldValues,
  get,
  type Path,
  type PathValue,
  type Resolver,
  type UseFormReturn,
  useForm,
} from 'react-hook-form'
import type { z } from 'zod'
import type { StaleResource } from '@/api/contract'
import { isApiError, type FieldError as ServerFieldError } from '@/api/errors'
import { parseErrorCode } from '@/api/messages'
import type { SummaryError } from '@/components/error-summary'
import { type MessageId, type Translate, translateError } from '@/lib/i18n'
import { whenOnline } from '@/lib/online'
import { tabDraft } from '@/lib/tab-draft'
import { type AutosaveMeta, clearBackup, useAutosave } from '@/lib/use-autosave'
import { useIdempotencyKey } from '@/lib/use-idempotency-key'
import { firstChoiceId } from './choice-id'

/** A field, named once: everything the control, its label, its error and the summary need. */
export type FieldSpec = {
  /** The control's id; for a choice group, the group's id (its controls are `${id}-${value}`). */
  id: string
  /** The label (or a group's legend), translated. Starts the field's entry in the error summary. */
  label: string
  /** Message id said instead of the contract's general "missing" codes ("Choose a company size."). */
  missing?: MessageId
  /** A choice group's values: the summary links to the first control. */
  choices?: readonly string[]
  /** Where the summary links instead (e.g. the video that unlocks the group). */
  link?: string
  /** Never kept in this tab (a password). Fields named like a password never are either. */
  secret?: boolean
  /** False when the field's messages say it all ("Confirm the company: click its card."). */
  labelInSummary?: boolean
  /** Not listed in the summary while this other field has an error (it would be noise then). */
  unlessErrorOn?: string
}

export type FieldSpecs<V extends FieldValues> = Partial<Record<Path<V>, FieldSpec>>

type Schema<V, O> = z.ZodType<O, V>

export type AutosaveOptions<V, D> = {
  /** The draft the server keeps, from the form's values. */
  draft: (values: V) => D
  /** What the server has now (nothing is saved until the user changes something). */
  initial: D
  /** Saves the draft (or only `meta.changes`, with `meta.version`); see useAutosave. */
  save: (draft: D, meta: AutosaveMeta<D>) => Promise<unknown>
  /** The local copy's key (per user and organization); removed once the form is sent. */
  backupKey: string
  /** useAutosave's optimistic concurrency: the server's version of `initial`, and the 409's draft. */
  version?: number
  /** The draft as the form holds it, from the application a 409 carries (typed: parsed at the edge). */
  fromServer?: (current: StaleResource) => D
  onTakeTheirs?: (theirs: D) => void
}

export type PageFormOptions<V extends FieldValues, O, D = never> = {
  /** The schema (usually the contract's request schema), or a function giving it at each check. */
  schema: Schema<V, O> | (() => Schema<V, O>)
  defaultValues: V
  /** Every field, in the order of the page (the error summary lists them so). */
  fields: FieldSpecs<V>
  /** The page's translate function (with the 'forms' namespace loaded). */
  t: Translate
  /** Sends the checked values; a thrown error is shown (on its fields, or as a notice). */
  onSubmit: (values: O, attempt: { idempotencyKey: string }) => Promise<unknown>
  /** A form with no server draft: keep its non-secret values in this tab under this key. */
  keep?: { key: string; clearOnSuccess?: boolean }
  /** A form with a server draft: autosave it. */
  autosave?: AutosaveOptions<V, D>
  /**
   * Whether the summary starts each entry with the field's label (default). Off for a form whose
   * messages all name their field ("Choose your company's size.").
   */
  labelsInSummary?: boolean
  /** The field a server field error belongs to, when it is not simply its path. */
  fieldOfServerError?: (error: ServerFieldError) => Path<V> | null
}

export type PageForm<V extends FieldValues, O> = UseFormReturn<V, unknown, O> & {
  /** For `<form onSubmit>` and Try again: validates, then sends once. */
  submit: (event?: BaseSyntheticEvent) => Promise<void>
  pending: boolean
  /** A failure not shown on a field (5xx, network, a 422 with no field errors …), or null. */
  failure: unknown
  /** Server field errors that belong to no field of this form, in words. */
  problems: string[]
  summary: SummaryError[]
  /** Increases with each attempt that produced errors: the summary takes focus then. */
  focusKey: number
  /** The page title starts with "Error:". */
  hasErrors: boolean
  /** A field's worded error, for Field or ChoiceGroup. */
  errorOf: (name: Path<V>) => string | undefined
  /** Props for `<Field>`: id, label and error. */
  field: (name: Path<V>) => { id: string; label: string; error: string | undefined; isChoice: boolean }
  /** Props for `<ChoiceGroup>`: id, name, legend, error, value and onChange. */
  group: (name: Path<V>) => {
    id: string
    name: string
    legend: string
    error: string | undefined
    value: string | string[] | null
    onChange: (value: string | string[]) => void
  }
  /** Sets a value as the user's change (re-checked once the form was submitted). */
  change: <N extends Path<V>>(name: N, value: PathValue<V, N>) => void
  /** useAutosave's state (status, last save, flush …) when the page has a draft. */
  autosave: ReturnType<typeof useAutosave> | null
}

/** Codes that say "this is missing" in general words: a field may say it in its own. */
const GENERIC = new Set(['required', 'chooseOne', 'chooseOption'])

function messageAt(errors: FieldErrors, name: string): string | undefined {
  const entry = get(errors, name) as { message?: unknown; root?: { message?: unknown } } | undefined
  const message = entry?.message ?? entry?.root?.message
  return typeof message === 'string' ? message : undefined
}

const isSecret = (name: string, spec: FieldSpec | undefined) =>
  spec?.secret === true || /password/i.test(name)

/** The kept values that still fit the form (same type as the default); secrets never. */
function restoreKept<V extends FieldValues>(defaults: V, stored: unknown, fields: FieldSpecs<V>): V {
  if (typeof stored !== 'object' || stored === null) return defaults
  const restored: Record<string, unknown> = { ...defaults }
  for (const [name, fallback] of Object.entries(defaults)) {
    const value = (stored as Record<string, unknown>)[name]
    if (isSecret(name, fields[name as Path<V>]) || value === undefined || value === null) continue
    if (typeof value === typeof fallback && Array.isArray(value) === Array.isArray(fallback))
      restored[name] = value
  }
  return restored as V
}

function keptPart<V extends FieldValues>(values: Partial<V>, fields: FieldSpecs<V>) {
  return Object.fromEntries(
    Object.entries(values).filter(([name]) => !isSecret(name, fields[name as Path<V>])),
  )
}

export function usePageForm<V extends FieldValues, O, D = never>(
  options: PageFormOptions<V, O, D>,
): PageForm<V, O> {
  const { t, fields, keep } = options
  const latest = useRef(options)
  latest.current = options

  const keepKey = keep?.key
  const kept = useMemo(() => (keepKey ? tabDraft(keepKey, (stored) => stored) : null), [keepKey])
  const [defaults] = useState(() =>
    kept ? restoreKept(options.defaultValues, kept.read(), fields) : options.defaultValues,
  )
  // The resolver is made once and asks for the schema at each check (it may depend on the page's state).
  const [resolver] = useState(() => {
    const checkCurrent: Resolver<V, unknown, O> = (values, context, resolverOptions) => {
      const { schema } = latest.current
      const current = typeof schema === 'function' ? schema() : schema
      return (zodResolver(current as never) as unknown as Resolver<V, unknown, O>)(
        values,
        context,
        resolverOptions,
      )
    }
    return checkCurrent
  })
  const form = useForm<V, unknown, O>({
    defaultValues: defaults as never,
    resolver,
    // The error summary takes focus after a refused attempt; react-hook-form must not move it on.
    shouldFocusError: false,
  })
  const values = form.watch()
  const { errors, isSubmitted, submitCount } = form.formState

  // Keep what is typed in this tab, never a secret; nothing kept when it is all as it started.
  useEffect(() => {
    if (!kept) return
    const initial = JSON.stringify(keptPart(latest.current.defaultValues, latest.current.fields))
    const subscription = form.watch((current) => {
      const part = keptPart(current as Partial<V>, latest.current.fields)
      if (JSON.stringify(part) === initial) kept.clear()
      else kept.write(part)
    })
    return () => subscription.unsubscribe()
  }, [form, kept])

  const autosaveOptions = options.autosave
  const autosave = useAutosave<D | null>({
    value: autosaveOptions ? autosaveOptions.draft(values) : null,
    initial: autosaveOptions ? autosaveOptions.initial : null,
    save: (draft, meta) =>
      autosaveOptions && draft !== null
        ? autosaveOptions.save(draft, meta as AutosaveMeta<D>)
        : Promise.resolve(),
    backupKey: autosaveOptions?.backupKey ?? '',
    enabled: autosaveOptions !== undefined,
    version: autosaveOptions?.version,
    fromServer: autosaveOptions?.fromServer,
    onTakeTheirs: (theirs) => {
      if (theirs !== null) latest.current.autosave?.onTakeTheirs?.(theirs)
    },
  })

  const idempotencyKeyFor = useIdempotencyKey()
  const sending = useRef(false)
  const [pending, setPending] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  const [problems, setProblems] = useState<string[]>([])
  // Server field errors arrive after the attempt was counted: each set of them is one more attempt.
  const [serverRefusals, setServerRefusals] = useState(0)

  const worded = (name: Path<V>, message: string): string => {
    const own = fields[name]?.missing
    const code = parseErrorCode(message)
    if (own && code && GENERIC.has(code.key)) return t(own)
    return translateError(t, message)
  }
  const errorOf = (name: Path<V>): string | undefined => {
    const message = messageAt(errors, name)
    return message ? worded(name, message) : undefined
  }
  const singleField = Object.keys(fields).length === 1
  const summary: SummaryError[] = Object.entries(fields as Record<string, FieldSpec | undefined>).flatMap(
    ([name, spec]) => {
      const message = messageAt(errors, name)
      if (!spec || !message || (spec.unlessErrorOn && messageAt(errors, spec.unlessErrorOn))) return []
      const text = worded(name as Path<V>, message)
      const ownWords =
        (spec.labelInSummary ?? options.labelsInSummary) === false ||
        (spec.missing !== undefined && text === t(spec.missing))
      return [
        {
          fieldId: spec.link ?? (spec.choices ? firstChoiceId(spec.id, spec.choices) : spec.id),
          // "Fill in this field" three times would not say which: the label says it. The words are
          // the field's own (GOV.UK: the same message in the summary and at the field).
          // A form of one field names it only: its error is said once, by the field.
          message: singleField ? spec.label : ownWords ? text : `${spec.label}: ${text}`,
        },
      ]
    },
  )

  /** Puts the server's field errors on their fields; the rest are returned in words. */
  const placeServerErrors = (error: unknown): { placed: number; unplaced: string[] } => {
    if (!isApiError(error)) return { placed: 0, unplaced: [] }
    let placed = 0
    const unplaced: string[] = []
    for (const fieldError of error.fieldErrors) {
      const joined = fieldError.path.join('.')
      const name =
        latest.current.fieldOfServerError?.(fieldError) ??
        (Object.keys(fields).find((field) => field === joined || field === String(fieldError.path[0])) as
          | Path<V>
          | undefined)
      if (name) {
        form.setError(name, { type: 'server', message: fieldError.message })
        placed += 1
      } else unplaced.push(translateError(t, fieldError.message))
    }
    return { placed, unplaced }
  }

  const submit = async (event?: BaseSyntheticEvent) => {
    event?.preventDefault()
    // One request however often the button is pressed; the Idempotency-Key covers retries.
    if (sending.current) return
    sending.current = true
    setPending(true)
    // After a success the page is on its way to the next one (its loader runs): it stays busy, so
    // nothing is sent twice meanwhile.
    let sent = false
    try {
      await form.handleSubmit(async (output) => {
        // The last failure stays on screen while trying again (its Try again may hold focus); a new
        // failure replaces it. A success leaves the state alone: the page is on its way to the next one
        // (busy), and a re-render now would show this page's next state first (a sent application).
        try {
          // Offline, the send waits for the connection (the shell says so); its key is this attempt's.
          const idempotencyKey = idempotencyKeyFor(output)
          await whenOnline()
          await latest.current.onSubmit(output, { idempotencyKey })
          sent = true
          if (kept && latest.current.keep?.clearOnSuccess !== false) kept.clear()
          if (latest.current.autosave) clearBackup(latest.current.autosave.backupKey)
        } catch (error) {
          const { placed, unplaced } = placeServerErrors(error)
          if (placed > 0) setServerRefusals((count) => count + 1)
          setFailure(placed === 0 || unplaced.length > 0 ? error : null)
          setProblems(unplaced)
        }
      })(event)
    } finally {
      if (!sent) {
        sending.current = false
        setPending(false)
      }
    }
  }

  const change = <N extends Path<V>>(name: N, value: PathValue<V, N>) =>
    form.setValue(name, value, { shouldDirty: true, shouldValidate: isSubmitted })

  return {
    ...form,
    submit,
    pending,
    failure,
    problems,
    summary,
    focusKey: submitCount + serverRefusals,
    hasErrors: summary.length > 0 || failure !== null,
    errorOf,
    field: (name) => ({
      id: fields[name]?.id ?? name,
      label: fields[name]?.label ?? name,
      error: errorOf(name),
      isChoice: fields[name]?.choices !== undefined,
    }),
    group: (name) => ({
      id: fields[name]?.id ?? name,
      name,
      legend: fields[name]?.label ?? name,
      error: errorOf(name),
      value: (get(values, name) ?? null) as string | string[] | null,
      onChange: (value) => change(name, value as PathValue<V, typeof name>),
    }),
    change,
    autosave: autosaveOptions ? (autosave as unknown as PageForm<V, O>['autosave']) : null,
  }
}
