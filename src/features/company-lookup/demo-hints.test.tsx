/**
 * In a demo build the TIN field offers the mock registry's reserved TINs as chips (the mock layer
 * fills src/lib/demo-hints.ts; a real build never does): buttons named by the TIN and what it
 * produces, in both languages, that fill the field as typing would, so the registry answers.
 */
import { TIN_HINTS } from '@mocks/demo-tin-hints'
import { RESERVED_TINS, resetRegistryOutage } from '@mocks/registry/index'
import { act, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setDemoHints } from '@/lib/demo-hints'
import { openAsIvan } from './open-as-ivan'

describe('demo TIN chips', () => {
  beforeEach(() => resetRegistryOutage())
  afterEach(() => setDemoHints('tin', null))

  it('are absent where no demo hints were given (a real build)', async () => {
    await openAsIvan()
    expect(screen.queryByRole('group', { name: 'Demo TINs (mock registry)' })).not.toBeInTheDocument()
  })

  it('say what each TIN produces and fill the field as typing would: the registry answers', async () => {
    setDemoHints('tin', TIN_HINTS)
    const { user, tin } = await openAsIvan()
    const chips = screen.getByRole('group', { name: 'Demo TINs (mock registry)' })
    const names = within(chips)
      .getAllByRole('button')
      .map((chip) => chip.textContent)
    expect(names).toEqual(TIN_HINTS.hints.map((hint) => `${hint.value} · ${hint.label.en}`))
    for (const produces of [
      'found',
      'head office and branches',
      'liquidated',
      'not found',
      'registry down',
      'entrepreneur',
    ])
      expect(names.some((name) => name?.endsWith(` · ${produces}`))).toBe(true)

    await user.click(within(chips).getByRole('button', { name: `${RESERVED_TINS.liquidated} · liquidated` }))
    expect(tin).toHaveValue(RESERVED_TINS.liquidated)
    expect(tin).toHaveFocus()
    expect(await screen.findByText(/lists the company as liquidated/, {})).toBeInTheDocument()

    await user.click(within(chips).getByRole('button', { name: `${RESERVED_TINS.notFound} · not found` }))
    expect(tin).toHaveValue(RESERVED_TINS.notFound)
    expect(
      await screen.findByRole('heading', { name: new RegExp(RESERVED_TINS.notFound) }),
    ).toBeInTheDocument()
  })

  it('speak Russian', async () => {
    await openAsIvan('ru')
    act(() => setDemoHints('tin', TIN_HINTS))
    const chips = await screen.findByRole('group', { name: 'ИНН для демо (тестовый реестр)' })
    expect(
      within(chips).getByRole('button', { name: `${RESERVED_TINS.entrepreneur} · ИП` }),
    ).toBeInTheDocument()
  })
})
