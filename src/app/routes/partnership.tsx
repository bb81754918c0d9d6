/** Step 4, partnership type: its two pages (one chunk), wired as children of the step's route in ../router. */
import { PartnershipPage } from '@/features/partnership/partnership-page'
import { QuestionnairePage } from '@/features/partnership/questionnaire-page'

export const Component = PartnershipPage

export const choice = { Component: PartnershipPage }
export const questionnaire = { Component: QuestionnairePage }
