import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState } from 'react'
import { useNavigate } from 'react-router'
import type { Session } from '@/api/contract'
import { buttonClass } from '@/components/button'
import { useMessages } from '@/lib/i18n'
import styles from './shell.module.css'
import { signOut } from './sign-out'

/**
 * Who is signed in, and Sign out. Wide screens show both in the header; phones show the user's
 * initial, a button that opens them as a small menu. Loaded only once somebody is signed in.
 */
export default function AccountMenu({ session }: { session: Session }) {
  const { t } = useMessages('common')
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const signOutMutation = useMutation({
    mutationFn: () => signOut(queryClient, () => navigate('/')),
  })
  const [open, setOpen] = useState(false)
  // Said until signing out works: the failure (a server error, a timeout, no connection) leaves the
  // user signed in, and the same button tries again.
  const [signOutFailed, setSignOutFailed] = useState(false)
  const panelId = useId()
  const rootRef = useRef<HTMLDivElement>(null)
  const toggleRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!open) return
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false)
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      setOpen(false)
      toggleRef.current?.focus()
    }
    document.addEventListener('pointerdown', onPointerDown)
    document.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('pointerdown', onPointerDown)
      document.removeEventListener('keydown', onKeyDown)
    }
  }, [open])

  const name = session.user.name
  return (
    <div ref={rootRef} className={styles.account} data-open={open}>
      <button
        ref={toggleRef}
        type="button"
        className={styles.accountToggle}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('common.account.menu', { name })}
        onClick={() => setOpen((value) => !value)}
      >
        <span className={styles.avatar} aria-hidden="true">
          {name.trim().charAt(0).toUpperCase()}
        </span>
      </button>
      <div className={styles.accountPanel} id={panelId}>
        <span className={styles.user}>{t('common.account.signedInAs', { name })}</span>
        {signOutFailed ? (
          <p role="alert" className={styles.signOutFailed}>
            {t('common.account.signOutFailed')}
          </p>
        ) : null}
        {/* aria-disabled, not disabled: focus stays on the button while it signs out (and after a failure). */}
        <button
          type="button"
          className={buttonClass('secondary')}
          onClick={() => {
            if (signOutMutation.isPending) return
            // Said again (a new alert) if this try fails too.
            setSignOutFailed(false)
            signOutMutation.mutate(undefined, {
              onSuccess: () => setSignOutFailed(false),
              onError: () => setSignOutFailed(true),
            })
          }}
          aria-disabled={signOutMutation.isPending || undefined}
        >
          {signOutMutation.isPending ? t('common.account.signingOut') : t('common.account.signOut')}
        </button>
      </div>
    </div>
  )
}
