/**
 * The first `<video controls>` a document lays out costs Chromium 12–18 ms (it builds its media
 * controls then); each later one about 1 ms, even after the first is gone. Measured here on the
 * application page, CPU ×1: a video with controls inserted and laid out, 16.6 and 17.8 ms cold; after
 * this warm-up (11.7–16.0 ms, in an idle period), 0.7–1.7 ms. The page before the one with the
 * information video calls it while idle once the user has started on that page (src/app/prefetch.ts),
 * so the click that opens the video's page does not pay it in the middle of drawing that page.
 *
 * The video has no source (nothing is fetched), is hidden and off-screen, and is gone again in the
 * same task: nothing is painted and nothing reaches assistive technology.
 */
export function warmMediaControls(): void {
  const video = document.createElement('video')
  video.controls = true
  video.preload = 'none'
  video.setAttribute('aria-hidden', 'true')
  video.style.cssText = 'position:fixed;left:-10000px;top:0;width:320px;height:180px;visibility:hidden'
  document.body.append(video)
  // Reading a size lays the video out now, with its controls.
  void video.offsetHeight
  video.remove()
}
