import { cloneElement, type ReactElement, type ReactNode, useId } from 'react'
import styles from './field.module.css'

type ControlProps = {
  id?: string
  'aria-invalid'?: boolean
  'aria-describedby'?: string
  className?: string
}

type Props = {
  label: string
  /** The control: an input, select or textarea. Field wires its id, aria-invalid and aria-describedby. */
  children: ReactElement<ControlProps>
  hint?: ReactNode
  /** The error in words (already translated). */
  error?: string
  /** A stable id so the error summary can link to the control. */
  id?: string
}

/** The ids of a control's hint and error, for its `aria-describedby` (undefined when it has neither). */
export function describedByOf(id: string, hint: unknown, error: unknown): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined
}

/**
 * A control's hint and error, under the ids `describedByOf` names. Shared by Field and the choice
 * groups, so that every control of the flow says its hint and its error the same way.
 */
export function FieldNotes({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint ? (
        <p className={styles.hint} id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className={styles.error} id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </>
  )
}

/** A labelled control with its hint and error tied to it for assistive technology. */
export function Field({ label, children, hint, error, id }: Props) {
  const generated = useId()
  const controlId = id ?? generated
  return (
    <div className={`${styles.field} ${error ? styles.invalid : ''}`}>
      <label className={styles.label} htmlFor={controlId}>
        {label}
      </label>
      <FieldNotes id={controlId} hint={hint} error={error} />
      {cloneElement(children, {
        id: controlId,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedByOf(controlId, hint, error),
        className: `${styles.control} ${children.props.className ?? ''}`.trim(),
      })}
    </div>
  )
}
