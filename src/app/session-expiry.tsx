/**
 * A session that ends mid-step (it expired, or was ended elsewhere): any request of a signed-in page
 * answered 401 takes the user to sign in, with a notice that what they typed is kept, and the page
 * is remembered in this tab so that signing in again (the same user, the same organization) returns
 * there, where the page restores its draft from this browser (autosave's local copy, or the tab's).
 */
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { onUnauthenticated } from '@/api/session-events'
import { sessionQuery } from '@/features/session/api'
import { stepById } from './steps'

/** Used by the shell on pages that need a session: listens for 401 answers to their requests. */
export function useSessionExpiry(): void {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const { pathname } = useLocation()
  const where = useRef(pathname)
  where.current = pathname
  const leaving = useRef(false)

  useEffect(
    () =>
      onUnauthenticated(() => {
        const page = where.current
        // Mounted only on pages that need a session (./shell/watchers): never on sign-in's own.
        if (leaving.current) return
        const session = queryClient.getQueryData(sessionQuery().queryKey)
        if (!session) return
        leaving.current = true
        // Loaded when needed (a 401 means the network is there): the first page stays light.
        const keep = import('@/lib/return-after-sign-in')
          .then(({ keepReturnAfterSignIn }) =>
            keepReturnAfterSignIn({
              path: page,
              userId: session.user.id,
              organizationId: session.organizationId,
            }),
          )
          .catch(() => undefined) // without it, sign-in leads to step 3 as usual
        // Off the page first (its draft is in this browser already), then the session goes: the
        // page never renders without the session it was built for.
        void keep
          .then(() => navigate(stepById('sign-in').path, { state: { sessionEnded: true } }))
          .then(() => {
            queryClient.setQueryData(sessionQuery().queryKey, null)
            leaving.current = false
          })
      }),
    [queryClient, navigate],
  )
}

/** The shell's watch (./shell/watchers, loaded lazily): the hook, mounted as a component. */
export function SessionExpiry(): null {
  useSessionExpiry()
  return null
}
