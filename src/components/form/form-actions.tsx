import type { ReactNode } from 'react'
import { type FieldValues, get, type Path } from 'react-hook-form'
import { AutosaveStatus, type NewerField } from '@/components/autosave-status'
import { buttonClass } from '@/components/button'
import styles from './form.module.css'
import type { PageForm } from './use-page-form'

/**
 * The form's main button and, when the page has a draft, when it was last saved. While the request
 * is on its way the button says so and stays focusable (aria-disabled); the form sends once.
 */
export function FormActions<V extends FieldValues, O>({
  form,
  submitLabel,
  pendingLabel,
  savedAt,
  children,
}: {
  form: PageForm<V, O>
  submitLabel: string
  pendingLabel: string
  /** The last save when this visit has not saved yet (the server's time of the draft). */
  savedAt?: Date | null
  /** More buttons after the main one (Cancel …). */
  children?: ReactNode
}) {
  const { autosave } = form
  return (
    <div className={styles.actions}>
      <button type="submit" className={buttonClass('primary')} aria-disabled={form.pending || undefined}>
        {form.pending ? pendingLabel : submitLabel}
      </button>
      {children}
      {autosave ? (
        <AutosaveStatus
          status={autosave.status}
          savedAt={autosave.savedAt ?? savedAt ?? null}
          onRetry={() => void autosave.flush()}
          backupFailed={autosave.backupFailed}
          conflict={autosave.conflict ? { newer: newerFields(form, autosave.conflict) } : null}
          onKeepMine={() => void autosave.keepMine()}
          onTakeTheirs={autosave.takeTheirs}
        />
      ) : null}
    </div>
  )
}

/** What another tab saved, as the form's fields name it: the label and the newer value, as text. */
function newerFields<V extends FieldValues, O>(
  form: PageForm<V, O>,
  conflict: { theirs: unknown; newer: string[] },
): NewerField[] {
  const seen = new Set<string>()
  const result: NewerField[] = []
  for (const path of conflict.newer) {
    // The declared field the path belongs to (`company.fullName` → `company`).
    const parts = path.split('.')
    let name: string | null = null
    for (let n = parts.length; n > 0 && name === null; n -= 1) {
      const prefix = parts.slice(0, n).join('.')
      if (form.field(prefix as Path<V>).label !== prefix) name = prefix
    }
    if (name === null || seen.has(name)) continue
    seen.add(name)
    const value: unknown = get(conflict.theirs, name)
    // A choice's stored value is a code, not words: say that it changed rather than show the code.
    if (form.field(name as Path<V>).isChoice) {
      result.push({ label: form.field(name as Path<V>).label, value: '', changed: true })
      continue
    }
    let text = ''
    if (typeof value === 'string' || typeof value === 'number') text = String(value)
    else if (Array.isArray(value)) text = value.join(', ')
    else if (value && typeof value === 'object' && 'shortName' in value) text = String(value.shortName)
    result.push({ label: form.field(name as Path<V>).label, value: text })
  }
  return result
}
