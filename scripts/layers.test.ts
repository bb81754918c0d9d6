/**
 * The layer rules (biome.json, `overrides` with noRestrictedImports; docs/architecture.md, Layers)
 * make lint fail on a wrong-way import. Each case plants one import in a file of a throwaway copy of
 * the tree's layout (a temp folder with this project's biome.json) and runs Biome on it, as
 * `npm run lint` would.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const biome = join(process.cwd(), 'node_modules/.bin/biome')
let root = ''

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'layers-'))
  const config = JSON.parse(readFileSync(join(process.cwd(), 'biome.json'), 'utf8'))
  // The copy is no git checkout; everything else (the rules, their folders) is as in the project.
  config.vcs = { enabled: false }
  delete config.$schema
  writeFileSync(join(root, 'biome.json'), JSON.stringify(config))
})

afterAll(() => {
  rmSync(root, { recursive: true, force: true })
})

/** Lints one file holding `source` at `path`; returns the layer messages Biome reports. */
function lint(path: string, source: string): string[] {
  const file = join(root, path)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, source)
  try {
    execFileSync(biome, ['lint', '--reporter=json', path], { cwd: root, encoding: 'utf8', stdio: 'pipe' })
    return []
  } catch (error) {
    const output = String((error as { stdout?: unknown }).stdout ?? '')
    const report = JSON.parse(output) as { diagnostics: { category: string; message: string }[] }
    return report.diagnostics
      .filter((diagnostic) => diagnostic.category === 'lint/style/noRestrictedImports')
      .map((diagnostic) => diagnostic.message)
  } finally {
    rmSync(file)
  }
}

const using = (specifier: string) => `import { thing } from '${specifier}'\n\nexport const used = thing\n`

describe('layer rules fail lint on a wrong-way import', () => {
  it.each([
    ['src/features/landing/planted.ts', '@/app/progress', 'features never import the app'],
    ['src/features/landing/planted.ts', '@mocks/db', 'features never import the mock layer'],
    [
      'src/features/landing/planted.ts',
      '@/features/session/api',
      'another feature only through its public entry',
    ],
    ['src/features/landing/planted.ts', '../session/api', 'never ../'],
    ['src/components/planted.tsx', '@/features/session', 'shared parts import no feature'],
    ['src/lib/planted.ts', '@/components/error-summary', 'lib, api and domain import no component'],
    ['src/api/planted.ts', '@/app/steps', 'shared parts never import the app'],
    ['src/domain/planted.ts', '@mocks/scenarios', 'shared parts never import the mock layer'],
    ['src/app/planted.ts', '@mocks/routes', 'the app never imports the mock layer'],
    ['mocks/handlers/planted.ts', '@/features/partnership/options', 'mocks import no feature'],
    ['mocks/planted.ts', '@/app/router', 'mocks never import the app'],
    ['mocks/handlers/planted.ts', '@/components/field', 'the mock backend imports no component'],
    ['mocks/planted.ts', '@/components/form/use-page-form', 'the mock backend imports no component'],
    // Mock-only UI may use the shared components, but still no feature and no app.
    ['mocks/idp/planted.tsx', '@/features/sign-in', 'mocks import no feature'],
    ['mocks/idp/planted.tsx', '@/app/routes/sign-in', 'mocks never import the app'],
  ])('%s importing %s', (path, specifier, words) => {
    const messages = lint(path, using(specifier))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain(words)
  })

  it.each([
    ['src/features/landing/planted.ts', '@/features/session'],
    ['src/features/landing/planted.ts', './landing.module.css'],
    ['src/features/landing/planted.ts', '@/components/button'],
    ['src/app/routes/planted.ts', '@/features/landing/welcome-page'],
    ['src/lib/planted.ts', '@/api/contract'],
    ['mocks/handlers/planted.ts', '@/domain/billing-account-eligibility'],
    ['src/main.tsx', '@mocks/routes'],
    ['mocks/idp/planted.tsx', '@/components/form/use-page-form'],
    ['mocks/idp/planted.tsx', '@/lib/i18n'],
    ['mocks/demo-panel.tsx', '@/components/button'],
    ['src/features/landing/planted.test.ts', '@mocks/db'],
  ])('allows %s to import %s', (path, specifier) => {
    expect(lint(path, using(specifier))).toEqual([])
  })
})
