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

type Case = { path: string; specifier: string }

/**
 * Plants every case's file at once (each at its own path: `planted` gets the case's number) and runs
 * Biome once over them all, as `npm run lint` would; returns the layer messages per planted path.
 */
function lintAll(cases: Case[]): Map<string, string[]> {
  const messages = new Map<string, string[]>()
  for (const { path, specifier } of cases) {
    const file = join(root, path)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, using(specifier))
    messages.set(path, [])
  }
  let output = ''
  try {
    output = execFileSync(biome, ['lint', '--reporter=json', '--max-diagnostics=none', '.'], {
      cwd: root,
      encoding: 'utf8',
      stdio: 'pipe',
    })
  } catch (error) {
    output = String((error as { stdout?: unknown }).stdout ?? '')
  }
  const report = JSON.parse(output) as {
    diagnostics: { category: string; message: string; location: { path: string } }[]
  }
  for (const diagnostic of report.diagnostics) {
    if (diagnostic.category !== 'lint/style/noRestrictedImports') continue
    const path = diagnostic.location.path.replaceAll('\\', '/')
    messages.get(path)?.push(diagnostic.message)
  }
  return messages
}

const using = (specifier: string) => `import { thing } from '${specifier}'\n\nexport const used = thing\n`

/** `planted.ts` becomes `planted-3.ts`, so every case has its own file in the one run. */
const numbered = (path: string, index: number) => path.replace(/planted(?=\.)/, `planted-${index}`)

/** Each wrong-way import, with words its message must hold. */
const REFUSED: [path: string, specifier: string, words: string][] = [
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
]

/** Imports the rules allow (including the narrow exceptions). */
const ALLOWED: [path: string, specifier: string][] = [
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
]

const refused = REFUSED.map(([path, specifier, words], index) => ({
  path: numbered(path, index),
  specifier,
  words,
}))
const allowed = ALLOWED.map(([path, specifier], index) => ({
  path: numbered(path, REFUSED.length + index),
  specifier,
}))
let messages = new Map<string, string[]>()

beforeAll(() => {
  messages = lintAll([...refused, ...allowed])
})

describe('layer rules fail lint on a wrong-way import', () => {
  it('plants each case in its own file', () => {
    expect(new Set([...refused, ...allowed].map(({ path }) => path)).size).toBe(
      REFUSED.length + ALLOWED.length,
    )
  })

  it.each(refused)('$path importing $specifier', ({ path, words }) => {
    const found = messages.get(path) ?? []
    expect(found).toHaveLength(1)
    expect(found[0]).toContain(words)
  })

  it.each(allowed)('allows $path to import $specifier', ({ path }) => {
    expect(messages.get(path)).toEqual([])
  })
})
