import { applicationHandlers } from './applications'
import { bankHandlers } from './banks'
import { billingHandlers } from './billing'
import { partnershipHandlers } from './partnership'
import { programHandlers } from './program'
import { registryHandlers } from './registry'
import { sessionHandlers } from './session'
import { ssoHandlers } from './sso'
import { statusHandlers } from './status'

/** Every handler of the mock backend: the browser worker, Node tests and browser tests share them. */
export const handlers = [
  ...programHandlers,
  ...sessionHandlers,
  ...ssoHandlers,
  ...billingHandlers,
  ...applicationHandlers,
  ...partnershipHandlers,
  ...bankHandlers,
  ...registryHandlers,
  ...statusHandlers,
]
