/**
 * What the user typed, kept in this tab (sessionStorage) so that a reload or a round trip to another
 * page loses nothing. The key starts with USER_STORAGE_PREFIX, so sign-out removes it; closing the tab
 * does too. Never keep a password here. Without storage the user types it again.
 */
import { USER_STORAGE_PREFIX } from './user-storage'

export type TabDraft<T> = {
  /** The kept value, or null when there is none (or it is not what `parse` expects). */
  read(): T | null
  write(value: T): void
  clear(): void
}

/** A draft under `USER_STORAGE_PREFIX + key`; `parse` checks what comes back from storage. */
export function tabDraft<T>(key: string, parse: (stored: unknown) => T | null): TabDraft<T> {
  const storageKey = USER_STORAGE_PREFIX + key
  return {
    read() {
      try {
        const raw = window.sessionStorage.getItem(storageKey)
        return raw === null ? null : parse(JSON.parse(raw))
      } catch {
        return null
      }
    },
    write(value) {
      try {
        window.sessionStorage.setItem(storageKey, JSON.stringify(value))
      } catch {
        // Storage full or unavailable: nothing is kept.
      }
    },
    clear() {
      try {
        window.sessionStorage.removeItem(storageKey)
      } catch {
        // Nothing kept.
      }
    },
  }
}
