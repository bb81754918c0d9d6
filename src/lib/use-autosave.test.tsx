/**
 * Autosave sends only what changed with the version it is based on; a save refused because another
 * tab saved meanwhile (409 version_conflict) keeps what was typed and offers both ways out; a
 * browser whose storage is full says so instead of pretending a copy is kept.
 */

import { staleApplication } from '@test/api'
import { act, renderHook, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/api/errors'
import { type AutosaveMeta, USER_STORAGE_PREFIX, useAutosave } from './use-autosave'

type Draft = { name: string; position: string; phone: string }
const initial: Draft = { name: 'Анна', position: '', phone: '' }
const KEY = 'test.draft'

function setup(save: (value: Draft, meta: AutosaveMeta<Draft>) => Promise<unknown>, onTakeTheirs = vi.fn()) {
  const hook = renderHook(
    ({ value }: { value: Draft }) =>
      useAutosave<Draft>({
        value,
        initial,
        save,
        backupKey: KEY,
        delayMs: 0,
        version: 4,
        fromServer: ({ draft: { contacts } }) => ({
          name: contacts.name ?? '',
          position: contacts.position ?? '',
          phone: contacts.phone ?? '',
        }),
        onTakeTheirs,
      }),
    { initialProps: { value: initial } },
  )
  return { ...hook, onTakeTheirs }
}

afterEach(() => vi.restoreAllMocks())

describe('useAutosave', () => {
  it('sends only the fields that changed, with the version it is based on, then the version the server returned', async () => {
    const save = vi.fn(async (_value: Draft, meta: AutosaveMeta<Draft>) => ({
      version: (meta.version ?? 0) + 1,
    }))
    const { rerender, result } = setup(save)
    rerender({ value: { ...initial, position: 'CTO' } })
    await waitFor(() => expect(result.current.status).toBe('saved'))
    expect(save).toHaveBeenLastCalledWith(
      { ...initial, position: 'CTO' },
      { changes: { position: 'CTO' }, version: 4 },
    )
    rerender({ value: { ...initial, position: 'CTO', phone: '+7 912' } })
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2))
    expect(save.mock.calls[1]?.[1]).toEqual({ changes: { phone: '+7 912' }, version: 5 })
  })

  it('follows a newer version the page gets from this tab’s own other writes', async () => {
    const save = vi.fn(async (_value: Draft, _meta: AutosaveMeta<Draft>) => ({ version: 12 }))
    const hook = renderHook(
      ({ value, version }: { value: Draft; version: number }) =>
        useAutosave<Draft>({ value, initial, save, backupKey: KEY, delayMs: 0, version }),
      { initialProps: { value: initial, version: 4 } },
    )
    hook.rerender({ value: initial, version: 11 })
    hook.rerender({ value: { ...initial, phone: '+7' }, version: 11 })
    await waitFor(() => expect(save).toHaveBeenCalledOnce())
    expect(save.mock.calls[0]?.[1]).toEqual({ changes: { phone: '+7' }, version: 11 })
    // An older version (a late cache write) never takes the hook back.
    hook.rerender({ value: { ...initial, phone: '+79' }, version: 5 })
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2))
    expect(save.mock.calls[1]?.[1]).toEqual({ changes: { phone: '+79' }, version: 12 })
  })

  it('on a version conflict keeps what was typed, shows what is newer, and can keep mine or take theirs', async () => {
    const theirs = { version: 9, draft: { name: 'Анна', position: 'CEO', phone: '+7 495' } }
    const current = staleApplication(theirs.version, {
      draft: { contacts: theirs.draft, tin: '', billingAccountId: null },
    })
    const save = vi
      .fn<(value: Draft, meta: AutosaveMeta<Draft>) => Promise<unknown>>()
      .mockRejectedValueOnce(
        new ApiError({
          kind: 'conflict',
          status: 409,
          code: 'version_conflict',
          message: 'x',
          current,
        }),
      )
      .mockResolvedValue({ version: 10 })
    const { rerender, result, onTakeTheirs } = setup(save)
    const mine = { ...initial, position: 'CTO' }
    rerender({ value: mine })
    await waitFor(() => expect(result.current.status).toBe('conflict'))
    expect(result.current.conflict).toEqual({ theirs: theirs.draft, newer: ['position', 'phone'] })
    expect(JSON.parse(window.localStorage.getItem(USER_STORAGE_PREFIX + KEY) ?? 'null')).toEqual(mine)

    // Keep mine: my change goes on top of the newer version; the other tab's phone stays.
    const merged = { name: 'Анна', position: 'CTO', phone: '+7 495' }
    await act(() => result.current.keepMine())
    expect(onTakeTheirs).toHaveBeenCalledWith(merged)
    expect(save).toHaveBeenLastCalledWith(merged, { changes: { position: 'CTO' }, version: 9 })
    expect(result.current.status).toBe('saved')
    expect(result.current.conflict).toBeNull()
  })

  it('taking the newer version hands it to the page and sends nothing', async () => {
    const theirs = { version: 9, draft: { name: 'Анна', position: 'CEO', phone: '' } }
    const current = staleApplication(theirs.version, {
      draft: { contacts: theirs.draft, tin: '', billingAccountId: null },
    })
    const save = vi.fn<(value: Draft, meta: AutosaveMeta<Draft>) => Promise<unknown>>().mockRejectedValueOnce(
      new ApiError({
        kind: 'conflict',
        status: 409,
        code: 'version_conflict',
        message: 'x',
        current,
      }),
    )
    const { rerender, result, onTakeTheirs } = setup(save)
    rerender({ value: { ...initial, position: 'CTO' } })
    await waitFor(() => expect(result.current.status).toBe('conflict'))
    act(() => result.current.takeTheirs())
    expect(onTakeTheirs).toHaveBeenCalledWith(theirs.draft)
    rerender({ value: theirs.draft })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(save).toHaveBeenCalledTimes(1)
    expect(result.current.conflict).toBeNull()
    expect(window.localStorage.getItem(USER_STORAGE_PREFIX + KEY)).toBeNull()
  })

  it('says when this browser could not keep a copy (storage full) and the save failed', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    const save = vi.fn(async () => {
      throw new ApiError({ kind: 'network', status: 0, code: 'network', message: 'x' })
    })
    const { rerender, result } = setup(save)
    rerender({ value: { ...initial, position: 'CTO' } })
    await waitFor(() => expect(result.current.status).toBe('error'))
    expect(result.current.backupFailed).toBe(true)
  })
})
