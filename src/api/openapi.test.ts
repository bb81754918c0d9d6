import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { endpoints } from './contract'
import { buildOpenApi, openApiText } from './openapi'

describe('the published OpenAPI document', () => {
  it('is current with the contract (run `npm run contract` after changing it)', () => {
    const published = readFileSync(join(process.cwd(), 'docs/openapi.json'), 'utf8')
    expect(published).toBe(openApiText())
  })

  it('describes every endpoint of the contract with its request and response', () => {
    const document = buildOpenApi()
    for (const [name, def] of Object.entries(endpoints)) {
      const operation = document.paths[`/api${def.path}`]?.[def.method] as Record<string, unknown> | undefined
      expect(operation?.operationId).toBe(name)
      if ('request' in def) expect(operation?.requestBody).toBeDefined()
    }
  })
})
