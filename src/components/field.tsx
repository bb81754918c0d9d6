import { cloneElement, type ReactElement, useId } from 'react'
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
  hint?: string
  /** The error in words (already translated). */
  error?: string
  /** A stable id so the error summary can link to the control. */
  id?: string
}

/** A labelled control with its hint and error tied to it for assistive technology. */
export function Field({ label, children, hint, error, id }: Props) {
  const generated = useId()
  const controlId = id ?? generated
  const hintId = `${controlId}-hint`
  const errorId = `${controlId}-error`
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined
  return (
    <div className={`${styles.field} ${error ? styles.invalid : ''}`}>
      <label className={styles.label} htmlFor={controlId}>
        {label}
      </label>
      {hint ? (
        <p className={styles.hint} id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className={styles.error} id={errorId}>
          {error}
        </p>
      ) : null}
      {cloneElement(children, {
        id: controlId,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
        className: `${styles.control} ${children.props.className ?? ''}`.trim(),
      })}
    </div>
  )
}
