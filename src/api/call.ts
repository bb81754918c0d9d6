/**
 * Calls an endpoint by its name in the contract's endpoint table: path, method, request and
 * response schemas all come from there, so a call cannot drift from the contract.
 */
import type { z } from 'zod'
import { request } from './client'
import { type EndpointName, endpoints } from './contract'

type Def<N extends EndpointName> = (typeof endpoints)[N]
type ResponseOf<N extends EndpointName> = Def<N>['response'] extends z.ZodType
  ? z.output<Def<N>['response']>
  : undefined
type RequestOf<N extends EndpointName> =
  Def<N> extends { request: z.ZodType } ? z.input<Def<N>['request']> : never
/** The `{name}` parameters of a contract path, as an object type. */
export type ParamsOf<P extends string> = P extends `${string}{${infer K}}${infer Rest}`
  ? { [k in K]: string } & ParamsOf<Rest>
  : unknown

/** A contract path with its `{name}` parameters filled in, each encoded. */
export function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, key: string) => encodeURIComponent(params[key] ?? ''))
}

export type CallOptions<N extends EndpointName> = {
  signal?: AbortSignal
  idempotencyKey?: string
  /** Give up after this long (default: the client's REQUEST_TIMEOUT_MS). */
  timeoutMs?: number
} & (Def<N>['path'] extends `${string}{${string}`
  ? { params: ParamsOf<Def<N>['path']> }
  : { params?: undefined }) &
  (Def<N> extends { request: z.ZodType } ? { body: RequestOf<N> } : { body?: undefined })

export function call<N extends EndpointName>(name: N, options: CallOptions<N>): Promise<ResponseOf<N>> {
  const def = endpoints[name]
  return request(fillPath(def.path, (options.params ?? {}) as Record<string, string>), {
    method: def.method.toUpperCase() as 'GET',
    body: options.body,
    response: def.response,
    signal: options.signal,
    idempotencyKey: options.idempotencyKey,
    timeoutMs: options.timeoutMs,
  }) as Promise<ResponseOf<N>>
}

/** For calls without params or body. */
export function get<N extends EndpointName>(name: N, signal?: AbortSignal): Promise<ResponseOf<N>> {
  return call(name, { signal } as CallOptions<N>)
}
