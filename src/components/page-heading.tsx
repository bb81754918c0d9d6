import { useEffect, useRef } from 'react'
import { useLocation } from 'react-router'
import { useMessages } from '@/lib/i18n'

type Props = {
  children: string
  /** Starts the document title with "Error:" while the page shows validation errors. */
  hasErrors?: boolean
  /** The document title's first part when it differs from the heading. */
  title?: string
}

/**
 * The page's h1. It names the page in the document title, and takes focus after each navigation
 * (not on the first load) so that screen reader users hear where they are.
 */
export function PageHeading({ children, hasErrors = false, title }: Props) {
  const { t } = useMessages('common')
  const ref = useRef<HTMLHeadingElement>(null)
  const location = useLocation()

  useEffect(() => {
    const prefix = hasErrors ? t('common.app.errorTitlePrefix') : ''
    document.title = `${prefix}${title ?? children} — ${t('common.app.name')}`
  }, [children, hasErrors, title, t])

  useEffect(() => {
    if (location.key !== 'default') ref.current?.focus()
  }, [location.key])

  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  )
}
