import { describe, expect, it } from 'vitest'
import { nextSpecializationWindow } from './specialization-window'

const at = (iso: string) => new Date(`${iso}T12:00:00Z`)
const month = (date: Date) => date.toISOString().slice(0, 7)

describe('when a partner can apply for a specialization (April and October)', () => {
  it('is open now in April and in October', () => {
    expect(nextSpecializationWindow(at('2027-04-15'))).toMatchObject({ openNow: true })
    expect(month(nextSpecializationWindow(at('2027-10-31')).start)).toBe('2027-10')
  })

  it('points to the next window otherwise, across the new year', () => {
    expect(month(nextSpecializationWindow(at('2027-01-10')).start)).toBe('2027-04')
    expect(month(nextSpecializationWindow(at('2027-05-01')).start)).toBe('2027-10')
    expect(nextSpecializationWindow(at('2026-12-01'))).toEqual({
      start: new Date(Date.UTC(2027, 3, 1)),
      openNow: false,
    })
  })
})
