/** The partnership feature's public entry: what other features may use (docs/architecture.md, Layers). */
export { CONSUMPTION_BOUNDS } from './options'
