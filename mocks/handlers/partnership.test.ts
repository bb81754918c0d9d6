/**
 * Step 4's endpoints refuse what the page would refuse, also when the client is bypassed: 422 with
 * field errors in the contract's codes, the video gate, the closed referral program, the bank
 * details the referral program needs, the patent rule, and a questionnaire before the choice.
 */

import { db } from '@mocks/db'
import { applyScenario } from '@mocks/scenarios'
import { api, theApplication as application, QUESTIONNAIRE_ANSWERS as questionnaire } from '@test/api'
import { describe, expect, it } from 'vitest'
import { errorCode } from '@/api/messages'
import { settlementPrefix, withControlDigit } from '@/lib/identifiers'
import { applyKeptBankDetails, VIDEO_DURATION } from './partnership'

const saveVideo = (json: unknown) => api(`/applications/${application().id}/video`, { method: 'PUT', json })
const watch = () => saveVideo({ furthest: VIDEO_DURATION, watched: true })
const choose = (json: unknown) =>
  api(`/applications/${application().id}/partnership`, { method: 'PUT', json: json })
const SBER = '044525225'
const account = (bik: string) => withControlDigit(settlementPrefix(bik), '40702810000000012345')

describe('step 4 on the mock backend', () => {
  it('refuses the partnership types until the video was watched, and never forgets a watched video', async () => {
    await applyScenario('application-sent')
    const early = await choose({ types: ['direct'], taxation: 'osno' })
    expect(early.status).toBe(422)
    expect(early.body.fieldErrors).toEqual([
      { path: ['types'], message: errorCode('partnership.videoRequired') },
    ])

    expect((await watch()).body.video).toEqual({ furthest: VIDEO_DURATION, watched: true })
    // A late, smaller save does not undo it.
    const late = await api(`/applications/${application().id}/video`, {
      method: 'PUT',
      json: { furthest: 12, watched: false },
    })
    expect(late.body.video).toEqual({ furthest: VIDEO_DURATION, watched: true })

    const ok = await choose({ types: ['direct', 'direct'], taxation: 'osno' })
    expect(ok.status).toBe(200)
    expect(ok.body.partnership).toEqual({ types: ['direct'], taxation: 'osno' })
  })

  it('refuses a "watched" claim short of the end of the video, with a field error, and keeps the progress', async () => {
    await applyScenario('application-sent')
    expect((await saveVideo({ furthest: 30, watched: false })).status).toBe(200)
    const early = await saveVideo({ furthest: VIDEO_DURATION - 5, watched: true })
    expect(early.status).toBe(422)
    expect(early.body.fieldErrors).toEqual([
      { path: ['watched'], message: errorCode('partnership.videoRequired') },
    ])
    expect(application().video).toEqual({ furthest: 30, watched: false })
    // Without a furthest point at all, the claim is refused too.
    expect((await saveVideo({ furthest: 0, watched: true })).status).toBe(422)
    expect(application().video.watched).toBe(false)

    // A second short of the end is close enough (the last timeupdate comes early).
    const ended = await saveVideo({ furthest: VIDEO_DURATION - 0.9, watched: true })
    expect(ended.status).toBe(200)
    expect(ended.body.video).toEqual({ furthest: VIDEO_DURATION - 0.9, watched: true })
    // A watched video stays watched, also when a late save says less.
    const replay = await saveVideo({ furthest: 3, watched: true })
    expect(replay.status).toBe(200)
    expect(replay.body.video).toEqual({ furthest: VIDEO_DURATION - 0.9, watched: true })
  })

  it('takes "watched" when the furthest point saved before reaches the end', async () => {
    await applyScenario('application-sent')
    await saveVideo({ furthest: VIDEO_DURATION, watched: false })
    const late = await saveVideo({ furthest: 12, watched: true })
    expect(late.status).toBe(200)
    expect(late.body.video).toEqual({ furthest: VIDEO_DURATION, watched: true })
  })

  it('never moves the furthest point backwards', async () => {
    await applyScenario('application-sent')
    expect((await saveVideo({ furthest: 42.5, watched: false })).body.video).toEqual({
      furthest: 42.5,
      watched: false,
    })
    const back = await saveVideo({ furthest: 7, watched: false })
    expect(back.status).toBe(200)
    expect(back.body.video).toEqual({ furthest: 42.5, watched: false })
    expect((await saveVideo({ furthest: 50, watched: false })).body.video.furthest).toBe(50)
    expect(application().video).toEqual({ furthest: 50, watched: false })
  })

  it('answers 422 with field errors for bad input, in the contract’s codes', async () => {
    await applyScenario('application-sent')
    await watch()
    const bad = await choose({ types: [], taxation: 'npd' })
    expect(bad.status).toBe(422)
    expect(bad.body.fieldErrors).toEqual([
      { path: ['types'], message: errorCode('chooseOne') },
      { path: ['taxation'], message: errorCode('chooseOption') },
    ])
    const video = await api(`/applications/${application().id}/video`, {
      method: 'PUT',
      json: { furthest: -1 },
    })
    expect(video.status).toBe(422)
  })

  it('refuses Referral partner while the program is closed', async () => {
    await applyScenario('application-sent')
    await watch()
    const { status, body } = await choose({ types: ['direct', 'referral'], taxation: 'osno' })
    expect(status).toBe(422)
    expect(body.fieldErrors).toEqual([{ path: ['types'], message: errorCode('partnership.referralClosed') }])
    expect(application().partnership).toBeNull()
  })

  it('while open, takes Referral partner only with bank details, checked against the directory and the key', async () => {
    await applyScenario('application-sent-referral-open')
    await watch()
    const without = await choose({ types: ['referral'], taxation: 'osno' })
    expect(without.body.fieldErrors).toEqual([
      { path: ['types'], message: errorCode('partnership.bankDetailsRequired') },
    ])

    const bankDetails = (json: unknown) =>
      api('/billing-accounts/ba-romashka-main/bank-details', { method: 'PUT', json: json })
    const unknown = await bankDetails({ bik: '044525999', settlementAccount: account('044525999') })
    expect(unknown.status).toBe(422)
    expect(unknown.body.fieldErrors).toEqual([{ path: ['bik'], message: errorCode('bank.unknown') }])
    const wrongKey = await bankDetails({ bik: SBER, settlementAccount: account('044525593') })
    expect(wrongKey.status).toBe(422)
    expect(wrongKey.body.fieldErrors).toEqual([
      { path: ['settlementAccount'], message: errorCode('id.accountKey') },
    ])

    const saved = await bankDetails({ bik: '0445 25225', settlementAccount: account(SBER) })
    expect(saved.status).toBe(200)
    expect(saved.body.bankDetails).toEqual({
      bik: SBER,
      bankName: 'ПАО Сбербанк',
      correspondentAccount: '30101810400000000225',
      settlementAccount: account(SBER),
    })
    expect((await choose({ types: ['referral'], taxation: 'osno' })).status).toBe(200)
  })

  it('keeps bank details with an application that has no billing account, for step 5 to apply', async () => {
    await applyScenario('application-sent-by-tin')
    const { status, body } = await api(`/applications/${application().id}/bank-details`, {
      method: 'PUT',
      json: {
        bik: SBER,
        settlementAccount: account(SBER),
      },
    })
    expect(status).toBe(200)
    expect(body.bankDetails).toMatchObject({ bik: SBER, bankName: 'ПАО Сбербанк' })

    await db.billingAccounts.insert({
      id: 'ba-petrov-new',
      organizationId: 'org-petrov',
      name: 'Петров ИТ',
      type: 'business',
      country: 'RU',
      paymentMethod: 'invoice',
      status: 'PAYMENT_NOT_CONFIRMED',
      company: null,
      bankDetails: null,
      verified: false,
      paid: false,
      createdAt: new Date().toISOString(),
    })
    await applyKeptBankDetails(application().id, 'ba-petrov-new')
    expect(db.billingAccounts.get('ba-petrov-new')?.bankDetails?.settlementAccount).toBe(account(SBER))
  })

  it('refuses the patent system for an organization and accepts it for an entrepreneur', async () => {
    await applyScenario('application-sent')
    await watch()
    const organization = await choose({ types: ['direct'], taxation: 'psn' })
    expect(organization.body.fieldErrors).toEqual([
      { path: ['taxation'], message: errorCode('taxation.entrepreneursOnly') },
    ])
    await applyScenario('application-sent-by-tin')
    await watch()
    expect((await choose({ types: ['direct'], taxation: 'psn' })).status).toBe(200)
  })

  it('takes the questionnaire after the choice, idempotently, and counts step 4 as done', async () => {
    await applyScenario('application-sent')
    const send = (json: unknown, key: string) =>
      api(`/applications/${application().id}/questionnaire`, {
        method: 'POST',
        json: json,
        headers: { 'Idempotency-Key': key },
      })

    const tooEarly = await send(questionnaire, 'k-0')
    expect(tooEarly.status).toBe(409)

    await watch()
    await choose({ types: ['direct'], taxation: 'usn-income' })
    const invalid = await send(
      { ...questionnaire, certifiedEngineers: 2.5, expertise: [], website: 'ftp://x' },
      'k-1',
    )
    expect(invalid.status).toBe(422)
    expect(invalid.body.fieldErrors).toEqual([
      { path: ['certifiedEngineers'], message: errorCode('wholeNumber') },
      { path: ['expertise'], message: errorCode('chooseOne') },
      { path: ['website'], message: expect.stringContaining('err:') },
    ])

    const first = await send(questionnaire, 'k-2')
    expect(first.status).toBe(200)
    expect(first.body.completedSteps).toContain('partnership')
    const replay = await send(questionnaire, 'k-2')
    expect(replay.body).toEqual(first.body)
    expect(application().timeline.filter((entry) => entry.status === 'partnership')).toHaveLength(1)
  })

  it('refuses step 4 for an application that was not sent, and for someone else’s', async () => {
    await applyScenario('application-sent')
    await db.applications.update(application().id, (draft) => {
      draft.status = 'draft'
    })
    expect((await watch()).status).toBe(409)
    db.sessions.remove(() => true)
    await db.sessions.insert({
      id: 's-ivan',
      userId: 'u-ivan',
      method: 'account',
      organizationId: 'org-petrov',
    })
    expect((await watch()).status).toBe(403)
  })

  it('looks banks up by BIK: found, unknown (404), not a BIK (422)', async () => {
    expect((await api(`/banks/${SBER}`, { method: 'GET' })).body).toMatchObject({ name: 'ПАО Сбербанк' })
    expect((await api('/banks/044525999', { method: 'GET' })).status).toBe(404)
    const bad = await api('/banks/12345', { method: 'GET' })
    expect(bad.status).toBe(422)
    expect(bad.body.fieldErrors[0].path).toEqual(['bik'])
  })
})
