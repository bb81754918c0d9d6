import type { ReactNode } from 'react'
import styles from './partnership.module.css'

export type Choice = {
  value: string
  label: string
  /** A line under the label, tied to the control. */
  hint?: ReactNode
  /** Why the choice is unavailable, when it is. */
  disabledReason?: ReactNode
  disabled?: boolean
}

type Props = {
  /** Prefix of the controls' ids; the first control's id is `${id}-${first value}`. */
  id: string
  type: 'checkbox' | 'radio'
  name: string
  legend: ReactNode
  /** Renders the legend as a heading of this level (a question that titles its section). */
  legendHeading?: 2 | 3
  hint?: ReactNode
  /** The error in words (already translated). */
  error?: string
  choices: Choice[]
  value: string | string[]
  onChange: (value: string | string[]) => void
  /** Ids of text that explains every choice of the group (e.g. why they are locked). */
  describedBy?: string
  /** Lays short choices out in columns on wide screens. */
  columns?: boolean
  /** Shown before the choices (e.g. why they are unavailable). */
  intro?: ReactNode
  /** Shown after the choices (e.g. what a choice needs next). */
  children?: ReactNode
}

/** The id the error summary links to: the group's first control. */
export const firstChoiceId = (id: string, values: readonly string[]) => `${id}-${values[0] ?? ''}`

/** A fieldset of native checkboxes or radios, with its legend, hint and error tied to it. */
export function ChoiceGroup({
  id,
  type,
  name,
  legend,
  legendHeading,
  hint,
  error,
  choices,
  value,
  onChange,
  describedBy,
  columns = false,
  intro,
  children,
}: Props) {
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const groupDescribedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ')
  const selected = Array.isArray(value) ? value : [value]
  const Heading = legendHeading === 2 ? 'h2' : legendHeading === 3 ? 'h3' : null

  const toggle = (choice: string, checked: boolean) => {
    if (type === 'radio') onChange(choice)
    else onChange(checked ? [...selected, choice] : selected.filter((v) => v !== choice))
  }

  return (
    <fieldset
      className={`${styles.group} ${error ? styles.groupInvalid : ''}`}
      aria-describedby={groupDescribedBy || undefined}
    >
      <legend className={styles.legend}>
        {Heading ? <Heading className={styles.legendHeading}>{legend}</Heading> : legend}
      </legend>
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
      {intro}
      <div className={columns ? styles.choiceColumns : styles.choices}>
        {choices.map((choice) => {
          const controlId = `${id}-${choice.value}`
          const notes = [
            describedBy ?? null,
            choice.hint ? `${controlId}-hint` : null,
            choice.disabledReason ? `${controlId}-reason` : null,
          ]
            .filter(Boolean)
            .join(' ')
          return (
            <div key={choice.value} className={styles.choice}>
              <input
                id={controlId}
                className={styles.choiceInput}
                type={type}
                name={name}
                value={choice.value}
                checked={selected.includes(choice.value)}
                disabled={choice.disabled}
                aria-invalid={error ? true : undefined}
                aria-describedby={notes || undefined}
                onChange={(event) => toggle(choice.value, event.target.checked)}
              />
              <div>
                <label className={styles.choiceLabel} htmlFor={controlId}>
                  {choice.label}
                </label>
                {choice.hint ? (
                  <p className={styles.choiceHint} id={`${controlId}-hint`}>
                    {choice.hint}
                  </p>
                ) : null}
                {choice.disabledReason ? (
                  <p className={styles.choiceReason} id={`${controlId}-reason`}>
                    {choice.disabledReason}
                  </p>
                ) : null}
              </div>
            </div>
          )
        })}
      </div>
      {children}
    </fieldset>
  )
}
