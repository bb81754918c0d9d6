/**
 * Demo hints: values a field offers as one-click chips in a demo build (the TIN field offers the
 * mock registry's reserved TINs, each saying what it produces). The mock layer fills them when it
 * starts (mocks/browser.ts); nothing else does, so in a build against a real API the list stays
 * empty and the field shows nothing. The words travel with the hints, in both languages, so they
 * have one source in the mock layer and never reach the real build.
 */
import { useSyncExternalStore } from 'react'
import type { Language } from './i18n'

export type DemoText = Record<Language, string>
export type DemoHint = { value: string; label: DemoText }
export type DemoHintSet = { title: DemoText; hints: readonly DemoHint[] }

/** The fields that take hints. */
export type DemoHintField = 'tin'

const sets = new Map<DemoHintField, DemoHintSet>()
const listeners = new Set<() => void>()

export function setDemoHints(field: DemoHintField, set: DemoHintSet | null): void {
  if (set) sets.set(field, set)
  else sets.delete(field)
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The field's hints, or undefined (always, in a real build). */
export function useDemoHints(field: DemoHintField): DemoHintSet | undefined {
  return useSyncExternalStore(
    subscribe,
    () => sets.get(field),
    () => undefined,
  )
}

/**
 * Puts a value into an input the way typing does (react-hook-form and React see an `input` event),
 * then focuses it.
 */
export function fillInput(input: HTMLInputElement | null, value: string): void {
  if (!input) return
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
  setter?.call(input, value)
  input.dispatchEvent(new Event('input', { bubbles: true }))
  input.focus()
}
