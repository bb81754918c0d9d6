/** The partnership feature's public entry: what other features may use (docs/architecture.md, Layers). */
export { bankQuery } from './api'
export { CONSUMPTION_BOUNDS } from './options'
