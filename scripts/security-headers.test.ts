/** The policy the app is served with: strict where it runs built, loosened only for hot reload. */
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, securityHeaders } from './security-headers'

const directive = (policy: string, name: string) =>
  policy
    .split('; ')
    .find((d) => d.startsWith(`${name} `))
    ?.split(' ')
    .slice(1)

describe('the Content-Security-Policy', () => {
  it('allows scripts and styles from this origin only, never inline or eval, and no framing', () => {
    const policy = contentSecurityPolicy('header')
    expect(directive(policy, 'script-src')).toEqual(["'self'"])
    expect(directive(policy, 'style-src')).toEqual(["'self'"])
    expect(directive(policy, 'connect-src')).toEqual(["'self'"])
    expect(directive(policy, 'frame-ancestors')).toEqual(["'none'"])
    expect(directive(policy, 'object-src')).toEqual(["'none'"])
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/)
  })

  it('lets the app call the configured API origin, and nothing else', () => {
    const policy = contentSecurityPolicy('header', 'https://api.example.com/partners')
    expect(directive(policy, 'connect-src')).toEqual(["'self'", 'https://api.example.com'])
    expect(directive(contentSecurityPolicy('header', '/api'), 'connect-src')).toEqual(["'self'"])
  })

  it('leaves frame-ancestors out of the meta tag (browsers ignore it there), and loosens dev only for hot reload', () => {
    expect(directive(contentSecurityPolicy('meta'), 'frame-ancestors')).toBeUndefined()
    const dev = contentSecurityPolicy('dev')
    expect(directive(dev, 'script-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(dev).not.toContain('unsafe-eval')
  })

  it('comes with nosniff and a referrer policy', () => {
    expect(securityHeaders('header')).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    })
  })
})
