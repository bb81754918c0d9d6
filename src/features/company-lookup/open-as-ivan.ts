/**
 * Test set-up shared by this folder's tests: the application page as Ivan, whose organization has no
 * billing account, so the page asks for the company by TIN. Returns the app and the TIN field.
 */
import { renderApp } from '@test/render-app'
import { screen } from '@testing-library/react'

export async function openAsIvan(language: 'en' | 'ru' = 'en') {
  const app = await renderApp({
    path: '/application',
    signedInAs: { userId: 'u-ivan', organizationId: 'org-petrov' },
    language,
  })
  const tin = await screen.findByRole('textbox', {
    name: language === 'en' ? /company tin/i : /инн компании/i,
  })
  return { ...app, tin }
}
