/**
 * The published contract as a backend team reads it: openapi-typescript's types of docs/openapi.json
 * are in ./openapi.gen.ts (npm run contract writes both), and ./agreement.ts checks them against the
 * zod contract's own types at type-check time. This keeps that file what the generator makes today.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { OPENAPI_TYPES_FILE, openApiTypes } from '../../scripts/openapi-types.mjs'

const read = (path: string) => readFileSync(join(process.cwd(), path), 'utf8')

describe('types generated from the published contract', () => {
  it('are current with docs/openapi.json (run `npm run contract` after changing the contract)', async () => {
    const generated = await openApiTypes(read('docs/openapi.json'))
    expect(generated).toContain('export interface components')
    expect(read(OPENAPI_TYPES_FILE)).toBe(generated)
  })

  it('hold no mock-only endpoint', () => {
    expect(read(OPENAPI_TYPES_FILE)).not.toMatch(/\/idp\/|idpLogin|idpFederation/)
  })
})
