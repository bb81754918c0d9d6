import { currentSession, fail, parseBody, route } from '@mocks/http'
import { lookupCompany, registryUnavailableFor } from '@mocks/registry'
import { CompanyLookupRequest } from '@/api/contract'

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
