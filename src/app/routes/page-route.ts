import type { QueryClient } from '@tanstack/react-query'
import type { ComponentType } from 'react'

/**
 * A page and its loader, for a route table entry's `lazy`: the loader starts every request the page
 * needs (the feature's `load…Page`) when the navigation starts, and the page reads them from the cache.
 */
export const pageRoute =
  (Component: ComponentType, load: (queryClient: QueryClient) => Promise<unknown>) =>
  (queryClient: QueryClient) => ({
    Component,
    loader: async () => {
      await load(queryClient)
      return null
    },
  })
