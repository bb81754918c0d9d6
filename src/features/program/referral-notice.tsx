import { useLayoutEffect, useRef } from 'react'
import { Notice } from '@/components/notice'
import { useMessages } from '@/lib/i18n'
import { useProgramSettings } from './api'
import styles from './referral-notice.module.css'

/**
 * The seed's notice while the API says the referral program takes no new partners; when it is open,
 * a note that both programs are. The settings arrive after the first paint, so until then the
 * (usual) closed notice holds its place unseen, and whichever notice comes keeps at least that
 * height: the page does not move when it appears (layout shift). When the settings cannot be read,
 * the closed notice shows (nothing moves either).
 */
export function ReferralClosedNotice({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useMessages('common')
  const settings = useProgramSettings()
  const box = useRef<HTMLDivElement>(null)
  const reservedHeight = useRef<number | undefined>(undefined)

  useLayoutEffect(() => {
    if (settings.isPending && box.current) reservedHeight.current = box.current.offsetHeight
  })

  // Settings that cannot be read leave the seed's own statement (the closed notice) in the place it
  // held: taking it away would move the page, and the seed says the program takes no new partners.
  const open = settings.data?.referralProgramOpen ?? false
  return (
    <div
      ref={box}
      className={settings.isPending ? styles.reserved : undefined}
      style={settings.isPending ? undefined : { minHeight: reservedHeight.current }}
      aria-hidden={settings.isPending ? true : undefined}
    >
      {open ? (
        <Notice tone="info" title={t('common.referralNotice.openTitle')} headingLevel={headingLevel}>
          <p>{t('common.referralNotice.openBody')}</p>
        </Notice>
      ) : (
        <Notice tone="warning" title={t('common.referralNotice.title')} headingLevel={headingLevel}>
          <p>{t('common.referralNotice.body')}</p>
        </Notice>
      )}
    </div>
  )
}
