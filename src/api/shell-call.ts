/**
 * The first page's calls (the session check, the program's settings, signing out, the
 * organizations), with only their part of the contract (./contract-shell.ts): the shell's first
 * request builds a few schemas instead of the whole contract's ~100 (./lazy.ts chooses this module).
 */
import { type ShellEndpointName, shellEndpoints } from './contract-shell'
import { callEndpoint, type EndpointCallOptions, type ResponseOf } from './endpoint-call'

type Def<N extends ShellEndpointName> = (typeof shellEndpoints)[N]

export function shellCall<N extends ShellEndpointName>(
  name: N,
  options: EndpointCallOptions<Def<N>>,
): Promise<ResponseOf<Def<N>>> {
  return callEndpoint(shellEndpoints[name] as Def<N>, options)
}
