import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { openStep4 } from './test-helpers'

describe('step 4: Continue before the video has been watched', () => {
  it('says to watch the video to the end, not to choose a type that cannot be chosen yet', async () => {
    const { user } = await openStep4()
    await screen.findByRole('heading', { level: 1, name: 'Partnership type' })
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    const summary = await screen.findByRole('alert', { name: /There (is a problem|are \d problems)/ })
    const watch = within(summary).getByRole('link', {
      name: 'Watch the information video to the end before choosing the partnership type.',
    })
    // The link leads to the video, the way to fix it.
    expect(watch).toHaveAttribute('href', '#partnership-video')
    expect(within(summary).queryByText(/Choose Direct partner/)).not.toBeInTheDocument()
    expect(screen.queryByText('Choose Direct partner, Referral partner or both.')).not.toBeInTheDocument()
  })

  it('says it in Russian too', async () => {
    const { user } = await openStep4({ language: 'ru' })
    await screen.findByRole('heading', { level: 1, name: 'Тип партнерства' })
    await user.click(screen.getByRole('button', { name: 'Продолжить' }))
    const summary = await screen.findByRole('alert', { name: /Есть \d ошибк/ })
    expect(
      within(summary).getByRole('link', { name: /^Досмотрите информационное видео до конца/ }),
    ).toBeInTheDocument()
  })
})
