/**
 * Resolves once the browser has painted the frame after this call (the frame, then a task), or after
 * 100 ms, whichever is first: a hidden tab paints no frame, and nothing may wait for one forever.
 * Work that the first page does not need (the mock layer, the API layer) starts here, so it never
 * shares the network or the main thread with the first paint.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100)
    if (typeof requestAnimationFrame !== 'function') return
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer)
        resolve()
      }, 0),
    )
  })
}
