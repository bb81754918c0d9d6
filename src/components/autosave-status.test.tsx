/**
 * What the autosave line says in both languages when the draft changed in another tab (what is
 * newer, both ways out) and when this browser could not keep a copy of a draft that was not saved.
 */
import { I18nProvider } from '@lingui/react'
import { renderSettled } from '@test/render-settled'
import { act, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Suspense } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { changeLanguage, i18n, preloadMessages } from '@/lib/i18n'
import { AutosaveStatus } from './autosave-status'

async function show(props: Partial<Parameters<typeof AutosaveStatus>[0]> = {}) {
  const handlers = { onRetry: vi.fn(), onKeepMine: vi.fn(), onTakeTheirs: vi.fn() }
  // Settled: a render that suspends (the catalog) is finished with its effects.
  await renderSettled(
    <I18nProvider i18n={i18n}>
      <Suspense fallback={null}>
        <AutosaveStatus status="idle" savedAt={null} {...handlers} {...props} />
      </Suspense>
    </I18nProvider>,
  )
  return handlers
}

// The pages load their messages in their route's loader; here it is done before rendering.
beforeEach(() => preloadMessages('forms', 'common'))

afterEach(async () => {
  await act(() => changeLanguage('en'))
})

describe('AutosaveStatus', () => {
  it('says the draft changed in another tab, lists what is newer as text, and offers both ways out', async () => {
    const { onKeepMine, onTakeTheirs } = await show({
      status: 'conflict',
      conflict: {
        newer: [
          { label: 'Position', value: '<b>CTO</b>' },
          { label: 'Phone', value: '' },
        ],
      },
    })
    const notice = await screen.findByRole('status')
    expect(notice).toHaveTextContent('Changed in another tab')
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual(['Position', 'Phone'])
    expect(screen.getAllByRole('definition').map((value) => value.textContent)).toEqual([
      '<b>CTO</b>',
      '(empty)',
    ])
    expect(notice.querySelector('b')).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'Keep what I entered' }))
    await userEvent.click(screen.getByRole('button', { name: 'Use the newer version' }))
    expect(onKeepMine).toHaveBeenCalledOnce()
    expect(onTakeTheirs).toHaveBeenCalledOnce()
  })

  it('says so when the draft was not saved and no copy could be kept (storage full)', async () => {
    await show({ status: 'error', backupFailed: true })
    expect(await screen.findByRole('status')).toHaveTextContent(/could not keep a copy/)
    expect(screen.getByRole('button', { name: 'Save now' })).toBeInTheDocument()
  })

  it('speaks Russian', async () => {
    await act(() => changeLanguage('ru'))
    await preloadMessages('forms', 'common')
    await show({ status: 'conflict', conflict: { newer: [{ label: 'Должность', value: 'CTO' }] } })
    expect(await screen.findByRole('heading', { name: 'Изменено в другой вкладке' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Оставить мои данные' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Взять новую версию' })).toBeInTheDocument()
  })
})
