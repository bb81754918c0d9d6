/** The status feature's public entry: what other features may use (docs/architecture.md, Layers). */
export { partnerProfileQuery } from './api'
