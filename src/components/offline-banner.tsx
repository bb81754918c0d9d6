import { useEffect, useState } from 'react'
import { useMessages } from '@/lib/i18n'
import { useOnline } from '@/lib/online'
import { Notice } from './notice'
import styles from './offline-banner.module.css'

/**
 * Says that the browser is offline, that what is typed is kept and is sent when the connection is
 * back (queries, autosave and sends wait meanwhile: src/lib/online.ts); and then, to screen readers,
 * when it is back (the same status region, so both are announced). Loaded after the first paint
 * (src/app/shell/watchers.tsx), before it can be needed: offline, no chunk could be fetched.
 */
export default function OfflineBanner() {
  const { t } = useMessages('forms')
  const online = useOnline()
  const [wasOffline, setWasOffline] = useState(false)
  useEffect(() => {
    if (!online) setWasOffline(true)
  }, [online])
  // Nothing at all until the first time offline (the page's own status messages stay the only ones).
  if (online && !wasOffline) return null
  return (
    <div role="status" className={wasOffline && online ? undefined : styles.region}>
      {!online ? (
        <div className={styles.banner}>
          <Notice tone="warning" title={t('forms.offline.title')}>
            <p>{t('forms.offline.body')}</p>
          </Notice>
        </div>
      ) : wasOffline ? (
        <span className="visually-hidden">{t('forms.offline.back')}</span>
      ) : null}
    </div>
  )
}
