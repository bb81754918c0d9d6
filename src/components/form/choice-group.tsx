import type { ReactNode } from 'react'
import { describedByOf, FieldNotes } from '@/components/field'
import styles from './choice-group.module.css'

export { firstChoiceId } from './choice-id'

export type Choice = {
  value: string
  label: string
  /** A line under the label, tied to the control. */
  hint?: ReactNode
  /** Why the choice is unavailable, when it is. */
  disabledReason?: ReactNode
  disabled?: boolean
}

export type ChoiceGroupProps = {
  /** Prefix of the controls' ids; the first control's id is `${id}-${first value}`. */
  id: string
  type: 'checkbox' | 'radio'
  name: string
  legend: ReactNode
  /** Renders the legend as a heading of this level (a question that titles its section). */
  legendHeading?: 1 | 2 | 3
  hint?: ReactNode
  /** The error in words (already translated). */
  error?: string
  choices: Choice[]
  value: string | readonly string[] | null
  onChange: (value: string | string[]) => void
  /** Ids of text that explains every choice of the group (e.g. why they are locked). */
  describedBy?: string
  /** Lays short choices out in columns on wide screens. */
  columns?: boolean
  /** Shows each choice as a card (a few weighty options). */
  cards?: boolean
  /** Shown right after the legend, before the hint and error (a page whose legend is its heading: its lead). */
  lead?: ReactNode
  /** Shown before the choices (e.g. why they are unavailable). */
  intro?: ReactNode
  /** Shown after the choices (e.g. what a choice needs next). */
  children?: ReactNode
}

/**
 * A fieldset of native checkboxes or radios, with its legend, hint and error tied to it (the same
 * hint and error markup as Field).
 */
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
  cards = false,
  lead,
  intro,
  children,
}: ChoiceGroupProps) {
  const selected: readonly string[] = Array.isArray(value) ? value : value ? [value as string] : []
  const Heading = legendHeading ? (`h${legendHeading}` as const) : null

  const toggle = (choice: string, checked: boolean) => {
    if (type === 'radio') onChange(choice)
    else onChange(checked ? [...selected, choice] : selected.filter((v) => v !== choice))
  }

  return (
    <fieldset
      className={[styles.group, error ? styles.groupInvalid : '', cards ? styles.cards : ''].join(' ').trim()}
      aria-describedby={describedByOf(id, hint, error)}
    >
      <legend className={styles.legend}>
        {Heading ? <Heading className={styles.legendHeading}>{legend}</Heading> : legend}
      </legend>
      {lead}
      {hint || error ? (
        <div className={styles.notes}>
          <FieldNotes id={id} hint={hint} error={error} />
        </div>
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
