import { currentSession, fail, route } from '@mocks/http'
import { lookupCompany, registryUnavailableFor } from '@mocks/registry'

export const registryHandlers = [
  route('companyLookup', ({ body: { tin } }) => {
    currentSession()
    if (registryUnavailableFor(tin)) {
      fail(503, 'registry_unavailable', 'The company registry is not answering. Try again in a moment.')
    }
    return { suggestions: lookupCompany(tin) }
  }),
]
