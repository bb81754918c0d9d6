/**
 * A call of one endpoint of the contract's table, from its definition: path, method, request and
 * response schemas all come from there, so a call cannot drift from the contract. No schema is built
 * here: ./call.ts calls the whole table's endpoints, ./shell-call.ts the first page's.
 */
import type { z } from 'zod'
import { request } from './client'
import type { Endpoint } from './contract-shell'

export type ResponseOf<D extends Endpoint> = D['response'] extends z.ZodType
  ? z.output<D['response']>
  : undefined
type RequestOf<D extends Endpoint> = D extends { request: z.ZodType } ? z.input<D['request']> : never
/** The `{name}` parameters of a contract path, as an object type. */
export type ParamsOf<P extends string> = P extends `${string}{${infer K}}${infer Rest}`
  ? { [k in K]: string } & ParamsOf<Rest>
  : unknown

/** A contract path with its `{name}` parameters filled in, each encoded. */
export function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, key: string) => encodeURIComponent(params[key] ?? ''))
}

export type EndpointCallOptions<D extends Endpoint> = {
  signal?: AbortSignal
  idempotencyKey?: string
  /** Give up after this long (default: the client's REQUEST_TIMEOUT_MS). */
  timeoutMs?: number
} & (D['path'] extends `${string}{${string}` ? { params: ParamsOf<D['path']> } : { params?: undefined }) &
  (D extends { request: z.ZodType } ? { body: RequestOf<D> } : { body?: undefined })

export function callEndpoint<D extends Endpoint>(
  def: D,
  options: EndpointCallOptions<D>,
): Promise<ResponseOf<D>> {
  return request(fillPath(def.path, (options.params ?? {}) as Record<string, string>), {
    method: def.method.toUpperCase() as 'GET',
    body: options.body,
    response: def.response,
    signal: options.signal,
    idempotencyKey: options.idempotencyKey,
    timeoutMs: options.timeoutMs,
  }) as Promise<ResponseOf<D>>
}
