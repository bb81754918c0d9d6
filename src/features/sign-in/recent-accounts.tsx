import { useQuery } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import type { RecentAccount } from '../../api/contract'
import { ApiErrorNotice } from '../../components/api-error-notice'
import { useMessages } from '../../lib/i18n'
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

/** The recently used accounts as buttons: choosing one signs in, then the organization is chosen. */
export function RecentAccounts() {
  const { t } = useMessages('signIn')
  const navigate = useNavigate()
  const accounts = useQuery(recentAccountsQuery())
  const signIn = useSignInWithAccount()

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
    if (signIn.isPending) return
    signIn.mutate(userId, { onSuccess: () => navigate('/sign-in/organization') })
  }

  return (
    <>
      {signIn.isError ? (
        <ApiErrorNotice
          error={signIn.error}
          title={t('signIn.account.signInError')}
          onRetry={() => choose(signIn.variables)}
        />
      ) : null}
      <ul className={styles.accounts} aria-label={t('signIn.account.listLabel')}>
        {accounts.data.accounts.map((account) => {
          const pending = signIn.isPending && signIn.variables === account.id
          return (
            <li key={account.id}>
              <button
                type="button"
                className={styles.account}
                onClick={() => choose(account.id)}
                // aria-disabled rather than disabled: focus stays on the chosen account meanwhile.
                aria-disabled={signIn.isPending || undefined}
              >
                <Avatar account={account} />
                <span className={styles.accountText}>
                  <span className={styles.accountName}>{account.name}</span>{' '}
                  <span className={styles.accountLogin}>{account.login}</span>
                </span>
                {pending ? (
                  <span className={styles.accountStatus}>{t('signIn.account.signingIn')}</span>
                ) : null}
              </button>
            </li>
          )
        })}
      </ul>
    </>
  )
}
