/** The mock backend for Node tests: the same handlers, no latency, a fresh seed per test. */
import { setupServer } from 'msw/node'
import { handlers } from './handlers'

export const server = setupServer(...handlers)
