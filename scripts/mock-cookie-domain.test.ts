/**
 * The demo build's MSW cookie store runs without the public-suffix list (scripts/mock-cookie-domain.ts):
 * only tough-cookie's import of `tldts` is swapped, for the build only, and the stand-in makes
 * each host its own cookie domain.
 */
import type { Plugin, ResolvedConfig } from 'vite'
import { describe, expect, it } from 'vitest'
import { getDomain } from '../mocks/cookie-domain'
import { cookieDomainStub, mockCookieDomain } from './mock-cookie-domain'

type Resolve = (source: string, importer: string | undefined) => string | null

function resolver(plugin: Plugin): Resolve {
  const hook = plugin.resolveId
  const handler = typeof hook === 'function' ? hook : hook?.handler
  if (!handler) throw new Error('the plugin resolves nothing')
  return (source, importer) => handler.call({} as never, source, importer, {} as never) as string | null
}

describe('the demo build’s cookie domains', () => {
  it('swaps tough-cookie’s public-suffix list, and nothing else, in the build only', () => {
    const plugin = mockCookieDomain()
    expect(plugin.apply).toBe('build')
    ;(plugin.configResolved as (config: ResolvedConfig) => void)({ root: '/app' } as ResolvedConfig)
    const COOKIE_DOMAIN_STUB = cookieDomainStub('/app')
    expect(COOKIE_DOMAIN_STUB).toMatch(/[\\/]app[\\/]mocks[\\/]cookie-domain\.ts$/)
    const resolve = resolver(plugin)
    expect(resolve('tldts', '/app/node_modules/tough-cookie/dist/index.js')).toBe(COOKIE_DOMAIN_STUB)
    expect(resolve('tldts', 'C:\\app\\node_modules\\tough-cookie\\dist\\index.js')).toBe(COOKIE_DOMAIN_STUB)
    expect(resolve('tldts', '/app/src/some-module.ts')).toBeNull()
    expect(resolve('tldts', undefined)).toBeNull()
    expect(resolve('tldts-core', '/app/node_modules/tough-cookie/dist/index.js')).toBeNull()
  })

  it('makes each host its own domain', () => {
    expect(getDomain('localhost')).toBe('localhost')
    expect(getDomain('Demo.Example.CO.UK.')).toBe('demo.example.co.uk')
    expect(getDomain('user.github.io')).toBe('user.github.io')
    expect(getDomain('')).toBeNull()
  })
})
