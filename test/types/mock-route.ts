/**
 * Type-level test, compiled by tsc (npm run typecheck), never run: route() in mocks/http.ts infers
 * each handler's path parameters, request body and answer from its endpoint in the contract.
 */
import { type Ctx, type RequestBody, type ResponseBody, route } from '@mocks/http'

export const typed = [
  route('idpLogin', ({ params, body }) => {
    const federation: string = params.federationId
    const login: string = body.login
    // @ts-expect-error -- this endpoint's path has no such parameter
    void params.applicationId
    // @ts-expect-error -- nor its body such a field
    void body.tin
    return { assertion: `${federation}:${login}` }
  }),
  // @ts-expect-error -- the answer must be what the endpoint's response schema takes
  route('programSettings', () => ({ referralProgramOpen: 'yes' })),
  route('signOut', () => undefined),
]
export type BodyOfSubmit = RequestBody<'submitApplication'>
export type NoBody = RequestBody<'session'> extends undefined ? true : never
export const noBody: NoBody = true
export type SessionAnswer = ResponseBody<'session'>
export type ContextOfBankLookup = Ctx<'bankLookup'>['params']['bik']
