import { ApplicationPage } from '@/features/application/application-page'

export const Component = ApplicationPage
