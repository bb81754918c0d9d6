/**
 * "Share this state" in the demo panel (mock-only; loaded lazily by ./demo-share.tsx): copy a reproduction link that opens this
 * scenario, page and data on another machine; download the same state as a file (when the link
 * would be too long, or to attach to a ticket); load such a file here. The state, its checks and
 * what never travels (passwords): ./demo-share-state.ts.
 */
import { type ChangeEvent, useId, useRef, useState } from 'react'
import { syncFromStorage } from './db'
import {
  captureState,
  DemoStateRefused,
  MAX_LINK_LENGTH,
  pageOf,
  pageUrl,
  parseStateFile,
  type RefusalReason,
  restoreState,
  shareLink,
  stateFileName,
  stateFileText,
} from './demo-share-state'
import { useMockMessages } from './i18n'
import './demo-share.css'

type Message =
  | { id: 'share.copied' | 'share.copyByHand' | 'share.loading' }
  | { id: 'share.tooLong'; values: { length: number; limit: number } }
  | { id: 'share.downloaded'; values: { name: string } }
  | { id: `share.refused.${RefusalReason}` }

/** Opens the app afresh at a page of a loaded state (new page, empty caches). */
function reloadAt(page: string) {
  window.history.replaceState(null, '', pageUrl(window.location.origin, page))
  window.location.reload()
}

async function currentState() {
  // Another tab may have changed the stored database since this one last read it.
  await syncFromStorage()
  return captureState(pageOf(window.location))
}

export function DemoShareSection({ reload = reloadAt }: { reload?: (page: string) => void }) {
  const { t } = useMockMessages('share')
  const id = useId()
  const field = useRef<HTMLInputElement>(null)
  const [link, setLink] = useState<string | null>(null)
  const [message, setMessage] = useState<Message | null>(null)

  async function copy() {
    const shared = await shareLink(await currentState(), window.location.origin)
    if (shared.kind === 'too-long') {
      setLink(null)
      setMessage({ id: 'share.tooLong', values: { length: shared.length, limit: MAX_LINK_LENGTH } })
      return
    }
    setLink(shared.url)
    try {
      await navigator.clipboard.writeText(shared.url)
      setMessage({ id: 'share.copied' })
    } catch {
      // No clipboard (permission, plain http): the link is in the field, selected.
      setMessage({ id: 'share.copyByHand' })
      requestAnimationFrame(() => field.current?.select())
    }
  }

  async function download() {
    const state = await currentState()
    const name = stateFileName(state)
    const url = URL.createObjectURL(new Blob([stateFileText(state)], { type: 'application/json' }))
    const anchor = document.createElement('a')
    anchor.href = url
    anchor.download = name
    document.body.append(anchor)
    anchor.click()
    anchor.remove()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
    setMessage({ id: 'share.downloaded', values: { name } })
  }

  async function load(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget
    const file = input.files?.[0]
    if (!file) return
    setMessage({ id: 'share.loading' })
    try {
      const state = parseStateFile(await file.text())
      await restoreState(state)
      reload(state.page)
    } catch (error) {
      const reason = error instanceof DemoStateRefused ? error.reason : 'malformed'
      setMessage({ id: `share.refused.${reason}` })
    } finally {
      input.value = ''
    }
  }

  return (
    <section className="demo-panel-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="demo-panel-heading">
        {t('share.legend')}
      </h2>
      <div className="demo-panel-group">
        <p className="demo-panel-hint">{t('share.hint')}</p>
        <div className="demo-panel-choices">
          <button type="button" className="demo-panel-secondary" onClick={() => void copy()}>
            {t('share.copy')}
          </button>
          <button type="button" className="demo-panel-secondary" onClick={() => void download()}>
            {t('share.download')}
          </button>
        </div>
        {link ? (
          <div className="demo-panel-field demo-share-link">
            <label className="demo-panel-small-label" htmlFor={`${id}-link`}>
              {t('share.link')}
            </label>
            <input
              ref={field}
              id={`${id}-link`}
              className="demo-panel-wide-input"
              type="text"
              readOnly
              value={link}
              onFocus={(event) => event.currentTarget.select()}
            />
          </div>
        ) : null}
        {/* The browser's own file button speaks the browser's language: ours speaks the page's. */}
        <label className="demo-panel-secondary demo-share-file">
          {t('share.load')}
          <input
            className="demo-share-file-input"
            type="file"
            accept="application/json,.json"
            onChange={(event) => void load(event)}
          />
        </label>
        <p className="demo-share-message" aria-live="polite">
          {message ? t(message.id, 'values' in message ? message.values : undefined) : ''}
        </p>
      </div>
    </section>
  )
}
