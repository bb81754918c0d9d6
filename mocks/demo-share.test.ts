/**
 * "Share this state": Copy link shows the link (and copies it when the clipboard allows); Download
 * file offers the state as JSON; Load a file restores a downloaded state and reopens the app at its
 * page, and a file that is not one is refused with a message, loading nothing. (JSX-free: mocks'
 * tests are *.test.ts.)
 */
import { I18nProvider } from '@lingui/react'
import { renderSettled } from '@test/render-settled'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createElement, Suspense } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '@/lib/i18n'
import { db, scenarioName } from './db'
import { DemoShare } from './demo-share'
import { captureState, payloadOf, stateFileText } from './demo-share-state'
import { applyScenario } from './scenarios'

async function renderShare() {
  const reload = vi.fn()
  const user = userEvent.setup()
  await renderSettled(
    createElement(
      I18nProvider,
      { i18n },
      createElement(Suspense, { fallback: null }, createElement(DemoShare, { reload })),
    ),
  )
  await screen.findByRole('region', { name: 'Share this state' }, { timeout: 10_000 })
  return { user, reload }
}

describe('sharing the demo state', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    // Test files share a jsdom (isolate: false): leave no stand-in clipboard behind.
    Reflect.deleteProperty(navigator, 'clipboard')
  })

  it('shows the reproduction link and copies it', async () => {
    await applyScenario('in-review')
    const { user } = await renderShare()
    const writeText = vi.fn(() => Promise.resolve())
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } })
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    const field = await screen.findByRole('textbox', { name: 'Reproduction link' })
    const link = (field as HTMLInputElement).value
    expect(link).toMatch(/^http:\/\/localhost(:\d+)?\/#demo=/)
    expect(payloadOf(new URL(link).hash)).not.toBeNull()
    expect(writeText).toHaveBeenCalledWith(link)
    expect(await screen.findByText('The link is copied.')).toBeInTheDocument()
  })

  it('says to copy by hand when the clipboard refuses', async () => {
    const { user } = await renderShare()
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error('denied')) },
    })
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    expect(await screen.findByText('Copy the link from the field above.')).toBeInTheDocument()
    const field = screen.getByRole('textbox', { name: 'Reproduction link' }) as HTMLInputElement
    expect(field.value).toContain('#demo=')
  })

  it('downloads the state as a file', async () => {
    await applyScenario('rejected')
    const { user } = await renderShare()
    const blobs: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob)
      return 'blob:test'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
    await user.click(screen.getByRole('button', { name: 'Download file' }))
    expect(
      await screen.findByText('The file partner-onboarding-demo-rejected.json is downloaded.'),
    ).toBeInTheDocument()
    expect(click).toHaveBeenCalledOnce()
    const [blob] = blobs
    if (!blob) throw new Error('no file was offered')
    const saved = JSON.parse(await blob.text())
    expect(saved.scenario).toBe('rejected')
    expect(saved.tables.applications).toEqual(JSON.parse(JSON.stringify(db.applications.all())))
  })

  it('loads a downloaded file and reopens the app at its page; refuses anything else', async () => {
    await applyScenario('approved-partner')
    const text = stateFileText(captureState('/partner'))
    const applications = JSON.parse(JSON.stringify(db.applications.all())) as unknown[]
    await applyScenario('new-user')
    const { user, reload } = await renderShare()
    const input = screen.getByLabelText('Load a file')

    await user.upload(
      input,
      new File(['{"format":"something else"}'], 'other.json', { type: 'application/json' }),
    )
    expect(
      await screen.findByText(
        'This file does not hold a valid demo state (it was changed or is from another version). Nothing was loaded.',
      ),
    ).toBeInTheDocument()
    expect(scenarioName()).toBe('new-user')
    expect(reload).not.toHaveBeenCalled()

    await user.upload(input, new File([text], 'state.json', { type: 'application/json' }))
    await vi.waitFor(() => expect(reload).toHaveBeenCalledWith('/partner'))
    expect(scenarioName()).toBe('approved-partner')
    expect(JSON.parse(JSON.stringify(db.applications.all()))).toEqual(applications)
  })
})
