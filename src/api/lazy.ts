/**
 * The first page must stay light: zod and the contract load only when the first API call is made,
 * never before the first paint. Queries that the shell runs (session, application, program settings)
 * reach the API through here; step code, already lazy, may import ./call directly. ./shell-call.ts
 * answers the shell's own endpoints with only their part of the contract and loads the rest for others.
 */

import { loadOnce } from '@/lib/load-once'
import { afterPaint } from './after-paint'
import type { call as callFn } from './call'

const shellCalls = loadOnce(() => afterPaint().then(() => import('./shell-call')))

export const lazyCall: typeof callFn = (async (...args: Parameters<typeof callFn>) => {
  // After the first paint: zod and the contract never share the network with it.
  return (await shellCalls()).anyCall(...args)
}) as typeof callFn
