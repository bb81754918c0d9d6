export { ProgramPage } from '@/features/landing/program-page'
