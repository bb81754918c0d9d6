import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import type { Session } from '@/api/contract'
import { buttonClass } from '@/components/button'
import { useMessages } from '@/lib/i18n'
import styles from './shell.module.css'
import { signOut } from './sign-out'

/** Who is signed in, and Sign out. Loaded only once somebody is signed in. */
export default function AccountMenu({ session }: { session: Session }) {
  const { t } = useMessages('common')
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const signOutMutation = useMutation({
    mutationFn: () => signOut(queryClient, () => navigate('/')),
  })
  return (
    <div className={styles.account}>
      <span className={styles.user}>{t('common.account.signedInAs', { name: session.user.name })}</span>
      <button
        type="button"
        className={buttonClass('secondary')}
        onClick={() => signOutMutation.mutate()}
        disabled={signOutMutation.isPending}
      >
        {signOutMutation.isPending ? t('common.account.signingOut') : t('common.account.signOut')}
      </button>
    </div>
  )
}
