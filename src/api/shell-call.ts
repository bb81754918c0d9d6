/**
 * The first page's calls (the session check, the program's settings, signing out, the
 * organizations), with only their part of the contract (./contract-shell.ts): the shell's first
 * request builds a few schemas instead of the whole contract's ~100. ./lazy.ts calls through here;
 * any other endpoint loads the whole contract (./call.ts).
 */

import { loadOnce } from '@/lib/load-once'
import type { call } from './call'
import { type ShellEndpointName, shellEndpoints } from './contract-shell'
import { callEndpoint, type EndpointCallOptions, type ResponseOf } from './endpoint-call'
import { loadContract } from './load-contract'

type Def<N extends ShellEndpointName> = (typeof shellEndpoints)[N]

export function shellCall<N extends ShellEndpointName>(
  name: N,
  options: EndpointCallOptions<Def<N>>,
): Promise<ResponseOf<Def<N>>> {
  return callEndpoint(shellEndpoints[name] as Def<N>, options)
}

const wholeContract = loadOnce(() => loadContract().then(() => import('./call')))

/** Any endpoint: the shell's with their schemas alone, the others with the whole contract. */
export const anyCall: typeof call = (async (...[name, options]: Parameters<typeof call>) => {
  if (Object.hasOwn(shellEndpoints, name)) return shellCall(name as ShellEndpointName, options as never)
  return (await wholeContract()).call(name, options)
}) as typeof call
