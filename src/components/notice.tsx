import type { ReactNode } from 'react'
import styles from './notice.module.css'

type Props = {
  tone?: 'info' | 'warning' | 'error' | 'success'
  title?: string
  /** Announce when it appears (errors and outcomes of an action). */
  live?: boolean
  children?: ReactNode
  headingLevel?: 2 | 3
}

export function Notice({ tone = 'info', title, live = false, children, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <div
      className={`${styles.notice} ${styles[tone]}`}
      role={live ? (tone === 'error' ? 'alert' : 'status') : undefined}
    >
      {title ? <Heading className={styles.title}>{title}</Heading> : null}
      {children}
    </div>
  )
}
