import { afterEach, expect, it, vi } from 'vitest'
import { warmMediaControls } from './warm-media-controls'

afterEach(() => vi.restoreAllMocks())

it('lays out a hidden video with controls and leaves nothing behind', () => {
  const laidOut: HTMLVideoElement[] = []
  const size = vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    if (this instanceof HTMLVideoElement && this.isConnected) laidOut.push(this)
    return 0
  })
  const before = document.body.innerHTML
  warmMediaControls()
  expect(size).toHaveBeenCalled()
  expect(laidOut).toHaveLength(1)
  const [video] = laidOut
  expect(video?.controls).toBe(true)
  // No source: nothing is fetched; hidden from sight and from assistive technology.
  expect(video?.getAttribute('src')).toBeNull()
  expect(video?.preload).toBe('none')
  expect(video?.style.visibility).toBe('hidden')
  expect(video?.getAttribute('aria-hidden')).toBe('true')
  expect(video?.isConnected).toBe(false)
  expect(document.body.innerHTML).toBe(before)
})
