/**
 * A module loaded on first use and kept: every caller shares the one load, and a load that failed
 * (offline when the first request was made) is tried again by the next caller instead of failing
 * every later request until a reload.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = null
      throw error
    })
    return loading
  }
}
