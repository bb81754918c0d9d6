import { applicationHandlers } from './applications'
import { billingHandlers } from './billing'
import { programHandlers } from './program'
import { sessionHandlers } from './session'

/** Every handler of the mock backend: the browser worker, Node tests and browser tests share them. */
export const handlers = [...programHandlers, ...sessionHandlers, ...billingHandlers, ...applicationHandlers]
