/**
 * What the demo build gives tough-cookie (MSW's cookie store) in place of `tldts`, the public-suffix
 * list: 257 KB of the mock layer's 490 KB chunk, whose evaluation alone was a long task after the
 * first paint (scripts/mock-cookie-domain.ts swaps it in, for the build only). tough-cookie asks it
 * for a host's registrable domain to decide which cookies a request carries and where a Set-Cookie
 * may go; the mock backend sets no cookie (its session lives in the mock database), so each host is
 * its own domain here: a cookie matches only the host that set it, never a parent domain.
 */
export function getDomain(hostname: string): string | null {
  const host = hostname.trim().toLowerCase().replace(/\.$/, '')
  return host === '' ? null : host
}
