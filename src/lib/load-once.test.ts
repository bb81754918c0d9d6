import { describe, expect, it, vi } from 'vitest'
import { loadOnce } from './load-once'

describe('loadOnce', () => {
  it('shares one load between callers and keeps what it loaded', async () => {
    const load = vi.fn(async () => ({ value: 1 }))
    const get = loadOnce(load)
    const [a, b] = await Promise.all([get(), get()])
    expect(a).toBe(b)
    expect(await get()).toBe(a)
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('loads again after a failed load (offline at the first request, online at the next)', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce('module')
    const get = loadOnce(load)
    await expect(get()).rejects.toThrow('Failed to fetch')
    expect(await get()).toBe('module')
    expect(load).toHaveBeenCalledTimes(2)
  })
})
