/**
 * The first page must stay light: zod and the contract load only when the first API call is made,
 * never before the first paint. Queries that the shell runs (session, application, program settings)
 * reach the API through here; step code, already lazy, may import ./call directly.
 */
import { afterPaint } from './after-paint'
import type { call as callFn } from './call'

let loading: Promise<typeof import('./call')> | null = null

export const lazyCall: typeof callFn = (async (...args: Parameters<typeof callFn>) => {
  // After the first paint: zod and the contract never share the network with it.
  loading ??= afterPaint().then(() => import('./call'))
  const mod = await loading
  return mod.call(...args)
}) as typeof callFn
