import { type ComponentType, type LazyExoticComponent, lazy } from 'react'
import { loadOnce } from './load-once'

/** A thenable that answers at once, typed as the Promise lazy() asks for (lazy reads its answer synchronously). */
const answered = <T>(value: T) =>
  // biome-ignore lint/suspicious/noThenProperty: a thenable on purpose (React.lazy reads it at once)
  ({ then: (resolve: (answer: T) => void) => resolve(value) }) as unknown as Promise<T>

/**
 * A lazy component whose code can be fetched ahead (`preload`, one load however often it is asked for;
 * tried again after a failure: ./load-once.ts): once fetched, it renders at once, with no Suspense
 * fallback first (and in a server render, which cannot wait for it).
 */
export function preloadableLazy<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): { Component: LazyExoticComponent<ComponentType<P>>; preload: () => Promise<unknown> } {
  let loaded: { default: ComponentType<P> } | undefined
  const preload = loadOnce(() =>
    load().then((module) => {
      loaded = module
      return module
    }),
  )
  return { Component: lazy<ComponentType<P>>(() => (loaded ? answered(loaded) : preload())), preload }
}
