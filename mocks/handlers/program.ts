import { route, settings } from '../http'

export const programHandlers = [
  route('programSettings', () => {
    const { referralProgramOpen, reviewBusinessDays } = settings()
    return { referralProgramOpen, reviewBusinessDays }
  }),
]
