import { describe, expect, it } from 'vitest'
import { prefetchPlan } from './prefetch'

describe('what a page fetches for its next click', () => {
  it('fetches only step 1’s own page from the program page, not sign-in two clicks away', async () => {
    const plan = prefetchPlan('/')
    expect(plan?.words).toEqual(['welcome'])
    const [welcome, ...rest] = await Promise.all(plan?.code() ?? [])
    expect(rest).toEqual([])
    expect(welcome).toHaveProperty('Component')
  })

  it('fetches sign-in and the progress summary beside it from step 1’s page', async () => {
    const plan = prefetchPlan('/welcome')
    expect(plan?.words).toEqual(['welcome', 'signIn'])
    const [, signIn, summary] = await Promise.all(plan?.code() ?? [])
    expect(signIn).toHaveProperty('methods')
    expect(summary).toHaveProperty('ProgressSummary')
  })

  it('fetches the next step from a step', () => {
    expect(prefetchPlan('/application')?.words).toEqual(['forms', 'partnership'])
    expect(prefetchPlan('/idp/some-federation')).toBeNull()
  })
})
