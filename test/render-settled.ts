/**
 * Every component test renders through here (or through ./render-app, which does): `render()` inside
 * an awaited `act()`. A first render that suspends (a lazy part of the shell, a catalog, a panel's
 * code, loading for the first time in this worker) is then finished by act, effects included. Under a
 * bare `render()` (a synchronous act) React keeps that render's remaining work in act's queue, and the
 * root takes no update until some later act(): queries that never start, navigations that never reach
 * the screen, depending on which test file a worker ran first (README, "Tests").
 */
import { act, type RenderResult, render } from '@testing-library/react'
import type { ReactElement } from 'react'

export async function renderSettled(ui: ReactElement): Promise<RenderResult> {
  let result: RenderResult | undefined
  await act(async () => {
    result = render(ui)
  })
  if (!result) throw new Error('render() did not run')
  return result
}
