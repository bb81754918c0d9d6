/** Types of page-states.mjs (the states of ./screenshot-states.json). */
import type { Page } from '@playwright/test'

export type StateStep = {
  click?: string
  fill?: string
  value?: string
  press?: string
  wait?: string | number
}
export type PageState = {
  name: string
  path: string
  /** Where the state ends when that is not `path` (after a redirect or its steps); the sweep checks it. */
  at?: string
  scenario?: string
  started?: boolean
  widths?: number[]
  steps?: StateStep[]
  /** The page has a print view: the sweep checks it under print media too. */
  print?: boolean
  /** A modal or a menu covers the language control: the sweep opens the state again in the other language. */
  reopenToSwitch?: boolean
}
export declare const PAGE_STATES: PageState[]
export declare function stateUrl(state: PageState): string
export declare function seedStorage(options: { language: string; started: boolean }): void
export declare function runStep(page: Page, step: StateStep, timeout?: number): Promise<void>
