/**
 * Autosave for drafts: saves a value to the server a moment after it stops changing, says when it
 * was last saved, and keeps a copy in this browser until the server has it, so that a failed save,
 * a reload or a closed tab loses nothing. The copy is removed on sign-out (USER_STORAGE_PREFIX).
 *
 * Two tabs: `save` gets what changed since the last save (`meta.changes`, per top-level field) and
 * the version the value is based on (`meta.version`); the server refuses a stale version with 409
 * `version_conflict` and the current resource. The hook then stops, keeps what was typed, and says
 * what the other tab saved (`conflict`). The user either keeps what they typed (`keepMine`: their
 * own changes go on top of the newer version, field by field, so the other tab's other changes stay)
 * or takes the newer version (`takeTheirs`). Either way the page gets the resulting draft through
 * `onTakeTheirs` to put in the form.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { StaleResource } from '@/api/contract'
import { isApiError } from '@/api/errors'
import { isOnline, onOnlineChange } from './online'
import { USER_STORAGE_PREFIX } from './user-storage'

export { USER_STORAGE_PREFIX }

/** `offline`: not sent while the browser is offline; kept here, and saved once the connection is back. */
export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'conflict' | 'offline'

export function readBackup<T>(key: string): T | null {
  try {
    const raw = window.localStorage.getItem(USER_STORAGE_PREFIX + key)
    return raw ? (JSON.parse(raw) as T) : null
  } catch {
    return null
  }
}

/** Keeps the copy; false when the browser refused (storage full or blocked). */
function writeBackup(key: string, value: unknown): boolean {
  try {
    window.localStorage.setItem(USER_STORAGE_PREFIX + key, JSON.stringify(value))
    return true
  } catch {
    return false
  }
}

export function clearBackup(key: string) {
  try {
    window.localStorage.removeItem(USER_STORAGE_PREFIX + key)
  } catch {
    // Nothing to clear.
  }
}

/** What a save is about besides the whole value. */
export type AutosaveMeta<T> = {
  /** The top-level fields that changed since the last save (the whole value when it is not an object). */
  changes: Partial<T>
  /** The server's version the value is based on, when the page gave one. */
  version: number | undefined
}

/** A save refused because the draft was saved elsewhere meanwhile. */
export type AutosaveConflict<T> = {
  /** The newer draft as the form holds it (null without `fromServer`). */
  theirs: T | null
  /** What the other tab changed: field paths (`contacts.position`) where the newer draft differs. */
  newer: string[]
}

type Options<T> = {
  /** The current value; compared by its JSON form. */
  value: T
  /** Sends the value (or only `meta.changes`, with `meta.version`) to the server. */
  save: (value: T, meta: AutosaveMeta<T>) => Promise<unknown>
  /** The value the server already has (nothing is saved until the user changes something). */
  initial: T
  /** Local backup key (per user and organization), without the user prefix. */
  backupKey: string
  /** The pause after the last change before saving (AUTOSAVE_PAUSE_MS). */
  delayMs?: number
  enabled?: boolean
  /**
   * The server's version of `initial` (optimistic concurrency). Afterwards the hook follows the
   * `version` in each save's answer, and this prop when it goes up: the page's cached resource
   * changes with this tab's own other writes (the video's progress …), which are no conflict.
   */
  version?: number
  /** The draft as the form holds it, from the current resource a 409 carries (parsed by the client). */
  fromServer?: (current: StaleResource) => T
  /**
   * After a conflict, put this draft in the form: the newer version (`takeTheirs`), or the newer
   * version with the user's own changes on top (`keepMine`).
   */
  onTakeTheirs?: (draft: T) => void
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Top-level fields of `next` whose JSON differs from `previous`. */
function changedFields<T>(previous: unknown, next: T): Partial<T> {
  if (!isRecord(previous) || !isRecord(next)) return next as Partial<T>
  const changes: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(next))
    if (JSON.stringify(value) !== JSON.stringify(previous[key])) changes[key] = value
  return changes as Partial<T>
}

/**
 * A three-way merge: where `mine` differs from `base` (the user changed it) it wins, elsewhere the
 * newer `theirs` does; objects merge key by key, anything else (text, lists) is one value.
 */
function mergeChanges<T>(base: unknown, mine: T, theirs: T): T {
  if (isRecord(base) && isRecord(mine) && isRecord(theirs)) {
    const keys = [...new Set([...Object.keys(theirs), ...Object.keys(mine)])]
    return Object.fromEntries(keys.map((key) => [key, mergeChanges(base[key], mine[key], theirs[key])])) as T
  }
  return JSON.stringify(mine ?? '') !== JSON.stringify(base ?? '') ? mine : theirs
}

/** Paths of the leaves (text, numbers, lists) in which `b` differs from `a`, `contacts.position` style. */
function differingPaths(a: unknown, b: unknown, prefix = ''): string[] {
  if (isRecord(a) && isRecord(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])]
    return keys.flatMap((key) => differingPaths(a[key], b[key], prefix ? `${prefix}.${key}` : key))
  }
  const same = JSON.stringify(a ?? '') === JSON.stringify(b ?? '')
  return same ? [] : [prefix]
}

function versionOf(resource: unknown): number | undefined {
  return isRecord(resource) && typeof resource.version === 'number' ? resource.version : undefined
}

/**
 * The pause after the last change before a draft is saved: 800 ms, unless the build sets
 * `VITE_AUTOSAVE_PAUSE_MS`. The component tests set 100 ms (`test.env` in vite.config.ts): a pause
 * still, each typed character comes well within it, and the tests that wait for a save no longer
 * idle 800 ms each (the suite's files that autosave: 74 → 61 s of test time, `npm test`'s budget).
 */
export const AUTOSAVE_PAUSE_MS = Number(import.meta.env.VITE_AUTOSAVE_PAUSE_MS) || 800

export function useAutosave<T>({
  value,
  save,
  initial,
  backupKey,
  delayMs = AUTOSAVE_PAUSE_MS,
  enabled = true,
  version,
  fromServer,
  onTakeTheirs,
}: Options<T>) {
  const [status, setStatus] = useState<AutosaveStatus>('idle')
  const [savedAt, setSavedAt] = useState<Date | null>(null)
  const [backupFailed, setBackupFailed] = useState(false)
  const [conflict, setConflict] = useState<AutosaveConflict<T> | null>(null)
  const lastSaved = useRef(JSON.stringify(initial))
  const baseVersion = useRef(version)
  /** The resource a 409 carried, while the user decides. */
  const conflicting = useRef<StaleResource | undefined>(undefined)
  /** What the refused save was based on (to tell the user's changes from the other tab's). */
  const conflictBase = useRef<unknown>(undefined)
  const latest = useRef(value)
  const saveRef = useRef(save)
  const fromServerRef = useRef(fromServer)
  const onTakeTheirsRef = useRef(onTakeTheirs)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const inFlight = useRef<Promise<void> | null>(null)
  latest.current = value
  saveRef.current = save
  fromServerRef.current = fromServer
  onTakeTheirsRef.current = onTakeTheirs

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) {
      clearTimeout(timer.current)
      timer.current = null
    }
    if (inFlight.current) await inFlight.current
    // Waiting for the user's choice: nothing is sent over the newer version unasked.
    if (conflicting.current !== undefined) return
    const snapshot = latest.current
    const json = JSON.stringify(snapshot)
    if (json === lastSaved.current) return
    // Offline, nothing is sent (it would only fail): the copy is kept, and the save runs when the
    // connection is back (below).
    if (!isOnline()) {
      setStatus('offline')
      return
    }
    setStatus('saving')
    const attempt = (async () => {
      try {
        const meta: AutosaveMeta<T> = {
          changes: changedFields(JSON.parse(lastSaved.current), snapshot),
          version: baseVersion.current,
        }
        const result = await saveRef.current(snapshot, meta)
        lastSaved.current = json
        baseVersion.current = versionOf(result) ?? baseVersion.current
        if (JSON.stringify(latest.current) === json) clearBackup(backupKey)
        setSavedAt(new Date())
        setStatus('saved')
      } catch (error) {
        if (isApiError(error) && error.code === 'version_conflict' && error.current !== undefined) {
          conflicting.current = error.current
          conflictBase.current = JSON.parse(lastSaved.current)
          const theirs = fromServerRef.current ? fromServerRef.current(error.current) : null
          const newer = theirs ? differingPaths(conflictBase.current, theirs) : []
          setConflict({ theirs, newer })
          setStatus('conflict')
        } else {
          setStatus('error')
        }
      }
    })()
    inFlight.current = attempt
    await attempt
    inFlight.current = null
  }, [backupKey])

  /**
   * Keeps what the user typed: their own changes go on top of the newer version (field by field),
   * the other tab's other changes stay, and that is saved based on the newer version.
   */
  const keepMine = useCallback(async (): Promise<void> => {
    const current = conflicting.current
    if (current === undefined) return
    conflicting.current = undefined
    baseVersion.current = versionOf(current) ?? baseVersion.current
    const theirs = fromServerRef.current?.(current)
    if (theirs === undefined) {
      // Without the newer draft in the form's terms, everything typed is sent over it.
      lastSaved.current = JSON.stringify(null)
    } else {
      const merged = mergeChanges(conflictBase.current, latest.current, theirs)
      lastSaved.current = JSON.stringify(theirs)
      latest.current = merged
      writeBackup(backupKey, merged)
      onTakeTheirsRef.current?.(merged)
    }
    setConflict(null)
    await flush()
  }, [flush, backupKey])

  /** Takes the newer version: the page puts it in the form; the local copy goes. */
  const takeTheirs = useCallback((): void => {
    const current = conflicting.current
    if (current === undefined) return
    conflicting.current = undefined
    baseVersion.current = versionOf(current) ?? baseVersion.current
    const theirs = fromServerRef.current?.(current)
    if (theirs !== undefined) {
      lastSaved.current = JSON.stringify(theirs)
      onTakeTheirsRef.current?.(theirs)
    }
    clearBackup(backupKey)
    setConflict(null)
    setStatus('saved')
    setSavedAt(new Date())
  }, [backupKey])

  // This tab's own other writes move the cached version on; a conflict waits for the user's choice.
  useEffect(() => {
    if (version === undefined || conflicting.current !== undefined) return
    if (baseVersion.current === undefined || version > baseVersion.current) baseVersion.current = version
  }, [version])

  const json = JSON.stringify(value)
  useEffect(() => {
    if (!enabled || json === lastSaved.current) return
    setBackupFailed(!writeBackup(backupKey, JSON.parse(json)))
    if (conflicting.current !== undefined) return
    setStatus('pending')
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => void flush(), delayMs)
  }, [json, enabled, backupKey, delayMs, flush])

  // Back online: what waited (or failed meanwhile) is saved now.
  useEffect(
    () =>
      onOnlineChange((online) => {
        if (online && JSON.stringify(latest.current) !== lastSaved.current) void flush()
      }),
    [flush],
  )

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

  return { status, savedAt, flush, backupFailed, conflict, keepMine, takeTheirs }
}
