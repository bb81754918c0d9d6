import { route, settings } from '@mocks/http'

export const programHandlers = [
  route('programSettings', () => {
    const { referralProgramOpen, reviewBusinessDays } = settings()
    return { referralProgramOpen, reviewBusinessDays }
  }),
]
