/**
 * The security headers the app is served with, in one place: a strict Content-Security-Policy, and
 * X-Content-Type-Options and Referrer-Policy. `vite preview` (what the browser tests run) sends them
 * as headers, the built index.html carries the policy as a meta tag (for a host that sends nothing),
 * and the dev server sends a policy loosened only where hot reload needs it. docs/security.md says
 * what a real host must send.
 */
import type { Plugin } from 'vite'

export type PolicyTarget = 'header' | 'meta' | 'dev'

/** The origin of an absolute API base URL (https://api.example.com/partners → https://api.example.com). */
export function apiOriginOf(apiBaseUrl: string | undefined): string | null {
  if (!apiBaseUrl || !/^https?:\/\//i.test(apiBaseUrl)) return null
  return new URL(apiBaseUrl).origin
}

/**
 * The policy: everything from this origin only, no inline script or style, no eval, no plugins, no
 * framing; the API's own origin may be called when it is another one. A meta tag cannot carry
 * `frame-ancestors` (browsers ignore it there and say so in the console). The dev server needs
 * inline script and style (React's refresh preamble, Vite's injected CSS) and its HMR socket.
 */
export function contentSecurityPolicy(target: PolicyTarget, apiBaseUrl?: string): string {
  const api = apiOriginOf(apiBaseUrl)
  const dev = target === 'dev'
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...(dev ? ["'unsafe-inline'"] : [])],
    ['style-src', "'self'", ...(dev ? ["'unsafe-inline'"] : [])],
    ['img-src', "'self'"],
    ['font-src', "'self'"],
    ['media-src', "'self'"],
    ['connect-src', "'self'", ...(api ? [api] : []), ...(dev ? ['ws:', 'wss:'] : [])],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['frame-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ]
  if (target !== 'meta') directives.push(['frame-ancestors', "'none'"])
  return directives.map((parts) => parts.join(' ')).join('; ')
}

export function securityHeaders(target: 'header' | 'dev', apiBaseUrl?: string): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(target, apiBaseUrl),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // Older browsers that do not know frame-ancestors.
    'X-Frame-Options': 'DENY',
  }
}

/** The Vite plugin: headers for `vite preview` and `vite dev`, the meta tags in the built HTML. */
export function securityHeadersPlugin(): Plugin {
  let apiBaseUrl: string | undefined
  const send =
    (headers: Record<string, string>) =>
    (_req: unknown, res: { setHeader(k: string, v: string): void }, next: () => void) => {
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
      next()
    }
  return {
    name: 'security-headers',
    configResolved(config) {
      apiBaseUrl = config.env.VITE_API_BASE_URL as string | undefined
    },
    configurePreviewServer(server) {
      server.middlewares.use(send(securityHeaders('header', apiBaseUrl)))
    },
    configureServer(server) {
      server.middlewares.use(send(securityHeaders('dev', apiBaseUrl)))
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (context.server) return []
        return [
          {
            tag: 'meta',
            attrs: {
              'http-equiv': 'Content-Security-Policy',
              content: contentSecurityPolicy('meta', apiBaseUrl),
            },
            injectTo: 'head-prepend',
          },
          {
            tag: 'meta',
            attrs: { name: 'referrer', content: 'strict-origin-when-cross-origin' },
            injectTo: 'head-prepend',
          },
        ]
      },
    },
  }
}
