/**
 * The real-build check (scripts/check-real-build.mjs) over small fixture builds: a clean one passes;
 * a planted mock route, mock message, mock catalog, scenario text, mock module or MSW marker fails it.
 * Its markers come from the mock layer itself, so they are checked to cover it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { findMockCode, mockMarkers } from './mock-code.mjs'

const root = process.cwd()
const markers = mockMarkers(root)
const folders: string[] = []

/** A build folder with these files (path → text), as Vite would write it. */
function build(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'real-build-'))
  folders.push(dir)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

const clean = {
  'index.html':
    '<!doctype html><div id="root"></div><script type="module" src="/assets/index-a1.js"></script>',
  'assets/index-a1.js':
    'const routes=[{path:"/sign-in/sso",lazy:()=>import("./sign-in-b2.js")}];fetch("/api/session/sso/start")',
  'assets/signIn-c3.js': 'const messages=JSON.parse(\'{"signIn.sso.title":["Sign in with SSO"]}\')',
  '.vite/manifest.json': '{"src/main.tsx":{"file":"assets/index-a1.js","isEntry":true}}',
}

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('the check that a build with mocking off holds no mock code', () => {
  it('derives its markers from the mock layer: routes, catalogs, messages, scenarios, MSW', () => {
    const texts = markers.map((marker) => marker.text)
    expect(texts).toContain('/idp/:federationId')
    // Every mock-only endpoint of mocks/contract.ts, by name and by path.
    for (const name of [
      'idpFederation',
      'idpLogin',
      'decideApplication',
      'completeBillingAccountVerification',
    ])
      expect(texts).toContain(name)
    expect(texts).toContain('/idp/{federationId}/login')
    expect(texts).toContain('/applications/{applicationId}/decision')
    expect(texts).toContain('/billing-accounts/{billingAccountId}/verification/complete')
    expect(texts).toContain('"demo.toggle"')
    expect(texts).toContain('"idp.banner"')
    expect(texts).toContain('Identity provider (demo)')
    expect(texts).toContain('Поставщик удостоверений (демо)')
    expect(texts).toContain('Everyone (default)')
    expect(texts).toContain('Все пользователи (по умолчанию)')
    expect(texts).toContain('setupWorker')
    expect(texts).toContain('mocks/')
    // Words the app says too are no sign of mock code ("No billing account" is also a message of step 3).
    expect(texts).not.toContain('No billing account')
  })

  it('passes a build with no mock code', () => {
    expect(findMockCode(build(clean), markers)).toEqual([])
  })

  it('fails on a planted mock route', () => {
    const dir = build({
      ...clean,
      'assets/index-a1.js': `${clean['assets/index-a1.js']};routes.push({path:"/idp/:federationId"})`,
    })
    expect(findMockCode(dir, markers)).toEqual([
      'assets/index-a1.js: a mock-only route ("/idp/:federationId")',
    ])
  })

  it('fails on a planted mock-only endpoint of the contract, but not on its real neighbour', () => {
    const dir = build({
      ...clean,
      'assets/api-i9.js':
        'const e={verifyBillingAccount:{method:"post",path:"/billing-accounts/{billingAccountId}/verification"},' +
        'decideApplication:{method:"post",path:"/applications/{applicationId}/decision"}}',
    })
    expect(findMockCode(dir, markers)).toEqual([
      'assets/api-i9.js: a mock-only endpoint ("decideApplication")',
      'assets/api-i9.js: a mock-only endpoint ("/applications/{applicationId}/decision")',
    ])
  })

  it('fails on a mock catalog, a mock message and a scenario text', () => {
    const dir = build({
      ...clean,
      'assets/demo-d4.js': 'const messages=JSON.parse(\'{"demo.toggle":["Demo"]}\')',
      'assets/idp-e5.js': 'const m={"x":["Поставщик удостоверений (демо)"]}',
      'assets/panel-f6.js': 'const title="Everyone (default)"',
    })
    const found = findMockCode(dir, markers)
    expect(found).toContain('assets/demo-d4.js: a mock catalog ("\\"demo.toggle\\"")')
    expect(found).toContain('assets/idp-e5.js: a mock message ("Поставщик удостоверений (демо)")')
    expect(found).toContain('assets/panel-f6.js: a scenario text ("Everyone (default)")')
  })

  it('fails on a module of mocks/ named in the manifest, MSW, and a shipped mock worker', () => {
    const dir = build({
      ...clean,
      '.vite/manifest.json': '{"mocks/idp/route.tsx":{"file":"assets/route-g7.js","isDynamicEntry":true}}',
      'assets/browser-h8.js': 'import{setupWorker as s}from"./msw.js"',
      'mockServiceWorker.js': 'self.addEventListener("fetch",()=>{})',
    })
    const found = findMockCode(dir, markers)
    expect(found).toContain('mockServiceWorker.js is shipped')
    expect(found).toContain('.vite/manifest.json: a module or file path under mocks/ ("mocks/")')
    expect(found).toContain('assets/browser-h8.js: MSW / mock backend ("setupWorker")')
  })
})
