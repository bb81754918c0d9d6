/**
 * For tests that talk to the mock backend as an HTTP client would (bypassing the app's client):
 * raw requests, and a session set up directly in the mock database.
 */
import { startSession } from '@mocks/db'

// biome-ignore lint/suspicious/noExplicitAny: tests read whatever the mock answered, field by field
type Body = any

export async function api(
  path: string,
  init: { method?: string; json?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: Body }> {
  const response = await fetch(`http://localhost/api${path}`, {
    method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
    headers: { 'Content-Type': 'application/json', ...init.headers },
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null }
}

/** Signs in as a user of the seeded scenario, with this organization chosen. */
export async function signInAs(userId: string, organizationId: string | null = null): Promise<void> {
  await startSession({ userId, method: 'account', organizationId })
}
