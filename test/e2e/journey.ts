/**
 * The steps of the whole flow as small functions that the journeys (journeys.spec.ts) put together:
 * English and Russian, mouse and keyboard, wide screen and phone share them. Words come from the
 * app's own catalogs (src/locales, mocks/locales), so a step is written once for both languages and a
 * message missing in Russian fails the journey. Things are found by role and accessible name.
 *
 * A journey drives the page through a `Driver`: `mouse` clicks and fills; `keyboard` reaches every
 * control with Tab / Shift+Tab (arrows inside a radio group or a select), presses Enter or Space and
 * types, and after every key that moves focus asserts that the focused element shows a focus
 * indicator and is on screen. No step calls the mouse directly.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { setupI18n } from '@lingui/core'
import { compileMessage } from '@lingui/message-utils/compileMessage'
import type { Locator, Page } from '@playwright/test'
import { STEP_IDS, type StepIdValue } from '../../src/api/step-ids'
import { settlementPrefix, withControlDigit } from '../../src/lib/identifiers'
import { expect, expectNoAxeViolations, test, waitForMockBackend } from './fixtures'

export type Language = 'en' | 'ru'
export const LANGUAGES: readonly Language[] = ['en', 'ru']
const PLATFORM = 'Yandex Cloud'

type Values = Record<string, string | number>
export type Words = (id: string, values?: Values) => string

/** The app's messages (and the mock layer's) in one language, formatted as the app formats them. */
export function wordsOf(language: Language): Words {
  const messages: Record<string, string> = {}
  for (const dir of ['src/locales', 'mocks/locales']) {
    const folder = `${dir}/${language}`
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.json')))
      Object.assign(messages, JSON.parse(readFileSync(`${folder}/${file}`, 'utf8')))
  }
  const i18n = setupI18n()
  i18n.setMessagesCompiler(compileMessage)
  i18n.loadAndActivate({ locale: language, messages })
  return (id, values = {}) => {
    if (!(id in messages)) throw new Error(`no message ${id} in ${language}`)
    return i18n._(id, { platform: PLATFORM, ...values })
  }
}

/** How the journey presses, types and chooses. */
export type Driver = {
  kind: 'mouse' | 'keyboard'
  /** A button or a link. */
  press(target: Locator): Promise<void>
  /** Focus the control and press this key on it (the keyboard driver), or click it. */
  activate(target: Locator, key: string): Promise<void>
  type(target: Locator, text: string): Promise<void>
  /** A checkbox or a radio button (checked afterwards). */
  check(target: Locator): Promise<void>
  select(target: Locator, label: string): Promise<void>
  /** A file input: the file the system's dialog would give. */
  attach(target: Locator, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void>
}

export function mouse(): Driver {
  return {
    kind: 'mouse',
    press: (target) => target.click(),
    activate: (target) => target.click(),
    type: (target, text) => target.fill(text),
    check: (target) => target.check(),
    select: async (target, label) => {
      await target.selectOption({ label })
    },
    attach: (target, file) => target.setInputFiles(file),
  }
}

/** Where focus is and whether the user can see it (outline or box-shadow, on screen). */
async function focusState(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    if (!element || element === document.body) return { focused: false as const }
    const style = getComputedStyle(element)
    const hasOutline = (s: CSSStyleDeclaration) =>
      s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) > 0
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== ''
    // A control that stands for a whole card (a stretched button) may ring the card instead
    // (`:has(:focus-visible)`): an outline on a near ancestor counts, a shadow there does not.
    let outline = hasOutline(style)
    for (let up = element.parentElement, i = 0; !outline && up && i < 3; up = up.parentElement, i++)
      outline = hasOutline(getComputedStyle(up))
    // Focus inside the player's own controls (the browser's shadow tree: the video is the active
    // element but not `:focus` itself): Chromium rings the inner button (1 px, white on the black
    // control bar; seen in screenshots), which the page's styles cannot read.
    const playerControl =
      element instanceof HTMLMediaElement && element.controls && !element.matches(':focus')
    const box = element.getBoundingClientRect()
    return {
      focused: true as const,
      what: `${element.tagName.toLowerCase()} ${element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? ''}`,
      visible: outline || shadow || playerControl,
      onScreen:
        box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth,
    }
  })
}

/**
 * Keyboard only. Every move is a key: Tab or Shift+Tab towards the control (by document order), an
 * arrow inside a radio group or a select. After each such key the focused element must show its
 * focus indicator and be on screen.
 */
export function keyboard(page: Page): Driver {
  let moves = 0
  async function key(name: string) {
    await page.keyboard.press(name)
    moves++
    const state = await focusState(page)
    if (state.focused) {
      expect(state.visible, `focus indicator on ${state.what} after ${name}`).toBe(true)
      expect(state.onScreen, `${state.what} on screen after ${name}`).toBe(true)
    }
  }
  const isFocused = (target: Locator) => target.evaluate((element) => element === document.activeElement)

  /** Tabs to the control (or into its radio group, then arrows to it). */
  async function reach(target: Locator) {
    await expect(target).toBeVisible()
    for (let i = 0; i < 120; i++) {
      if (await isFocused(target)) return
      const where = await target.evaluate((element) => {
        const active = document.activeElement
        const input = element as HTMLInputElement
        const activeInput = active as HTMLInputElement | null
        if (
          input.type === 'radio' &&
          activeInput?.type === 'radio' &&
          activeInput.name === input.name &&
          activeInput.form === input.form
        ) {
          const radios = [
            ...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${input.name}"]`),
          ].filter((radio) => !radio.disabled)
          return radios.indexOf(input) > radios.indexOf(activeInput) ? 'next-radio' : 'previous-radio'
        }
        if (!active || active === document.body) return 'after'
        return active.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING ? 'before' : 'after'
      })
      await key(
        where === 'next-radio'
          ? 'ArrowDown'
          : where === 'previous-radio'
            ? 'ArrowUp'
            : where === 'before'
              ? 'Shift+Tab'
              : 'Tab',
      )
    }
    throw new Error(`could not reach ${target} with the keyboard (${moves} moves)`)
  }

  return {
    kind: 'keyboard',
    async press(target) {
      await reach(target)
      await page.keyboard.press('Enter')
    },
    async activate(target, name) {
      await reach(target)
      await page.keyboard.press(name)
    },
    async type(target, text) {
      await reach(target)
      await page.keyboard.press('ControlOrMeta+A')
      await page.keyboard.press('Delete')
      await page.keyboard.type(text)
    },
    async check(target) {
      await reach(target)
      if (!(await target.isChecked())) await page.keyboard.press('Space')
      await expect(target).toBeChecked()
    },
    async select(target, label) {
      await reach(target)
      for (let i = 0; i < 30; i++) {
        const chosen = await target.evaluate(
          (element) => (element as HTMLSelectElement).selectedOptions[0]?.textContent?.trim() ?? '',
        )
        if (chosen === label) return
        await key('ArrowDown')
      }
      throw new Error(`option ${label} not reached with the arrows`)
    },
    async attach(target, file) {
      // Once in a CI run (ru, 2 Dec) Space on the focused file input opened no dialog and the test
      // waited ten minutes. Now: the dialog within 15 s; if none came, the focus must still be on the
      // input (the page moving it away would be a defect, and fails here), and a user presses again.
      for (let attempt = 1; attempt <= 2; attempt++) {
        await reach(target)
        const chooser = page.waitForEvent('filechooser', { timeout: 15_000 }).catch(() => null)
        await page.keyboard.press('Space')
        const dialog = await chooser
        // The system's file dialog, which the keyboard opened, answers with the file.
        if (dialog) return dialog.setFiles(file)
        const state = await focusState(page)
        const where = state.focused ? state.what : 'nothing (the page itself)'
        expect(await isFocused(target), `Space on the file input, then the focus was on ${where}`).toBe(true)
      }
      throw new Error('Space on the focused file input opened no file dialog, twice')
    },
  }
}

export type JourneyOptions = {
  /** axe on every page (the main journeys). */
  axe?: boolean
  /** A phone: no sideways scrolling on any page, and the main button reachable. */
  phone?: boolean
  /** Save a screenshot of each page here. */
  shots?: string
}

/** One person going through the flow in one language. */
export class Journey {
  readonly t: Words
  readonly drive: Driver
  private pageNumber = 0
  private readonly started = Date.now()
  /** What the user entered or the registry said, to find again on later pages. */
  readonly carried: { company?: string; account?: string } = {}

  constructor(
    readonly page: Page,
    readonly language: Language,
    driver: 'mouse' | 'keyboard' = 'mouse',
    readonly options: JourneyOptions = {},
  ) {
    this.t = wordsOf(language)
    this.drive = driver === 'keyboard' ? keyboard(page) : mouse()
  }

  heading(name: string | RegExp, level = 1) {
    return this.page.getByRole('heading', { level, name, exact: typeof name === 'string' })
  }
  button(name: string | RegExp) {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' })
  }
  link(name: string | RegExp) {
    return this.page.getByRole('link', { name, exact: typeof name === 'string' })
  }
  textbox(name: string | RegExp) {
    return this.page.getByRole('textbox', { name, exact: typeof name === 'string' })
  }

  /**
   * A page of the journey has come: its heading, the step it belongs to in the progress, what was
   * entered before; axe, the phone's width and a screenshot as the journey asks.
   */
  async arrive(
    name: string,
    heading: string,
    step: StepIdValue | null,
    carried: string[] = [],
    /** After an in-app navigation the page's heading takes focus (not after a first load, a reload, or where the page focuses a field). */
    focus: 'heading' | 'elsewhere' = 'heading',
  ) {
    const { page, t } = this
    await expect(this.heading(heading)).toBeVisible({ timeout: 20_000 })
    if (focus === 'heading') await expect(this.heading(heading)).toBeFocused()
    await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(heading)}`))
    await expect(page.locator('html')).toHaveAttribute('lang', this.language)
    if (step) {
      const steps = page.getByRole('navigation', { name: t('common.steps.navLabel') })
      const number: readonly string[] = STEP_IDS
      if (this.options.phone)
        await expect(steps.getByRole('button')).toHaveText(
          new RegExp(
            `^${escapeRegExp(t('common.steps.stepOf', { number: number.indexOf(step) + 1, total: 7 }))} · ${escapeRegExp(
              t(`common.steps.${step}`),
            )}`,
          ),
        )
      await expect(steps.locator('[aria-current="step"]')).toHaveText(
        `${number.indexOf(step) + 1}${t(`common.steps.${step}`)}, ${t('common.steps.state.current')}`,
      )
    }
    for (const fact of carried) await expect(page.getByText(fact).first()).toBeAttached()
    if (this.options.phone) await this.fitsThePhone()
    if (this.options.axe) await expectNoAxeViolations(page)
    this.pageNumber++
    // Where the time goes, page by page: seconds since the journey began (a JSON report keeps the
    // annotations; JOURNEY_TIMES=1 prints them as they come).
    const at = `${this.language} ${this.drive.kind} ${name}: ${((Date.now() - this.started) / 1000).toFixed(1)} s`
    test.info().annotations.push({ type: 'page', description: at })
    if (process.env.JOURNEY_TIMES) process.stdout.write(`${at}\n`)
    if (this.options.shots)
      await page.screenshot({
        path: `${this.options.shots}/${String(this.pageNumber).padStart(2, '0')}-${name}-${this.language}.png`,
        fullPage: true,
      })
  }

  /**
   * No sideways scrolling at 360 px, and nothing cut off at the right edge instead (a long Russian
   * word in a box that hides its overflow does not widen the page, but is not all there either).
   */
  async fitsThePhone() {
    const width = await this.page.evaluate(() => document.documentElement.scrollWidth)
    expect(width, `scroll width on ${this.page.url()}`).toBeLessThanOrEqual(360)
    const beyond = await this.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((element) => {
          const box = element.getBoundingClientRect()
          // Visually hidden text (1 px, clipped) is for screen readers and never seen.
          return box.width > 1 && box.height > 1 && box.right > window.innerWidth + 0.5
        })
        .filter((element) => element.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
        .map((element) => `${element.tagName.toLowerCase()} "${element.textContent?.trim().slice(0, 40)}"`),
    )
    expect(beyond, `cut off at the right edge on ${this.page.url()}`).toEqual([])
  }

  /** The page's main button: on a phone, it can be scrolled to and is not covered. */
  async pressMain(target: Locator) {
    if (this.options.phone) {
      await target.scrollIntoViewIfNeeded()
      await expect(target).toBeInViewport()
      const box = await target.boundingBox()
      expect(box, 'main button laid out').not.toBeNull()
      if (box) expect(box.x + box.width).toBeLessThanOrEqual(360)
    }
    await this.drive.press(target)
  }

  /** The summary beside (or under) the page says this. */
  summary() {
    return this.page.getByRole('complementary', { name: this.t('summary.title') })
  }

  // --- the demo panel (mock builds only): the back office and the billing check ------------------

  private panel() {
    return this.page.getByRole('complementary', { name: this.t('demo.label') })
  }

  async openPanel() {
    const toggle = this.button(this.t('demo.toggle'))
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await this.drive.press(toggle)
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
    return this.panel()
  }

  /** The billing back office finishes the check now; the page reloads and shows it. */
  async completeVerification() {
    const panel = await this.openPanel()
    const reloaded = this.page.waitForEvent('load')
    await this.drive.press(panel.getByRole('button', { name: this.t('demo.verify.button') }))
    await reloaded
    await expect(panel.getByRole('status')).toHaveText(this.t('demo.verify.done'))
    await this.closePanel()
  }

  /** The partner manager decides the application in review; the page reloads and shows it. */
  async decide(decision: 'approve' | 'request-information' | 'reject', options: { message?: string } = {}) {
    const { t } = this
    const panel = await this.openPanel()
    await this.drive.check(panel.getByRole('radio', { name: t(`demo.decide.${decision}`) }))
    if (options.message)
      await this.drive.type(panel.getByRole('textbox', { name: t('demo.decide.message') }), options.message)
    const reloaded = this.page.waitForEvent('load')
    await this.drive.press(panel.getByRole('button', { name: t('demo.decide.send') }))
    await reloaded
    await expect(panel.getByRole('status')).toHaveText(
      t('demo.decide.done', { decision: t(`demo.decide.${decision}`) }),
    )
    await this.closePanel()
  }

  async closePanel() {
    const toggle = this.button(this.t('demo.toggle'))
    await this.drive.press(toggle)
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  }
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

// --- step 1: the program page and the onboarding page ---------------------------------------------

/** Opens the program page with the backend set up by the scenario (a fresh start of the flow). */
export async function openProgram(j: Journey, scenario: string) {
  const { page, t } = j
  await page.goto(`/?scenario=${scenario}`)
  await j.arrive('program', t('program.title'), null, [], 'elsewhere')
  // The page shows from the prerendered HTML before the app runs; the journey starts once the mock
  // backend (which takes the scenario) is up.
  await waitForMockBackend(page)
  // The referral program's notice, as the program's settings say (closed unless the scenario opens it).
  await expect(
    page
      .getByRole('heading', {
        name: t(
          scenario === 'referral-open' ? 'common.referralNotice.openTitle' : 'common.referralNotice.title',
        ),
      })
      .first(),
  ).toBeVisible()
  await j.pressMain(j.link(t('program.apply')))
  await j.arrive('welcome', t('welcome.title'), 'welcome')
  await j.pressMain(j.button(t('welcome.start')))
  await j.arrive('sign-in', t('signIn.title'), 'sign-in')
}

// --- step 2: sign-in ----------------------------------------------------------------------------

export type NewUser = { name: string; login: string; email: string; password: string }

export async function registerYandexId(j: Journey, user: NewUser) {
  const { t } = j
  await j.drive.press(j.link(t('signIn.yandexId.start')))
  await j.arrive('register', t('signIn.register.title'), 'sign-in')
  await j.drive.type(j.textbox(t('signIn.register.name')), user.name)
  await j.drive.type(j.textbox(t('signIn.register.login')), user.login)
  await j.drive.type(j.textbox(t('signIn.register.email')), user.email)
  await j.drive.type(j.page.getByLabel(t('signIn.register.password'), { exact: true }), user.password)
  await j.pressMain(j.button(t('signIn.register.submit')))
}

/** A recent account, then its organization. */
export async function signInWithAccount(j: Journey, person: RegExp, organization: string) {
  const { t } = j
  await j.drive.press(
    j.page.getByRole('list', { name: t('signIn.account.listLabel') }).getByRole('button', { name: person }),
  )
  await j.arrive('organization', t('signIn.organization.title'), 'sign-in')
  await j.drive.check(j.page.getByRole('radio', { name: organization }))
  await j.pressMain(j.button(t('signIn.organization.continue')))
}

/** SSO: the federation by work email, the (demo) identity provider, and back. */
export async function signInWithSso(j: Journey, email: string, login: string, password: string) {
  const { t } = j
  await j.drive.press(j.link(t('signIn.sso.start')))
  await j.arrive('sso', t('signIn.ssoPage.title'), 'sign-in')
  await j.drive.type(j.textbox(t('signIn.ssoPage.entry')), email)
  await j.pressMain(j.button(t('signIn.ssoPage.submit')))
  await expect(j.page.getByRole('banner')).toContainText(t('idp.banner'))
  await expect(j.heading(/.+/)).toBeVisible()
  if (j.options.axe) await expectNoAxeViolations(j.page)
  await j.drive.type(j.textbox(t('idp.login')), login)
  await j.drive.type(j.page.getByLabel(t('idp.password'), { exact: true }), password)
  await j.drive.press(j.button(t('idp.submit')))
}

// --- step 3: the application --------------------------------------------------------------------

export type Contacts = { position: string; phone: string }

async function contacts(j: Journey, person: Contacts) {
  const { t } = j
  await j.drive.type(j.textbox(t('application.contacts.position')), person.position)
  await j.drive.type(j.textbox(t('application.contacts.phone')), person.phone)
}

/** By TIN: the registry's card, Check the details, Send request. Returns the company's short name. */
export async function applyByTin(
  j: Journey,
  person: Contacts,
  tin: string,
  carried: string[] = [],
  /** What the registry's card must show (an entrepreneur's OGRNIP, …). */
  onCard: (string | RegExp)[] = [],
) {
  const { t, page } = j
  await j.arrive('application', t('application.title'), 'application', carried)
  await expect(
    j
      .heading(t('application.companySection.noAccountTitle'), 2)
      .or(page.getByRole('heading', { name: t('application.companySection.noAccountTitle') }))
      .first(),
  ).toBeVisible()
  await contacts(j, person)
  await j.drive.type(j.textbox(t('application.lookup.tinLabel')), tin)
  const check = page.getByRole('button', {
    name: new RegExp(`^${escapeRegExp(t('application.company.check'))}`),
  })
  await expect(check.first()).toBeVisible()
  const card = await check.first().getAttribute('aria-expanded')
  if (card !== 'true') await j.drive.press(check.first())
  const additional = page.getByRole('region', { name: t('application.company.additional') })
  await expect(additional).toBeVisible()
  // The card's button is named by its text and the card's title (the company's short name).
  const name = await check.first().evaluate((button) => {
    const ids = (button.getAttribute('aria-labelledby') ?? '').split(' ')
    return document.getElementById(ids[1] ?? '')?.textContent?.trim() ?? ''
  })
  expect(name).toMatch(/^(ООО|АО|ПАО|ИП) /)
  for (const fact of onCard) await expect(page.getByText(fact).first()).toBeVisible()
  j.carried.company = name
  if (j.options.axe) await expectNoAxeViolations(page)
  await j.pressMain(j.button(t('application.submit.send')))
  return name
}

/** With the organization's qualifying billing account, chosen in the dialog. */
export async function applyWithAccount(
  j: Journey,
  person: Contacts,
  account: string,
  carried: string[] = [],
) {
  const { t, page } = j
  await j.arrive('application', t('application.title'), 'application', carried)
  await contacts(j, person)
  await j.drive.press(j.button(`${t('application.accounts.choose')} ${account}`))
  const dialog = page.getByRole('dialog', { name: t('application.accounts.confirmTitle', { name: account }) })
  await expect(dialog).toBeVisible()
  if (j.options.axe) await expectNoAxeViolations(page)
  await j.drive.press(dialog.getByRole('button', { name: t('application.accounts.confirm') }))
  await expect(
    j.page.getByRole('heading', { name: t('application.accounts.chosenTitle', { name: account }) }),
  ).toBeVisible()
  j.carried.account = account
  await j.pressMain(j.button(t('application.submit.send')))
}

// --- step 4: partnership type and questionnaire ------------------------------------------------

/** Plays the information video to its end: started from the page (a click, or Space on it), then fast and muted. */
export async function watchTheVideo(j: Journey) {
  const { page } = j
  const video = page.locator('video')
  await expect(video).toBeVisible()
  await page.waitForFunction(() => (document.querySelector('video') as HTMLVideoElement).readyState >= 1)
  // Started as a user starts it: a click on the picture, or Space on the focused player.
  if (j.drive.kind === 'keyboard') await j.drive.activate(video, 'Space')
  else await video.click()
  await page.waitForFunction(() => !(document.querySelector('video') as HTMLVideoElement).paused)
  await video.evaluate((element) => {
    const v = element as HTMLVideoElement
    v.muted = true
    v.playbackRate = 16
  })
  await page.waitForFunction(() => (document.querySelector('video') as HTMLVideoElement).ended, undefined, {
    timeout: 30_000,
  })
  await expect(page.getByText(j.t('partnership.video.gateOpen')).first()).toBeVisible()
}

export type Partnership = {
  types: ('direct' | 'referral')[]
  taxation: 'osno' | 'usn-income' | 'ausn' | 'psn'
  /** For the referral program: the bank's BIK and a settlement account that passes its key. */
  bank?: { bik: string; settlementAccount: string }
}

/** A settlement account (20 digits) that passes the control key with the BIK. */
export function settlementAccountFor(bik: string, body = '40702810000000012345') {
  return withControlDigit(settlementPrefix(bik), body)
}

export async function choosePartnership(j: Journey, choice: Partnership, carried: string[] = []) {
  const { t, page } = j
  await j.arrive('partnership', t('partnership.title'), 'partnership', carried)
  await expect(page.getByText(t('partnership.video.gateClosed')).first()).toBeVisible()
  await watchTheVideo(j)
  for (const type of choice.types)
    await j.drive.check(
      page.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(t(`partnership.types.${type}`))}`) }),
    )
  if (choice.bank) {
    const bank = page.getByRole('region', { name: t('partnership.bank.title') })
    await expect(bank).toBeVisible()
    await j.drive.type(bank.getByLabel(t('forms.bank.bik')), choice.bank.bik)
    await expect(bank.getByText('ПАО Сбербанк')).toBeVisible()
    await j.drive.type(bank.getByLabel(t('forms.bank.settlementAccount')), choice.bank.settlementAccount)
  }
  const taxation = page.getByRole('group', { name: t('partnership.taxation.legend') })
  await j.drive.check(
    taxation.getByRole('radio', {
      name: new RegExp(`^${escapeRegExp(t(`partnership.taxation.${choice.taxation}`))}`),
    }),
  )
  if (j.options.axe) await expectNoAxeViolations(page)
  await j.pressMain(j.button(t('partnership.continue')))
}

export async function sendQuestionnaire(j: Journey) {
  const { t, page } = j
  await j.arrive('questionnaire', t('partnership.questionnaire.title'), 'partnership')
  await j.drive.select(page.getByLabel(t('partnership.q.size')), t('partnership.q.size.11-50'))
  await j.drive.type(page.getByLabel(t('partnership.q.engineers')), '2')
  for (const id of [
    'partnership.q.expertise.devops',
    'partnership.q.industry.retail',
    'partnership.q.customer.smb',
    'partnership.q.region.central',
  ])
    await j.drive.check(page.getByRole('checkbox', { name: t(id) }))
  await j.drive.check(
    page.getByRole('radio', {
      name: new RegExp(
        `^${escapeRegExp(t('partnership.q.consumption.below', { amount: 'X' }).split('X')[0] ?? '')}`,
      ),
    }),
  )
  await j.pressMain(j.button(t('partnership.questionnaire.send')))
}

// --- step 5: the billing account ----------------------------------------------------------------

/** Create billing account: General information, Company information (bank details), Contacts. */
export async function createBillingAccount(
  j: Journey,
  account: { name: string; bik?: string; keptBank?: { bik: string; settlementAccount: string } },
  carried: string[] = [],
) {
  const { t, page } = j
  await j.arrive('billing', t('billing.title'), 'billing', carried)
  await expect(page.getByText(t('billing.requirements.payment'))).toBeVisible()
  await j.pressMain(j.link(t('billing.create.start')))

  await j.arrive('billing-general', t('billing.general.title'), 'billing')
  await j.drive.type(page.getByLabel(t('billing.general.name')), account.name)
  await j.pressMain(j.button(t('billing.new.next')))

  await j.arrive('billing-company', t('billing.company.title'), 'billing', carried)
  const bik = page.getByLabel(t('forms.bank.bik'), { exact: true })
  if (account.keptBank) {
    await expect(page.getByText(t('billing.company.bankKept'))).toBeVisible()
    await expect(bik).toHaveValue(account.keptBank.bik)
    await expect(page.getByLabel(t('forms.bank.settlementAccount'))).toHaveValue(
      account.keptBank.settlementAccount,
    )
  } else if (account.bik) {
    await j.drive.type(bik, account.bik)
    await expect(page.getByText('ПАО Сбербанк', { exact: true })).toBeVisible()
    await j.drive.type(page.getByLabel(t('forms.bank.settlementAccount')), settlementAccountFor(account.bik))
  }
  await j.pressMain(j.button(t('billing.new.next')))

  await j.arrive('billing-contacts', t('billing.contacts.title'), 'billing')
  await j.pressMain(j.button(t('billing.contacts.create')))
  await j.arrive('billing-created', t('billing.title'), 'billing')
  await expect(page.getByText(t('billing.status.PAYMENT_NOT_CONFIRMED')).first()).toBeVisible()
  j.carried.account = account.name
}

/** The verification form with its document; the check is completed from the demo panel. */
export async function verifyBillingAccount(j: Journey) {
  const { t, page } = j
  await j.pressMain(j.link(t('billing.next.verify.action')))
  await j.arrive('billing-verification', t('billing.verify.title'), 'billing')
  await j.drive.attach(page.getByLabel(t('billing.verify.document')), {
    name: 'statement.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7\n% signed statement\n'),
  })
  await j.drive.check(page.getByRole('checkbox', { name: t('billing.verify.confirm') }))
  await j.pressMain(j.button(t('billing.verify.send')))
  await expect(page.getByRole('heading', { name: t('billing.next.pending.title') })).toBeVisible()
  if (j.options.axe) await expectNoAxeViolations(page)
  await j.completeVerification()
  await expect(j.link(t('billing.next.upgrade.action'))).toBeVisible()
}

/** Upgrade from the trial to paid (grants kept), then on to step 6. */
export async function upgradeBillingAccount(j: Journey, carried: string[] = []) {
  const { t } = j
  await j.arrive('billing-verified', t('billing.title'), 'billing', carried, 'elsewhere')
  await upgradeBillingAccountFrom(j)
}

// --- steps 6 and 7 ------------------------------------------------------------------------------

function statusHeading(j: Journey, status: string) {
  return j.heading(`${j.t('status.current.heading')} ${j.t(`status.name.${status}`)}`, 2)
}

export async function inReview(j: Journey, carried: string[] = []) {
  const { t, page } = j
  await j.arrive('confirmation', t('status.title'), 'confirmation', carried)
  await expect(statusHeading(j, 'in_review')).toBeVisible()
  await expect(page.getByText(t('status.reference')).first()).toBeVisible()
}

export async function approvedToPortal(j: Journey, carried: string[] = []) {
  const { t, page } = j
  await j.decide('approve')
  await j.arrive('approved', t('status.title'), 'confirmation', carried, 'elsewhere')
  await expect(statusHeading(j, 'approved')).toBeVisible()
  await j.pressMain(j.link(t('status.approved.portal')))
  await j.arrive('portal', t('portal.title'), 'partner', carried)
  await expect(
    page.getByRole('region', { name: t('portal.sections.heading') }).getByRole('heading', { level: 3 }),
  ).toHaveCount(6)
}

/** The manager asks for information; the applicant fixes the named answers and sends again. */
export async function informationNeededFixedSentAgain(j: Journey, carried: string[] = []) {
  const { t, page } = j
  await j.decide('request-information')
  await j.arrive('information-needed', t('status.title'), 'confirmation', carried, 'elsewhere')
  await expect(statusHeading(j, 'information_needed')).toBeVisible()
  await expect(page.getByRole('heading', { name: t('status.infoNeeded.title') })).toBeVisible()
  await j.pressMain(j.link(t('status.answers.contacts.phone')))
  await j.arrive('fix', t('status.fix.title'), 'confirmation', carried, 'elsewhere')
  const phone = j.textbox(t('application.contacts.phone'))
  await expect(phone).toBeFocused()
  await j.drive.type(phone, '+7 495 123-45-67')
  await j.drive.type(j.textbox(t('status.answers.profile.website')), 'https://example.ru')
  await j.pressMain(j.button(t('status.fix.send')))
  await j.arrive('sent-again', t('status.title'), 'confirmation', carried)
  await expect(page.getByText(t('status.fix.sent'))).toBeVisible()
  await expect(statusHeading(j, 'in_review')).toBeVisible()
  await expect(page.getByText(t('status.timeline.resubmitted', { round: 1 }))).toBeVisible()
  await expect(page.getByText('+74951234567')).toBeVisible()
}

/** The manager rejects: the decision with its reasons and when the company may apply again. */
export async function rejected(j: Journey, carried: string[] = []) {
  const { t, page } = j
  await j.decide('reject')
  await j.arrive('rejected', t('status.title'), 'confirmation', carried, 'elsewhere')
  await expect(statusHeading(j, 'rejected')).toBeVisible()
  await expect(page.getByRole('heading', { name: t('status.rejected.title') })).toBeVisible()
  await expect(page.getByText(t('status.rejected.reason.requirements-not-met'))).toBeVisible()
  const reapply = escapeRegExp(t('status.rejected.reapply', { date: '§' })).replace('§', '.+')
  await expect(page.getByText(new RegExp(reapply))).toBeVisible()
}

/** Step 5 for an account chosen at step 3 that is still on its trial: the upgrade only. */
export async function trialUpgradeOnly(j: Journey, account: string) {
  const { t, page } = j
  await j.arrive('billing-trial', t('billing.title'), 'billing', [account])
  await expect(page.getByText(t('billing.account.chosenAtStep3'))).toBeVisible()
  await expect(page.getByText(t('billing.status.TRIAL_ACTIVE')).first()).toBeVisible()
  await expect(j.link(t('billing.create.start'))).toHaveCount(0)
  await upgradeBillingAccountFrom(j)
}

async function upgradeBillingAccountFrom(j: Journey) {
  const { t, page } = j
  await j.pressMain(j.link(t('billing.next.upgrade.action')))
  await j.arrive('billing-upgrade', t('billing.upgrade.title'), 'billing')
  await expect(page.getByRole('heading', { name: t('billing.upgrade.noFeesTitle') })).toBeVisible()
  await j.pressMain(j.button(t('billing.upgrade.confirm')))
  await expect(page.getByRole('heading', { name: t('billing.upgrade.doneTitle') })).toBeVisible()
  if (j.options.axe) await expectNoAxeViolations(page)
  await j.pressMain(j.link(t('billing.next.done.action')))
}
