/** The program feature's public entry: what other features may use (docs/architecture.md, Layers). */
export { programSettingsQuery, useProgramSettings } from './api'
export { ReferralClosedNotice } from './referral-notice'
