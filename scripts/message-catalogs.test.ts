/**
 * The generated catalog types (src/locales/catalogs.gen.ts, mocks/locales/catalogs.gen.ts) list every
 * English catalog there is, so each namespace and its ids are typed; a new catalog is picked up.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CATALOG_ROOTS, catalogTypesModule, namespacesIn, writeCatalogTypes } from './message-catalogs.mjs'

describe('message ids typed from the English catalogs', () => {
  it.each(CATALOG_ROOTS)('$dir/catalogs.gen.ts is current (npm run messages)', ({ dir, type }) => {
    const namespaces = namespacesIn(join(process.cwd(), dir))
    expect(namespaces.length).toBeGreaterThan(0)
    const written = readFileSync(join(process.cwd(), dir, 'catalogs.gen.ts'), 'utf8')
    expect(written).toBe(catalogTypesModule(namespaces, type))
  })

  it('makes a namespace of a new catalog, and drops a removed one', () => {
    const root = mkdtempSync(join(tmpdir(), 'catalogs-'))
    try {
      mkdirSync(join(root, 'src/locales/en'), { recursive: true })
      writeFileSync(join(root, 'src/locales/en/common.json'), '{}')
      expect(writeCatalogTypes(root)).toEqual([join(root, 'src/locales/catalogs.gen.ts')])
      writeFileSync(join(root, 'src/locales/en/billing.json'), '{}')
      writeCatalogTypes(root)
      const text = readFileSync(join(root, 'src/locales/catalogs.gen.ts'), 'utf8')
      expect(text).toContain("import type billingMessages from './en/billing.json'")
      expect(text).toContain('  billing: typeof billingMessages\n')
      expect(text).toContain('  common: typeof commonMessages\n')
      // Nothing changed: nothing written.
      expect(writeCatalogTypes(root)).toEqual([])
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})
