/** The session feature's public entry: what other features may use (docs/architecture.md, Layers). */
export { applicationQuery, loadForOrganization, organizationsQuery, sessionQuery, useSession } from './api'
