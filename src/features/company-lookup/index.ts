/** The company lookup's public entry: what other features may use (docs/architecture.md, Layers). */
export { COMPANY_ERROR_ID, CompanyLookup, TIN_FIELD_ID } from './company-lookup'
