import type { Application } from '@/api/contract'
import { formatDateTime } from '@/lib/format'
import { useMessages } from '@/lib/i18n'
import styles from './status.module.css'

/**
 * The application's history, oldest first: each event with its date and time in the user's clock
 * and language. Information-needed rounds and Send again are numbered, so each round shows.
 */
export function Timeline({ application }: { application: Application }) {
  const { t } = useMessages('status')
  let requests = 0
  let answers = 0
  return (
    <section aria-labelledby="timeline-heading" className={styles.timelineSection}>
      <h3 id="timeline-heading">{t('status.timeline.heading')}</h3>
      <ol className={styles.timeline}>
        {application.timeline.map((entry, index) => {
          if (entry.status === 'information_needed') requests += 1
          if (entry.status === 'resubmitted') answers += 1
          const round = entry.status === 'resubmitted' ? answers : requests
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: the history only grows at its end
            <li key={index} className={styles.event}>
              <span className={styles.eventName}>{t(`status.timeline.${entry.status}`, { round })}</span>{' '}
              <time dateTime={entry.at} className={styles.eventTime}>
                {formatDateTime(entry.at)}
              </time>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
