/**
 * Autosave for drafts: saves a value to the server a moment after it stops changing, says when it
 * was last saved, and keeps a copy in this browser until the server has it, so that a failed save,
 * a reload or a closed tab loses nothing. The copy is removed on sign-out (USER_STORAGE_PREFIX).
 */
import { useCallback, useEffect, useRef, useState } from 'react'

export const USER_STORAGE_PREFIX = 'partner-onboarding.user.'

export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error'

export function readBackup<T>(key: string): T | null {
  try {
    const raw = window.localStorage.getItem(USER_STORAGE_PREFIX + key)
    return raw ? (JSON.parse(raw) as T) : null
  } catch {
    return null
  }
}

function writeBackup(key: string, value: unknown) {
  try {
    window.localStorage.setItem(USER_STORAGE_PREFIX + key, JSON.stringify(value))
  } catch {
    // Storage full or unavailable: the server save still happens.
  }
}

export function clearBackup(key: string) {
  try {
    window.localStorage.removeItem(USER_STORAGE_PREFIX + key)
  } catch {
    // Nothing to clear.
  }
}

type Options<T> = {
  /** The current value; compared by its JSON form. */
  value: T
  /** Sends the value to the server. */
  save: (value: T) => Promise<unknown>
  /** The value the server already has (nothing is saved until the user changes something). */
  initial: T
  /** Local backup key (per user and organization), without the user prefix. */
  backupKey: string
  delayMs?: number
  enabled?: boolean
}

export function useAutosave<T>({
  value,
  save,
  initial,
  backupKey,
  delayMs = 800,
  enabled = true,
}: Options<T>) {
  const [status, setStatus] = useState<AutosaveStatus>('idle')
  const [savedAt, setSavedAt] = useState<Date | null>(null)
  const lastSaved = useRef(JSON.stringify(initial))
  const latest = useRef(value)
  const saveRef = useRef(save)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const inFlight = useRef<Promise<void> | null>(null)
  latest.current = value
  saveRef.current = save

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) {
      clearTimeout(timer.current)
      timer.current = null
    }
    if (inFlight.current) await inFlight.current
    const snapshot = latest.current
    const json = JSON.stringify(snapshot)
    if (json === lastSaved.current) return
    setStatus('saving')
    const attempt = (async () => {
      try {
        await saveRef.current(snapshot)
        lastSaved.current = json
        if (JSON.stringify(latest.current) === json) clearBackup(backupKey)
        setSavedAt(new Date())
        setStatus('saved')
      } catch {
        setStatus('error')
      }
    })()
    inFlight.current = attempt
    await attempt
    inFlight.current = null
  }, [backupKey])

  const json = JSON.stringify(value)
  useEffect(() => {
    if (!enabled || json === lastSaved.current) return
    writeBackup(backupKey, JSON.parse(json))
    setStatus('pending')
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => void flush(), delayMs)
  }, [json, enabled, backupKey, delayMs, flush])

  // Save what is pending when the page is hidden or the component goes away.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush()
    }
    document.addEventListener('visibilitychange', onHide)
    return () => {
      document.removeEventListener('visibilitychange', onHide)
      if (timer.current) void flush()
    }
  }, [flush])

  return { status, savedAt, flush }
}
