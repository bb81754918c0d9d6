import { WelcomePage } from '@/features/landing/welcome-page'

export const Component = WelcomePage
