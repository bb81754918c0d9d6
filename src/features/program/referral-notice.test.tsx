import { failNext, setLatency } from '@mocks/http'
import { renderApp } from '@test/render-app'
import { screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { programSettingsQuery } from './api'

const closedHeading = /referral program is not accepting new partners/i

describe('the referral notice', () => {
  it('shows the closed notice in its place when the program settings cannot be read (nothing moves)', async () => {
    failNext('programSettings', 503, 1)
    const { queryClient } = await renderApp({ path: '/' })
    await waitFor(() =>
      expect(queryClient.getQueryState(programSettingsQuery().queryKey)?.status).toBe('error'),
    )
    const heading = screen.getByRole('heading', { name: closedHeading })
    expect(heading).toBeVisible()
    // Shown, not only holding its place: nothing hides it from assistive technology.
    expect(heading.closest('[aria-hidden="true"]')).toBeNull()
  })

  it('shows the seed’s closed notice before the settings arrive, so the first paint holds the page’s largest text', async () => {
    setLatency(1_500)
    const { queryClient } = await renderApp({ path: '/' })
    const heading = await screen.findByRole('heading', { name: closedHeading })
    expect(queryClient.getQueryState(programSettingsQuery().queryKey)?.status).toBe('pending')
    expect(heading).toBeVisible()
    expect(heading.closest('[aria-hidden="true"]')).toBeNull()
  })

  it('gives its place to the open note when the settings say the referral program is open', async () => {
    await renderApp({ path: '/', scenario: 'referral-open' })
    expect(
      await screen.findByRole('heading', { name: /referral program is accepting new partners/i }),
    ).toBeVisible()
    expect(screen.queryByRole('heading', { name: closedHeading })).toBeNull()
  })

  describe('its height while the settings are read', () => {
    afterEach(() => vi.unstubAllGlobals())

    it('keeps the height the browser measured (after its layout, never forced in the commit) once the open note takes its place', async () => {
      // jsdom lays nothing out: a ResizeObserver that reports after a browser's layout would, where
      // the element's height is 148 px.
      const observed: Element[] = []
      vi.stubGlobal(
        'ResizeObserver',
        class {
          constructor(private readonly report: ResizeObserverCallback) {}
          observe(element: Element) {
            observed.push(element)
            Object.defineProperty(element, 'offsetHeight', { configurable: true, value: 148 })
            queueMicrotask(() => this.report([], this as never))
          }
          disconnect() {}
          unobserve() {}
        },
      )
      setLatency(300)
      await renderApp({ path: '/', scenario: 'referral-open' })
      const open = await screen.findByRole('heading', { name: /referral program is accepting new partners/i })
      expect(observed).toHaveLength(1)
      const box = observed[0] as HTMLElement
      expect(box.contains(open)).toBe(true)
      expect(box.style.minHeight).toBe('148px')
    })
  })
})
