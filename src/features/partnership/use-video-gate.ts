/**
 * The information video's gate: the partnership types open only once the video has played to the
 * end. Seeking past the furthest point watched snaps back to it (on `seeking`, and on a `timeupdate`
 * that jumps further than playback could have gone); coming back resumes there; the server remembers
 * the progress (saved every few seconds of new video, on pause, on leaving, and at once when watched),
 * and this browser keeps a copy until the server has it.
 */
import { type SyntheticEvent, useCallback, useEffect, useRef, useState } from 'react'
import type { VideoProgress } from '@/api/contract'
import { clearBackup, readBackup, USER_STORAGE_PREFIX } from '@/lib/use-autosave'

/** How far past the furthest point a seek may land before it is pulled back (seconds). */
const SEEK_SLACK = 0.5
/** How far playback may outrun the clock between two timeupdates before it counts as a jump. */
const PLAYBACK_SLACK = 1
/** New video watched (seconds) before the progress is saved again. */
const SAVE_EVERY = 5
/** `ended` counts when the furthest point is this close to the end (the last timeupdate comes early). */
const END_SLACK = 2

type Options = {
  applicationId: string
  /** What the server remembers. */
  initial: VideoProgress
  /** Sends the progress to the server. */
  save: (progress: VideoProgress) => Promise<unknown>
}

export type VideoGate = ReturnType<typeof useVideoGate>

function writeBackup(key: string, progress: VideoProgress) {
  try {
    window.localStorage.setItem(USER_STORAGE_PREFIX + key, JSON.stringify(progress))
  } catch {
    // Without storage the server's copy still counts.
  }
}

export function useVideoGate({ applicationId, initial, save }: Options) {
  const backupKey = `video.${applicationId}`
  const [progress, setProgress] = useState<VideoProgress>(() => {
    const backup = readBackup<VideoProgress>(backupKey)
    return {
      furthest: Math.max(initial.furthest, backup?.furthest ?? 0),
      watched: initial.watched || backup?.watched === true,
    }
  })
  const [duration, setDuration] = useState<number | null>(null)
  /** The time a seek was pulled back to, for a polite word about why. */
  const [pulledBackTo, setPulledBackTo] = useState<number | null>(null)
  const [saveFailed, setSaveFailed] = useState(false)

  const current = useRef(progress)
  const saved = useRef<VideoProgress>(initial)
  const lastTick = useRef<number | null>(null)
  const saveRef = useRef(save)
  saveRef.current = save

  const update = useCallback(
    (next: VideoProgress) => {
      current.current = next
      setProgress(next)
      writeBackup(backupKey, next)
    },
    [backupKey],
  )

  const inFlight = useRef<Promise<boolean> | null>(null)
  const again = useRef(false)

  /** Sends what the server does not have yet; resolves true once it has everything. */
  const flush = useCallback((): Promise<boolean> => {
    if (inFlight.current) {
      again.current = true
      return inFlight.current
    }
    const behind = () => {
      const next = current.current
      const known = saved.current
      return next.furthest > known.furthest || (next.watched && !known.watched)
    }
    // Nothing to send: answered here, never as a save in flight. (`run` below clears `inFlight` when
    // it ends; ending before its first `await`, it cleared it before it was set, and every later
    // flush then joined that finished one and sent nothing: a pause with nothing new, then "ended",
    // and the server never heard the video was watched.)
    if (!behind()) {
      clearBackup(backupKey)
      return Promise.resolve(true)
    }
    const run = async (): Promise<boolean> => {
      let ok = true
      do {
        again.current = false
        if (!behind()) break
        const next = current.current
        try {
          await saveRef.current(next)
          saved.current = {
            furthest: Math.max(saved.current.furthest, next.furthest),
            watched: saved.current.watched || next.watched,
          }
          setSaveFailed(false)
        } catch {
          setSaveFailed(true)
          ok = false
          break
        }
      } while (again.current)
      if (ok && !behind()) clearBackup(backupKey)
      inFlight.current = null
      return ok
    }
    inFlight.current = run()
    return inFlight.current
  }, [backupKey])

  const pullBack = (video: HTMLVideoElement) => {
    const target = current.current.furthest
    video.currentTime = target
    setPulledBackTo(target)
  }

  const onLoadedMetadata = (event: SyntheticEvent<HTMLVideoElement>) => {
    const video = event.currentTarget
    if (Number.isFinite(video.duration)) setDuration(video.duration)
    // Resume where the viewer stopped (a watched video starts again from the beginning).
    const { furthest, watched } = current.current
    if (!watched && furthest > 0) video.currentTime = Math.min(furthest, video.duration || furthest)
  }

  const onSeeking = (event: SyntheticEvent<HTMLVideoElement>) => {
    const video = event.currentTarget
    if (current.current.watched) return
    if (video.currentTime > current.current.furthest + SEEK_SLACK) pullBack(video)
  }

  const onTimeUpdate = (event: SyntheticEvent<HTMLVideoElement>) => {
    const video = event.currentTarget
    const now = performance.now()
    const elapsed = lastTick.current === null ? 0 : (now - lastTick.current) / 1000
    lastTick.current = now
    const { furthest, watched } = current.current
    if (watched) return
    const time = video.currentTime
    if (video.seeking) {
      if (time > furthest + SEEK_SLACK) pullBack(video)
      return
    }
    // Playback moves at most `playbackRate` seconds per second; anything further is a jump.
    const reach = furthest + PLAYBACK_SLACK + elapsed * Math.max(video.playbackRate, 1)
    if (time > reach) {
      pullBack(video)
      return
    }
    if (time > furthest) {
      update({ furthest: time, watched: false })
      if (time - saved.current.furthest >= SAVE_EVERY) void flush()
    }
  }

  const onPlay = () => {
    lastTick.current = performance.now()
    setPulledBackTo(null)
  }

  const onPause = () => {
    lastTick.current = null
    void flush()
  }

  const onEnded = (event: SyntheticEvent<HTMLVideoElement>) => {
    const video = event.currentTarget
    lastTick.current = null
    if (current.current.watched) return
    const end = Number.isFinite(video.duration) ? video.duration : (duration ?? 0)
    if (end <= 0 || current.current.furthest < end - END_SLACK) return
    update({ furthest: end, watched: true })
    setPulledBackTo(null)
    void flush()
  }

  // Save on leaving the page or hiding the tab.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush()
    }
    document.addEventListener('visibilitychange', onHide)
    return () => {
      document.removeEventListener('visibilitychange', onHide)
      void flush()
    }
  }, [flush])

  return {
    furthest: progress.furthest,
    watched: progress.watched,
    duration,
    pulledBackTo,
    saveFailed,
    /** Makes sure the server knows what this browser knows (before choosing the types). */
    flush,
    handlers: { onLoadedMetadata, onSeeking, onTimeUpdate, onPlay, onPause, onEnded },
  }
}
