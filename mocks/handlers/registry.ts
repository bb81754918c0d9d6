import { CompanyLookupRequest } from '../../src/api/contract'
import { currentSession, fail, parseBody, route } from '../http'
import { lookupCompany, registryUnavailableFor } from '../registry'

export const registryHandlers = [
  route('companyLookup', async ({ request }) => {
    currentSession()
    const { tin } = await parseBody(request, CompanyLookupRequest)
    if (registryUnavailableFor(tin)) {
      fail(503, 'registry_unavailable', 'The company registry is not answering. Try again in a moment.')
    }
    return { suggestions: lookupCompany(tin) }
  }),
]
