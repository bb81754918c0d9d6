/**
 * The billing feature's public entry: what other features may use (docs/architecture.md, Layers).
 * Only the accounts query, which loads the API lazily, so a page importing it stays light.
 */
export { billingAccountsQuery } from './accounts-query'
