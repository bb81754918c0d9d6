import { db } from '@mocks/db'
import { memberOrganization, route } from '@mocks/http'

export const billingHandlers = [
  route('billingAccounts', ({ params }) => {
    const organization = memberOrganization(params.organizationId ?? '')
    return {
      billingAccounts: db.billingAccounts.filter((account) => account.organizationId === organization.id),
    }
  }),
]
