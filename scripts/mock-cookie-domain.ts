/**
 * Demo build only: tough-cookie (inside MSW) imports `tldts` for the public-suffix list, 257 KB of
 * minified data that ran as one long task when the mock layer started. The mock backend sets no
 * cookie, so the build resolves that import to mocks/cookie-domain.ts (each host its own domain).
 * Vitest and dev keep the real package; a build with mocking off has no MSW at all.
 */
import { join } from 'node:path'
import type { Plugin } from 'vite'

/** The stand-in's path, in the project at `root`. */
export const cookieDomainStub = (root: string) => join(root, 'mocks', 'cookie-domain.ts')

export function mockCookieDomain(): Plugin {
  let stub = cookieDomainStub(process.cwd())
  return {
    name: 'mock-cookie-domain',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      stub = cookieDomainStub(config.root)
    },
    resolveId(source, importer) {
      if (source === 'tldts' && importer !== undefined && /[\\/]tough-cookie[\\/]/.test(importer)) return stub
      return null
    },
  }
}
