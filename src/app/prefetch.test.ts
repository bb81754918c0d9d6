import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { loadContract } from '@/api/load-contract'
import { warmMediaControls } from '@/lib/warm-media-controls'
import { prefetchNextStep, prefetchPlan } from './prefetch'

describe('what a page fetches for its next click', () => {
  it('fetches only step 1’s own page from the program page, not sign-in two clicks away', async () => {
    const plan = prefetchPlan('/')
    expect(plan?.words).toEqual(['welcome'])
    const [welcome, ...rest] = await Promise.all(plan?.code.map((load) => load()) ?? [])
    expect(rest).toEqual([])
    expect(welcome).toHaveProperty('Component')
  })

  it('fetches sign-in and the progress summary beside it from step 1’s page, what sign-in shares with later steps first', async () => {
    const plan = prefetchPlan('/welcome')
    expect(plan?.words).toEqual(['welcome', 'signIn'])
    // The contract first, in its pieces (src/api/load-contract.ts), then what imports it.
    expect(plan?.code[1]).toBe(loadContract)
    const [, , api, form, signIn, summary] = await Promise.all(plan?.code.map((load) => load()) ?? [])
    expect(api).toHaveProperty('call')
    expect(form).toHaveProperty('usePageForm')
    expect(signIn).toHaveProperty('methods')
    // The summary's lazy component, loaded (it renders at once afterwards: ./shell/lazy-summary).
    expect(summary).toHaveProperty('default.name', 'ProgressSummary')
  })

  it('fetches the next step from a step, and prepares the video player for the partnership page', async () => {
    const plan = prefetchPlan('/application')
    expect(plan?.words).toEqual(['forms', 'partnership'])
    const [partnership] = await Promise.all(plan?.code.map((load) => load()) ?? [])
    expect(partnership).toHaveProperty('choice')
    expect(plan?.prepare).toBe(warmMediaControls)
    expect(prefetchPlan('/idp/some-federation')).toBeNull()
  })
})

describe('prefetchNextStep', () => {
  const idle: (() => void)[] = []
  const runIdle = (index: number) => idle[index]?.()
  beforeEach(() => {
    idle.length = 0
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run))
    vi.stubGlobal('cancelIdleCallback', () => undefined)
  })
  afterEach(() => vi.unstubAllGlobals())

  it('starts each piece of the next step in an idle period of its own, and stops when cancelled', () => {
    const cancel = prefetchNextStep('/welcome')
    // Sign-in's pieces: step 1's route, the contract, the API layer, the form parts, sign-in's route,
    // the progress summary, then the words.
    expect(idle).toHaveLength(1)
    runIdle(0)
    expect(idle).toHaveLength(2)
    runIdle(1)
    expect(idle).toHaveLength(3)
    cancel()
    runIdle(2)
    expect(idle).toHaveLength(3)
  })

  it('starts all seven pieces of /welcome’s plan, one per idle period', () => {
    prefetchNextStep('/welcome')
    for (let i = 0; i < 10 && i < idle.length; i++) runIdle(i)
    expect(idle).toHaveLength(7)
  })

  it('prepares the next page last, after its code and words, once the user is at work on the page', async () => {
    const warm = vi.spyOn(HTMLVideoElement.prototype, 'remove')
    prefetchNextStep('/application')
    runIdle(0) // the partnership page's code
    runIdle(1) // its words
    await Promise.resolve()
    // Nobody has touched the page yet (it may still be loading): nothing more is scheduled.
    expect(idle).toHaveLength(2)
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }))
    await vi.waitFor(() => expect(idle).toHaveLength(3))
    expect(warm).not.toHaveBeenCalled()
    runIdle(2)
    expect(warm).toHaveBeenCalledOnce()
    warm.mockRestore()
  })

  it('counts an input made while the code was still coming, and nothing after it is cancelled', async () => {
    const warm = vi.spyOn(HTMLVideoElement.prototype, 'remove')
    prefetchNextStep('/application')
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))
    runIdle(0)
    runIdle(1)
    await vi.waitFor(() => expect(idle).toHaveLength(3))
    runIdle(2)
    expect(warm).toHaveBeenCalledOnce()

    const cancel = prefetchNextStep('/application')
    runIdle(3)
    runIdle(4)
    cancel()
    document.body.dispatchEvent(new Event('input', { bubbles: true }))
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(idle).toHaveLength(5)
    expect(warm).toHaveBeenCalledOnce()
    warm.mockRestore()
  })
})
