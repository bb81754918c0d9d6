/**
 * Calls an endpoint by its name in the contract's endpoint table (./endpoint-call.ts does the call
 * from the endpoint's definition).
 */
import { type EndpointName, endpoints } from './contract'
import { callEndpoint, type EndpointCallOptions, type ResponseOf } from './endpoint-call'

export { fillPath, type ParamsOf } from './endpoint-call'

type Def<N extends EndpointName> = (typeof endpoints)[N]
export type CallOptions<N extends EndpointName> = EndpointCallOptions<Def<N>>

export function call<N extends EndpointName>(name: N, options: CallOptions<N>): Promise<ResponseOf<Def<N>>> {
  return callEndpoint(endpoints[name] as Def<N>, options)
}

/** For calls without params or body. */
export function get<N extends EndpointName>(name: N, signal?: AbortSignal): Promise<ResponseOf<Def<N>>> {
  return call(name, { signal } as CallOptions<N>)
}
