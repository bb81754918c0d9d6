/**
 * TypeScript types of the published contract as a backend team would generate them: openapi-typescript
 * over docs/openapi.json. `npm run contract` writes them to test/contract/openapi.gen.ts; a test keeps
 * that file current and test/contract/agreement.ts (compiled by tsc) checks that they agree with the
 * zod contract's own types.
 */
import openapiTS from 'openapi-typescript'

export const OPENAPI_TYPES_FILE = 'test/contract/openapi.gen.ts'

/** The generated module's text for an OpenAPI document (its JSON text). */
export async function openApiTypes(documentText) {
  return openapiTS(JSON.parse(documentText), { silent: true, alphabetize: true })
}
