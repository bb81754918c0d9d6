import type { ReactNode } from 'react'
import styles from './notice.module.css'
import { StatusIcon, type Tone } from './status-icon'

type Props = {
  tone?: Tone
  title?: string
  /** Announce when it appears (errors and outcomes of an action). */
  live?: boolean
  children?: ReactNode
  headingLevel?: 2 | 3
}

/** An alert in the console's manner: a lightly tinted card with the tone's icon, no border. */
export function Notice({ tone = 'info', title, live = false, children, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <div
      className={`${styles.notice} ${styles[tone]}`}
      role={live ? (tone === 'error' ? 'alert' : 'status') : undefined}
    >
      <StatusIcon tone={tone} className={styles.icon} />
      <div className={styles.body}>
        {title ? <Heading className={styles.title}>{title}</Heading> : null}
        {children}
      </div>
    </div>
  )
}
