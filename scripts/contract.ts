/**
 * Writes docs/openapi.json from the zod contract, and the types openapi-typescript generates from it
 * (test/contract/openapi.gen.ts, checked against the contract's own types). Run: npm run contract
 */
import { writeFileSync } from 'node:fs'
import { openApiText } from '@/api/openapi'
import { OPENAPI_TYPES_FILE, openApiTypes } from './openapi-types.mjs'

const root = new URL('..', import.meta.url)
const document = openApiText()
const target = new URL('docs/openapi.json', root)
writeFileSync(target, document)
console.info(`wrote ${target.pathname}`)
const types = new URL(OPENAPI_TYPES_FILE, root)
writeFileSync(types, await openApiTypes(document))
console.info(`wrote ${types.pathname}`)
