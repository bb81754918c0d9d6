import { useEffect, useRef } from 'react'
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
 *
 * The height is read by a ResizeObserver, which the browser answers after its own layout of the
 * frame: reading `offsetHeight` in a layout effect forced a style and layout inside React's commit of
 * the first page (57–84 ms of main thread under Lighthouse's layout tracking, which records a stack for
 * each layout object built while script runs; 11 ms without it).
 */
export function ReferralClosedNotice({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useMessages('common')
  const settings = useProgramSettings()
  const box = useRef<HTMLDivElement>(null)
  const reservedHeight = useRef<number | undefined>(undefined)

  useEffect(() => {
    const element = box.current
    if (!settings.isPending || !element || !window.ResizeObserver) return
    // Called after the browser's layout: the height is read, not computed.
    const observer = new ResizeObserver(() => {
      reservedHeight.current = element.offsetHeight
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [settings.isPending])

  const open = settings.data?.referralProgramOpen ?? false
  return (
    // The height measured while the settings were read, kept once they answer (a ref read at render:
    // it changes only by measurement, and the render that uses it is the one that ends the wait).
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
