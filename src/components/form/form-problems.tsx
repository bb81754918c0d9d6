import type { FieldValues } from 'react-hook-form'
import { ApiErrorNotice } from '@/components/api-error-notice'
import { ErrorSummary } from '@/components/error-summary'
import styles from './form.module.css'
import type { PageForm } from './use-page-form'

/**
 * What went wrong with a form, at its top: the error summary (it takes focus after a refused
 * attempt and links to each field), and any failure not shown on a field, in words, with Try again.
 */
export function FormProblems<V extends FieldValues, O>({
  form,
  failedTitle,
}: {
  form: PageForm<V, O>
  /** The failure notice's title; a function for failures the page words itself. */
  failedTitle: string | ((failure: unknown) => string)
}) {
  const { failure } = form
  return (
    <>
      <ErrorSummary errors={form.summary} focusKey={form.focusKey} />
      {failure !== null ? (
        <ApiErrorNotice
          error={failure}
          title={typeof failedTitle === 'function' ? failedTitle(failure) : failedTitle}
          onRetry={() => void form.submit()}
          retrying={form.pending}
        >
          {form.problems.length > 0 ? (
            <ul className={styles.problems}>
              {form.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          ) : null}
        </ApiErrorNotice>
      ) : null}
    </>
  )
}
