import { describe, expect, it, vi } from 'vitest'

describe('mockReady', () => {
  it('starts the mock layer only when first needed, and once however often it is asked', async () => {
    vi.resetModules()
    const { mockReady, setMockStart } = await import('./mock-ready')
    let started = 0
    const start = vi.fn(async () => {
      started += 1
    })
    setMockStart(start)
    expect(start).not.toHaveBeenCalled()
    const first = mockReady()
    const second = mockReady()
    await Promise.all([first, second])
    expect(start).toHaveBeenCalledTimes(1)
    expect(started).toBe(1)
  })

  it('lets every waiting call fail with the start’s error, without an unhandled rejection', async () => {
    vi.resetModules()
    const { mockReady, setMockStart } = await import('./mock-ready')
    setMockStart(() => Promise.reject(new Error('no worker')))
    await expect(mockReady()).rejects.toThrow('no worker')
    await expect(mockReady()).rejects.toThrow('no worker')
  })
})
