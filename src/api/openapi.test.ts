import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { mockOnlyEndpoints } from '@mocks/contract'
import { describe, expect, it } from 'vitest'
import { endpoints } from './contract'
import { buildOpenApi, openApiText } from './openapi'

type Operation = {
  operationId?: string
  requestBody?: unknown
  security?: unknown[]
  responses: Record<string, unknown>
}

const operationOf = (document: ReturnType<typeof buildOpenApi>, path: string, method: string) =>
  (document.paths[path] as Record<string, Operation> | undefined)?.[method]

describe('the published OpenAPI document', () => {
  it('is current with the contract (run `npm run contract` after changing it)', () => {
    const published = readFileSync(join(process.cwd(), 'docs/openapi.json'), 'utf8')
    expect(published).toBe(openApiText())
  })

  it('describes every endpoint a real backend serves, with its request, and no mock-only one', () => {
    const document = buildOpenApi()
    for (const [name, def] of Object.entries(endpoints)) {
      const operation = operationOf(document, def.path, def.method)
      expect(operation?.operationId).toBe(name)
      if ('request' in def) expect(operation?.requestBody).toBeDefined()
    }
    expect(Object.keys(document.paths).length).toBeGreaterThan(20)
    // The mock backend's own endpoints (mocks/contract.ts) are no part of it, by path or by name.
    const text = JSON.stringify(document)
    for (const [name, def] of Object.entries(mockOnlyEndpoints)) {
      expect(operationOf(document, def.path, def.method), `${name} is mock-only`).toBeUndefined()
      expect(text).not.toContain(name)
    }
    expect(text).not.toMatch(/\/idp\/|Idp(Login|Federation)|\/decision"|verification\/complete/)
  })

  it('asks for the session cookie on every operation but the public ones, from one named server', () => {
    const document = buildOpenApi()
    expect(document.servers).toEqual([expect.objectContaining({ url: '/api' })])
    expect(document.security).toEqual([{ session: [] }])
    expect(document.components.securitySchemes.session).toMatchObject({ type: 'apiKey', in: 'cookie' })
    const signIn = operationOf(document, endpoints.signInWithAccount.path, 'post')
    expect(signIn?.security).toEqual([])
    expect(signIn?.responses[401]).toBeUndefined()
    const submit = operationOf(document, endpoints.submitApplication.path, 'post')
    expect(submit?.security).toBeUndefined()
    expect(submit?.responses[401]).toBeDefined()
  })

  it('has no component schema that no operation reaches', () => {
    const document = buildOpenApi()
    const text = JSON.stringify(document.paths)
    const refs = new Set<string>()
    const collect = (json: string) => {
      for (const match of json.matchAll(/#\/components\/schemas\/(\w+)/g)) {
        const id = match[1] ?? ''
        if (refs.has(id)) continue
        refs.add(id)
        collect(JSON.stringify(document.components.schemas[id]))
      }
    }
    collect(text)
    expect(Object.keys(document.components.schemas).sort()).toEqual([...refs].sort())
  })
})
