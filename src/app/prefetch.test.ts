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

  it('fetches sign-in from step 1’s page, and the next step from a step', () => {
    expect(prefetchPlan('/welcome')?.words).toEqual(['welcome', 'signIn'])
    expect(prefetchPlan('/application')?.words).toEqual(['forms', 'partnership'])
    expect(prefetchPlan('/idp/some-federation')).toBeNull()
  })
})
