import type { StepId } from '@/api/contract'
import { config } from '@/config'
import { type MessageId, type Namespace, useMessages } from '@/lib/i18n'
import { PageHeading } from './page-heading'
import styles from './step-intro.module.css'

/**
 * The heading and lead of the steps whose first page opens with words that need no data. The page
 * shows them, and so does the step's loading state on the app's first load (src/app/shell/step-loading.tsx):
 * a deep link paints the page's largest text while its code and data still come.
 */
const INTROS = {
  'sign-in': { title: 'signIn.title', lead: 'signIn.lead' },
  application: { title: 'application.title', lead: 'application.lead' },
  partnership: { title: 'partnership.title', lead: 'partnership.lead' },
} as const satisfies Partial<Record<StepId, { title: NamespacedId; lead: NamespacedId }>>

/** A message id of a catalog whose name it starts with (`application.title` is in `application`). */
type NamespacedId = { [N in Namespace]: `${N}.${string}` & MessageId }[Namespace]
const namespaceOf = (id: NamespacedId) => id.slice(0, id.indexOf('.')) as Namespace

export type IntroStep = keyof typeof INTROS

export const hasIntro = (id: StepId): id is IntroStep => Object.hasOwn(INTROS, id)

type Props = {
  step: IntroStep
  /** The page shows validation errors (the document title says so: PageHeading). */
  hasErrors?: boolean
}

export function StepIntro({ step, hasErrors = false }: Props) {
  const intro = INTROS[step]
  const { t } = useMessages(namespaceOf(intro.title))
  return (
    <>
      <PageHeading hasErrors={hasErrors}>{t(intro.title)}</PageHeading>
      <p className={styles.lead}>{t(intro.lead, { platform: config.platformName })}</p>
    </>
  )
}
