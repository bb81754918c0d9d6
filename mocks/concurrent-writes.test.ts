/**
 * Requests that change the same row at the same time all keep their change. @msw/data's update reads
 * the row, then awaits (its schema's validation) before it writes the row back: two at once wrote
 * the second over the first, and a change was lost (CI: the application's "video watched" was lost,
 * so Continue on the partnership page was refused with "watch the video to the end" while the page
 * showed it watched).
 */
import { describe, expect, it } from 'vitest'
import { db } from './db'

describe('the mock database under concurrent requests', () => {
  it('keeps every change made to one row at the same time', async () => {
    const [user] = db.users.all()
    if (!user) throw new Error('the default scenario has users')
    await Promise.all([
      db.users.update(user.id, (draft) => {
        draft.name = 'Анна Петрова'
      }),
      db.users.update(user.id, (draft) => {
        draft.email = 'anna@example.ru'
      }),
      db.users.update(user.id, (draft) => {
        draft.blocked = true
      }),
    ])
    expect(db.users.get(user.id)).toMatchObject({
      name: 'Анна Петрова',
      email: 'anna@example.ru',
      blocked: true,
    })
  })
})
