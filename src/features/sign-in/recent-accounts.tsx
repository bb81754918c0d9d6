import { useQuery } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { useNavigate } from 'react-router'
import type { RecentAccount } from '@/api/contract'
import { PATHS } from '@/api/paths'
import { ApiErrorNotice } from '@/components/api-error-notice'
import { useMessages } from '@/lib/i18n'
import { recentAccountsQuery, useSignInWithAccount } from './api'
import styles from './sign-in.module.css'

export function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean)
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts
  return letters
    .map((part) => Array.from(part ?? '')[0] ?? '')
    .join('')
    .toLocaleUpperCase()
}

function Avatar({ account }: { account: RecentAccount }) {
  // The name is written beside it, so the picture is decorative for screen readers.
  if (account.avatarUrl) return <img className={styles.avatar} src={account.avatarUrl} alt="" />
  return (
    <span className={styles.avatar} aria-hidden="true">
      {initialsOf(account.name)}
    </span>
  )
}

/**
 * The recently used accounts as buttons: choosing one signs in, then the organization is chosen.
 * While a sign-in is on its way, the chosen card shows it, the list is busy and says so politely,
 * and every account button is inactive: a second sign-in cannot start.
 */
export function RecentAccounts() {
  const { t } = useMessages('signIn')
  const navigate = useNavigate()
  // The route's loader has asked for them already. Unlike the page's own data, a failure here is
  // said in place, with a retry: the other two ways to sign in stay usable.
  // A failure the loader met stays said (no silent second try on mount): Try again is the user's.
  const accounts = useQuery({ ...recentAccountsQuery(), retryOnMount: false })
  const signIn = useSignInWithAccount()
  // The pending state reaches the render a moment after mutate(): a quick second click must not slip in.
  const inFlight = useRef(false)
  // The last failure stays while trying again (Try again keeps focus); the next answer replaces it.
  const [failed, setFailed] = useState<{ error: unknown; userId: string } | null>(null)

  if (accounts.isPending) {
    return (
      <p role="status" className={styles.muted}>
        {t('signIn.account.loading')}
      </p>
    )
  }
  if (accounts.isError) {
    return (
      <ApiErrorNotice
        error={accounts.error}
        title={t('signIn.account.loadError')}
        onRetry={() => void accounts.refetch()}
      />
    )
  }
  if (accounts.data.accounts.length === 0) return <p>{t('signIn.account.none')}</p>

  const choose = (userId: string) => {
    if (inFlight.current || signIn.isPending) return
    inFlight.current = true
    signIn.mutate(userId, {
      onSuccess: () => navigate(PATHS.signInOrganization),
      // After a success the list stays busy while the next page loads: no second sign-in meanwhile.
      onError: (error) => {
        inFlight.current = false
        setFailed({ error, userId })
      },
    })
  }
  const busy = signIn.isPending || signIn.isSuccess
  const chosen = busy ? accounts.data.accounts.find((account) => account.id === signIn.variables) : undefined

  return (
    <>
      {failed ? (
        <ApiErrorNotice
          error={failed.error}
          title={t('signIn.account.signInError')}
          onRetry={() => choose(failed.userId)}
          retrying={busy}
        />
      ) : null}
      <ul
        className={styles.accounts}
        aria-label={t('signIn.account.listLabel')}
        aria-busy={busy || undefined}
      >
        {accounts.data.accounts.map((account) => {
          const pending = busy && signIn.variables === account.id
          return (
            <li key={account.id}>
              <button
                type="button"
                className={styles.account}
                onClick={() => choose(account.id)}
                // aria-disabled rather than disabled: focus stays on the chosen account meanwhile.
                aria-disabled={busy || undefined}
                data-pending={pending || undefined}
              >
                <Avatar account={account} />
                <span className={styles.accountText}>
                  <span className={styles.accountName}>{account.name}</span>{' '}
                  <span className={styles.accountLogin}>{account.login}</span>
                </span>
                {pending ? (
                  // Said once by the status below; here it is for the eyes.
                  <span className={styles.accountStatus} aria-hidden="true">
                    <span className={styles.spinner} />
                    {t('signIn.account.signingIn')}
                  </span>
                ) : null}
              </button>
            </li>
          )
        })}
      </ul>
      <p className="visually-hidden" role="status">
        {chosen ? t('signIn.account.signingInAs', { name: chosen.name }) : ''}
      </p>
    </>
  )
}
