/** Step 3, the application: its page and its loader (every request of the page, together). */
import { loadApplicationPage } from '@/features/application/api'
import { ApplicationPage } from '@/features/application/application-page'
import { pageRoute } from './page-route'

export const Component = ApplicationPage

export const page = pageRoute(ApplicationPage, loadApplicationPage)
