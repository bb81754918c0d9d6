/**
 * The mock layer's word at start (mock-only): when the mock worker cannot start, a banner at the top
 * of the page says why and what to do, instead of a page that waits for data forever; when a
 * reproduction link is refused, a banner says so (and that the default scenario started instead).
 * It renders into its own root before the app's, follows the page's language (catalog `startup`)
 * and never takes focus.
 */
import { I18nProvider } from '@lingui/react'
import { StrictMode, Suspense, useState } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { i18n } from '@/lib/i18n'
import type { RefusalReason } from './demo-share-state'
import { useMockMessages } from './i18n'
import './startup-banner.css'

/** Why the worker did not start (see `startFailureReason` in mocks/startup.ts). */
export type StartFailure = 'file' | 'insecure' | 'storage' | 'script' | 'timeout'

export type BannerMessage =
  | { kind: 'start-failed'; reason: StartFailure; seconds: number }
  | { kind: 'link-refused'; reason: RefusalReason }

export function StartupBanner({ message, onClose }: { message: BannerMessage; onClose?: () => void }) {
  const { t } = useMockMessages('startup')
  if (message.kind === 'start-failed')
    return (
      <div role="alert" className="startup-banner startup-banner-error">
        <p className="startup-banner-title">{t('startup.failed.title')}</p>
        <p>{t(`startup.failed.${message.reason}`, { seconds: message.seconds })}</p>
        <p>{t('startup.failed.effect')}</p>
      </div>
    )
  return (
    <div role="alert" className="startup-banner startup-banner-warning">
      <p className="startup-banner-title">{t('startup.link.title')}</p>
      <p>{t(`startup.link.${message.reason}`)}</p>
      {onClose ? (
        <button type="button" className="startup-banner-close" onClick={onClose}>
          {t('startup.close')}
        </button>
      ) : null}
    </div>
  )
}

function Banner({ message }: { message: BannerMessage }) {
  const [open, setOpen] = useState(true)
  if (!open) return null
  return <StartupBanner message={message} onClose={() => setOpen(false)} />
}

let mounted: { host: HTMLElement; root: Root } | null = null

/** Shows a banner at the top of the page, before the app's root (one at a time: a new one replaces it). */
export function showStartupBanner(message: BannerMessage): void {
  if (!mounted?.host.isConnected) {
    const host = document.createElement('div')
    host.id = 'mock-startup-banner'
    document.body.prepend(host)
    mounted = { host, root: createRoot(host) }
  }
  mounted.root.render(
    <StrictMode>
      <I18nProvider i18n={i18n}>
        <Suspense fallback={null}>
          <Banner key={`${message.kind}:${message.reason}`} message={message} />
        </Suspense>
      </I18nProvider>
    </StrictMode>,
  )
}
