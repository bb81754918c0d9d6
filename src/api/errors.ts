/** API errors as values the UI can show. No zod here: error display must not pull the contract in. */
import type { StaleResource } from './contract'

export type FieldError = { path: (string | number)[]; message: string }

export type ApiErrorKind =
  | 'validation' // 422 with field errors
  | 'unauthenticated' // 401
  | 'forbidden' // 403
  | 'not_found' // 404
  | 'conflict' // 409
  | 'unavailable' // 502/503/504: try again
  | 'server' // other 5xx
  | 'network' // no answer at all
  | 'timeout' // no answer within the client's time limit (REQUEST_TIMEOUT_MS)
  | 'too_large' // 413: the request is larger than the server takes
  | 'contract' // the answer does not match the contract
  | 'aborted'

export class ApiError extends Error {
  readonly kind: ApiErrorKind
  readonly status: number
  readonly code: string
  readonly fieldErrors: FieldError[]
  /** With a 409 `version_conflict`: the resource as the server has it now (parsed by the client). */
  readonly current: StaleResource | undefined

  constructor(init: {
    kind: ApiErrorKind
    status: number
    code: string
    message: string
    fieldErrors?: FieldError[]
    current?: StaleResource
  }) {
    super(init.message)
    this.name = 'ApiError'
    this.kind = init.kind
    this.status = init.status
    this.code = init.code
    this.fieldErrors = init.fieldErrors ?? []
    this.current = init.current
  }

  /** Worth trying again as it is: the server or the network failed, not the request. */
  get retryable(): boolean {
    return (
      this.kind === 'unavailable' ||
      this.kind === 'network' ||
      this.kind === 'server' ||
      this.kind === 'timeout'
    )
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}
