import { bankByBik } from '@mocks/banks'
import { db } from '@mocks/db'
import { fail, ownBillingAccount, route } from '@mocks/http'
import { type BankDetails, Bik } from '@/api/contract'
import { errorCode } from '@/api/messages'

/**
 * Bank details as the server stores them: the BIK must be in the directory, which gives the bank's
 * name and correspondent account. The settlement account's control key was checked by the contract.
 */
export function bankDetailsFor(request: { bik: string; settlementAccount: string }): BankDetails {
  const bank = bankByBik(request.bik)
  if (!bank)
    fail(422, 'validation', 'There is no bank with this BIK in the directory.', [
      { path: ['bik'], message: errorCode('bank.unknown') },
    ])
  return {
    bik: bank.bik,
    bankName: bank.name,
    correspondentAccount: bank.correspondentAccount,
    settlementAccount: request.settlementAccount,
  }
}

export const bankHandlers = [
  route('bankLookup', ({ params }) => {
    const parsed = Bik.safeParse(params.bik ?? '')
    if (!parsed.success)
      fail(
        422,
        'validation',
        'This is not a BIK.',
        parsed.error.issues.map((issue) => ({ path: ['bik'], message: issue.message })),
      )
    const bank = bankByBik(parsed.data)
    if (!bank) fail(404, 'bank_not_found', 'There is no bank with this BIK in the directory.')
    return bank
  }),

  route('setBankDetails', async ({ params, body }) => {
    const account = ownBillingAccount(params.billingAccountId)
    const bankDetails = bankDetailsFor(body)
    return db.billingAccounts.update(account.id, (draft) => {
      draft.bankDetails = bankDetails
    })
  }),
]
