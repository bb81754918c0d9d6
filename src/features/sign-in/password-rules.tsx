import { PasswordRules as Limits, RegisterYandexIdRequest } from '@/api/contract'
import { parseErrorCode } from '@/api/messages'
import { useMessages } from '@/lib/i18n'
import styles from './sign-in.module.css'

/** The rules a new password must meet, read from the contract's schema (the one source of them). */
const RULES = ['password.short', 'password.lower', 'password.upper', 'password.digit'] as const
type Rule = (typeof RULES)[number]

export function unmetPasswordRules(password: string): Set<Rule> {
  const result = RegisterYandexIdRequest.shape.password.safeParse(password)
  const unmet = new Set<Rule>()
  if (result.success) return unmet
  for (const issue of result.error.issues) {
    const key = parseErrorCode(issue.message)?.key
    const rule = RULES.find((candidate) => candidate === key)
    if (rule) unmet.add(rule)
  }
  return unmet
}

/**
 * The password's rules, each marked met or not as the user types. The mark is in words for screen
 * readers (not colour alone), and a polite live line says how many are met when that number changes.
 */
export function PasswordRuleList({ password, id }: { password: string; id: string }) {
  const { t } = useMessages('signIn')
  const unmet = unmetPasswordRules(password)
  const met = RULES.length - unmet.size
  return (
    <div className={styles.rules} id={id}>
      <p className={styles.rulesTitle}>{t('signIn.register.rulesTitle')}</p>
      <ul className={styles.ruleList}>
        {RULES.map((rule) => {
          const ok = !unmet.has(rule)
          return (
            <li key={rule} className={styles.rule} data-met={ok}>
              <span className={styles.ruleMark} aria-hidden="true">
                {ok ? '✓' : '–'}
              </span>
              <span>
                {t(`signIn.register.rule.${rule}`, { min: Limits.minLength })}
                <span className="visually-hidden">
                  {' '}
                  ({ok ? t('signIn.register.rule.met') : t('signIn.register.rule.unmet')})
                </span>
              </span>
            </li>
          )
        })}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {password ? t('signIn.register.rulesProgress', { met, total: RULES.length }) : ''}
      </p>
    </div>
  )
}
