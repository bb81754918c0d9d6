/**
 * The mock-only part of the contract: endpoints only the mock backend serves (the mock identity
 * provider, the partner manager's decision, finishing a verification check at once). They are
 * written here, not in the endpoint table the client ships (src/api/contract.ts), so a build with
 * mocking off holds none of their paths or names (scripts/check-real-build.mjs looks for them), and
 * the published contract (docs/openapi.json, written from the client's table) never has them.
 * The mock server serves both tables (`servedEndpoints`); mock-only UI calls these with `callMock`.
 */
import { z } from 'zod'
import { fillPath, type ParamsOf } from '@/api/call'
import { request } from '@/api/client'
import {
  Application,
  BillingAccount,
  DecideApplicationRequest,
  type Endpoint,
  endpoints,
  text,
} from '@/api/contract'
import { errorCode } from '@/api/messages'

/** What the mock identity provider's page sends when the user signs in there. */
export const IdpLoginRequest = z.object({
  login: text(254),
  password: z
    .string()
    .min(1, errorCode('required'))
    .max(256, errorCode('tooLong', { max: 256 })),
})
export const IdpLoginResponse = z.object({ assertion: z.string() })
/** The mock identity provider's federation, as its sign-in page shows it. */
export const IdpFederation = z.object({ federationId: z.string(), federationName: z.string() })

export const mockOnlyEndpoints = {
  idpFederation: {
    method: 'get',
    path: '/idp/{federationId}',
    summary: 'Mock identity provider: the federation (404 when unknown)',
    response: IdpFederation,
  },
  idpLogin: {
    method: 'post',
    path: '/idp/{federationId}/login',
    summary: 'Mock identity provider: sign in',
    request: IdpLoginRequest,
    response: IdpLoginResponse,
  },
  completeBillingAccountVerification: {
    method: 'post',
    path: '/billing-accounts/{billingAccountId}/verification/complete',
    summary:
      'Demo panel, tests: finish the verification check at once instead of after a while; a real backend has no such endpoint',
    response: BillingAccount,
  },
  decideApplication: {
    method: 'post',
    path: '/applications/{applicationId}/decision',
    summary:
      "Demo panel, tests: the partner manager's decision on an application under review (approve; ask for information with a message and the fields; reject with reasons); a real backend decides in its own back office",
    request: DecideApplicationRequest,
    response: Application,
  },
} as const satisfies Record<string, Endpoint>

export type MockOnlyEndpointName = keyof typeof mockOnlyEndpoints

/** Everything the mock backend serves: the client's endpoint table and the mock-only one. */
export const servedEndpoints = { ...endpoints, ...mockOnlyEndpoints }
export type ServedEndpointName = keyof typeof servedEndpoints

type Def<N extends MockOnlyEndpointName> = (typeof mockOnlyEndpoints)[N]

/** Calls a mock-only endpoint as `call()` calls the client's: path, method and schemas from the table. */
export function callMock<N extends MockOnlyEndpointName>(
  name: N,
  options: {
    params: ParamsOf<Def<N>['path']>
    body?: Def<N> extends { request: z.ZodType } ? z.input<Def<N>['request']> : undefined
    signal?: AbortSignal
  },
): Promise<z.output<Def<N>['response']>> {
  const def: Endpoint = mockOnlyEndpoints[name]
  return request(fillPath(def.path, options.params as Record<string, string>), {
    method: def.method.toUpperCase() as 'GET',
    body: options.body,
    response: def.response,
    signal: options.signal,
  }) as Promise<z.output<Def<N>['response']>>
}
