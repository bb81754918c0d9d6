import type { ReactNode } from 'react'
import { useMessages } from '@/lib/i18n'
import { ApiErrorNotice } from './api-error-notice'
import { PageHeading } from './page-heading'

type LoadingQuery = { isLoading: boolean; error: unknown; refetch: () => unknown }

/**
 * What a page shows before its data is there: a loading line, or its heading with the failure and
 * Try again (which retries every query that failed).
 * Null once everything is loaded; a query that is not enabled counts as loaded.
 */
export function usePageLoadState({
  title,
  failedTitle,
  queries,
}: {
  title: string
  failedTitle: string
  queries: LoadingQuery[]
}): ReactNode | null {
  const { t } = useMessages('common')
  const failed = queries.find((query) => query.error)
  if (failed) {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <ApiErrorNotice
          error={failed.error}
          title={failedTitle}
          onRetry={() => {
            for (const query of queries) if (query.error) void query.refetch()
          }}
        />
      </>
    )
  }
  if (queries.some((query) => query.isLoading)) return <p role="status">{t('common.status.loading')}</p>
  return null
}
