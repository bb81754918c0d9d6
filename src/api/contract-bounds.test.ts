/**
 * Bounded input, checked on the contract itself for every endpoint of its tables (the client's and
 * the mock-only one in mocks/contract.ts, so endpoints added later are checked too): every string a
 * request can carry has a maximum length, every array a maximum size, every number a finite range,
 * and records (free-form keys) are not allowed at all.
 * Nesting is bounded by the schemas' own shapes (no recursion) and by the mock wrapper's depth limit.
 */

import { servedEndpoints as endpoints } from '@mocks/contract'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'

type Def = { type: string; [key: string]: unknown }
type Schema = { _zod: { def: Def }; maxLength?: number | null; maxValue?: number | null }

/** Where a request schema lets unbounded input through, as readable paths. */
function unbounded(schema: Schema, path: string, seen = new Set<Schema>()): string[] {
  if (seen.has(schema)) return [`${path}: recursive`]
  const inner = new Set(seen).add(schema)
  const def = schema._zod.def
  const walk = (child: unknown, at: string) => unbounded(child as Schema, at, inner)
  switch (def.type) {
    case 'string': {
      if (typeof def.format === 'string') return [] // ISO dates, emails, … are patterns of bounded length
      return schema.maxLength != null ? [] : [`${path}: string without a maximum length`]
    }
    case 'number':
    case 'int': {
      const max = schema.maxValue
      return max != null && Number.isFinite(max) && max <= Number.MAX_SAFE_INTEGER
        ? []
        : [`${path}: number without a finite maximum`]
    }
    case 'array': {
      const checks = (def.checks as { _zod: { def: { check: string } } }[] | undefined) ?? []
      const bounded = checks.some(
        (c) => c._zod.def.check === 'max_length' || c._zod.def.check === 'length_equals',
      )
      return [
        ...(bounded ? [] : [`${path}: array without a maximum size`]),
        ...walk(def.element, `${path}[]`),
      ]
    }
    case 'object':
      return Object.entries(def.shape as Record<string, unknown>).flatMap(([key, child]) =>
        walk(child, `${path}.${key}`),
      )
    case 'record':
      return [`${path}: record with free-form keys`]
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return walk(def.innerType, path)
    case 'pipe':
      // What arrives is what the input side accepts; the output side only reshapes it.
      return walk(def.in, path)
    case 'union':
      return (def.options as unknown[]).flatMap((option, i) => walk(option, `${path}|${i}`))
    case 'intersection':
      return [...walk(def.left, path), ...walk(def.right, path)]
    case 'enum':
    case 'literal':
    case 'boolean':
    case 'null':
    case 'undefined':
    case 'transform':
    case 'never':
      return []
    case 'lazy':
      return [`${path}: lazy (recursive) schema`]
    default:
      return [`${path}: ${def.type} (not checked: bound it or teach this test)`]
  }
}

describe('every request schema of the contract is bounded', () => {
  const withRequests = Object.entries(endpoints).filter(([, def]) => 'request' in def && def.request)

  it('covers the endpoints that take a body', () => {
    expect(withRequests.length).toBeGreaterThanOrEqual(15)
  })

  it.each(withRequests)('%s bounds every string, array and number', (name, def) => {
    const request = (def as { request: z.ZodType }).request as unknown as Schema
    expect(unbounded(request, name)).toEqual([])
  })
})
