import { useLayoutEffect, useRef } from 'react'
import { Notice } from '@/components/notice'
import { useMessages } from '@/lib/i18n'
import { useProgramSettings } from './api'

/**
 * The seed's notice while the API says the referral program takes no new partners; when it is open,
 * a note that both programs are. The settings arrive after the first paint (after the API layer, and
 * in a demo build after the mock layer), so until then the seed's own statement (the closed notice)
 * shows at once: it is the largest text on a phone, and a notice that appeared only with the answer
 * made the page's largest paint wait for the API (LCP 1–2 s after the first paint, `npm run
 * lighthouse`). When the settings say the program is open, the open note takes its place and keeps at
 * least its height (no layout shift); when they cannot be read, the closed notice stays.
 */
export function ReferralClosedNotice({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useMessages('common')
  const settings = useProgramSettings()
  const box = useRef<HTMLDivElement>(null)
  const reservedHeight = useRef<number | undefined>(undefined)

  useLayoutEffect(() => {
    if (settings.isPending && box.current) reservedHeight.current = box.current.offsetHeight
  })

  const open = settings.data?.referralProgramOpen ?? false
  return (
    <div ref={box} style={settings.isPending ? undefined : { minHeight: reservedHeight.current }}>
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
