/** Step 4, partnership type: its two pages (one chunk), wired as children of the step's route in ../router. */
import { loadPartnershipPage, loadQuestionnairePage } from '@/features/partnership/api'
import { PartnershipPage } from '@/features/partnership/partnership-page'
import { QuestionnairePage } from '@/features/partnership/questionnaire-page'
import { pageRoute } from './page-route'

export const Component = PartnershipPage

export const choice = pageRoute(PartnershipPage, loadPartnershipPage)
export const questionnaire = pageRoute(QuestionnairePage, loadQuestionnairePage)
