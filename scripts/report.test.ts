/**
 * The CI report (scripts/report.mjs) over a small folder of the files `.ci/run` writes, in their real
 * shapes (scripts/fixtures/report-ci/: trimmed from real runs of Vitest, Playwright, the benches and
 * Lighthouse), and over copies with parts missing or failing.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { report } from './report.mjs'

const root = process.cwd()
const fixture = join(root, 'scripts/fixtures/report-ci')
const folders: string[] = []

/** A copy of the fixture folder without the named files, to change in place. */
function copy(without: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-ci-'))
  folders.push(dir)
  cpSync(fixture, dir, { recursive: true })
  for (const name of without) rmSync(join(dir, name))
  return dir
}

function section(text: string, title: string): string {
  const start = text.indexOf(`--- ${title}`)
  expect(start, `section ${title}`).toBeGreaterThanOrEqual(0)
  const next = text.indexOf('\n--- ', start + 1)
  return text.slice(start, next < 0 ? undefined : next)
}

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('npm run report', () => {
  it('counts unit, component and browser tests apart, with the journeys by name', () => {
    const tests = section(report(fixture, { root }), 'Tests')
    // mocks/demo-share.test.ts is a .ts file that renders with Testing Library: a component test.
    expect(tests).toMatch(/^unit \(Vitest\) +4 +10 +10 +0 +0 +46\.5 s in tests$/m)
    expect(tests).toMatch(/^component \(Vitest\) +2 +5 +5 +0 +0 +4\.8 s in tests$/m)
    expect(tests).toMatch(
      /^browser \(Playwright, production build\) +3 +5 +5 +0 +0 +2 min 57 s wall, 2 workers$/m,
    )
    expect(tests).toMatch(/^browser, demo build under \/demo\/ +1 +1 +1 +0 +0 +17\.1 s wall, 1 worker$/m)
    expect(tests).not.toContain('Failed')
    expect(tests).toMatch(
      /Slowest browser tests \(where CI time goes\):\n {2}- 48\.2 s {2}journeys\.spec\.ts › journeys in en › new Yandex ID/,
    )

    const journeys = section(report(fixture, { root }), 'Journeys')
    expect(journeys).toContain('1 of 1 passed')
    expect(journeys).toMatch(
      /^journeys in en › new Yandex ID → company by TIN → … → approved → partner portal +passed +48\.2 s$/m,
    )
  })

  it('gives the sizes, Lighthouse and the transitions beside their budgets', () => {
    const text = report(fixture, { root })
    expect(section(text, 'Size budgets')).toMatch(
      /^first paint: JS \(entry \+ imports \+ first-page messages\) +119\.8 +120 +ok$/m,
    )
    expect(section(text, 'Size budgets')).toContain('Every size budget is met.')
    const lighthouse = section(text, 'Lighthouse')
    expect(lighthouse).toMatch(
      /^mocking off `\/welcome` +0\.81 ✗ +1\.7 s ✗ +2\.7 s +0\.000 +557 ms +1\.00 +1\.00 +2\.2 s \(0\.2 s\) ⚠$/m,
    )
    expect(lighthouse).toMatch(/^demo build `\/welcome` +0\.82 ✗ +1\.6 s +2\.6 s .* +0\.3 s \(0\.2 s\)$/m)
    // A row written before the observed paint was recorded shows a dash there.
    expect(lighthouse).toMatch(/^demo build `\/` +.* +—$/m)
    expect(lighthouse).toContain(
      '⚠ 1 run(s) where headless Chromium held the first frame ≥ 0.8 s past the load event',
    )
    expect(lighthouse).toContain('6 budget(s) missed.')
    const transitions = section(text, 'Step transitions')
    // A row written before the drawn figure existed shows a dash there.
    expect(transitions).toMatch(/^account → organization +350 ms +584 ms +800 ms +ok +584 +—$/m)
    expect(transitions).toMatch(/^Let’s get started → sign-in +0 ms +122 ms +100 ms +OVER +122 +131 ms$/m)
    expect(transitions).toContain('6 of 10 over budget.')
  })

  it('gives the malformed-body sweep, the fault sweep and the CSP check from the test results', () => {
    const text = report(fixture, { root })
    expect(section(text, 'Malformed-body sweep')).toContain(
      'passed: 25 mutating endpoints, 970 deep, huge or wrongly typed bodies sent; 0 answered 5xx, 0 accepted, 0 stored anything',
    )
    expect(section(text, 'Fault sweep')).toContain(
      'passed: 2 mutating endpoints × 3 faults (status, timeout, offline) = 6 checked',
    )
    const csp = section(text, 'Content-Security-Policy check')
    expect(csp).toContain("the policy's unit tests (scripts/security-headers.test.ts): 4 of 4 passed")
    expect(csp).toContain('passed: the build is served with a strict CSP')
    expect(csp).toContain('0 of 5 saw one')
  })

  it('gives each CI step its time and the total beside the 30-minute limit', () => {
    const steps = section(report(fixture, { root }), 'CI steps')
    expect(steps).toMatch(/^install +19:40:45 +26 s +2\.10$/m)
    expect(steps).toMatch(
      /^browser tests \(Playwright on Debian's Chromium, against the build\) +19:42:23 +10 min 54 s/m,
    )
    expect(steps).toContain('Total 15 min 54 s of 30 min: within the limit. Every step passed.')
  })

  it('says "not run" for every part whose file is missing, and invents nothing', () => {
    const dir = copy([
      'playwright.json',
      'playwright-demo.json',
      'bench.json',
      'lighthouse.json',
      'transitions.json',
      'steps.tsv',
    ])
    const text = report(dir, { root })
    expect(section(text, 'Tests')).toMatch(/^browser \(Playwright, production build\) +not run$/m)
    expect(section(text, 'Tests')).toMatch(/^browser, demo build under \/demo\/ +not run$/m)
    for (const title of ['Journeys', 'Size budgets', 'Lighthouse', 'Step transitions', 'CI steps'])
      expect(section(text, title).trim().split('\n').at(-1)).toBe('not run')
    expect(section(text, 'Content-Security-Policy check')).toContain('in the browser: not run')
    // What is there is still reported.
    expect(section(text, 'Malformed-body sweep')).toContain('970')

    const none = report(join(dir, 'nothing-here'), { root })
    expect(none).toContain('No folder')
    expect(section(none, 'Tests')).toMatch(/^unit and component \(Vitest\) +not run$/m)
    expect(section(none, 'Malformed-body sweep').trim().split('\n').at(-1)).toBe('not run')
  })

  it('names failed tests and a failed or overlong run', () => {
    const dir = copy()
    const pw = JSON.parse(readFileSync(join(dir, 'playwright.json'), 'utf8'))
    const journeys = pw.suites.find((s: { file: string }) => s.file === 'journeys.spec.ts')
    const test = journeys.suites[0].specs[0].tests[0]
    test.status = 'unexpected'
    test.results[0].status = 'failed'
    test.results[0].errors = [{ message: 'Error: Content-Security-Policy violations\n\nexpect(received)…' }]
    // The run was stopped during step 1's back-and-forward test.
    const step1 = pw.suites.find((s: { file: string }) => s.file === 'step1.spec.ts').specs[0].tests[0]
    step1.status = 'skipped'
    step1.results[0].status = 'interrupted'
    writeFileSync(join(dir, 'playwright.json'), JSON.stringify(pw))
    const vitest = JSON.parse(readFileSync(join(dir, 'vitest.json'), 'utf8'))
    const sweep = vitest.testResults.find((f: { name: string }) => f.name.endsWith('mocks/sweep.test.ts'))
    sweep.status = 'failed'
    sweep.assertionResults[0].status = 'failed'
    sweep.assertionResults[0].meta.sweep.serverErrors = 2
    writeFileSync(join(dir, 'vitest.json'), JSON.stringify(vitest))
    // The browser tests ran 31 minutes and failed the run.
    const steps = readFileSync(join(dir, 'steps.tsv'), 'utf8').split('\n').filter(Boolean)
    const browserAt = Number(steps[7]?.split('\t')[0])
    writeFileSync(join(dir, 'steps.tsv'), `${steps.slice(0, 8).join('\n')}\n${browserAt + 31 * 60}\tend\t1\n`)

    const text = report(dir, { root })
    expect(section(text, 'Tests')).toMatch(/^unit \(Vitest\) +4 +10 +9 +1 +0/m)
    expect(section(text, 'Tests')).toMatch(
      /^browser \(Playwright, production build\) +3 +5 +3 +1 +1 \(1 interrupted\) +2 min 57 s wall/m,
    )
    expect(section(text, 'Tests')).toContain('Failed (2):')
    expect(section(text, 'Tests')).toContain(
      'journeys.spec.ts › journeys in en › new Yandex ID → company by TIN → … → approved → partner portal',
    )
    expect(section(text, 'Journeys')).toContain('0 of 1 passed')
    expect(section(text, 'Journeys')).toMatch(/partner portal +FAILED/)
    expect(section(text, 'Malformed-body sweep')).toContain('failed: 25 mutating endpoints')
    expect(section(text, 'Malformed-body sweep')).toContain('2 answered 5xx')
    expect(section(text, 'Content-Security-Policy check')).toContain(
      '1 of 5 saw one (journeys.spec.ts › journeys in en',
    )
    expect(section(text, 'CI steps')).toContain(
      "OVER the limit. The run FAILED (exit code 1) in “browser tests (Playwright on Debian's Chromium, against the build)”.",
    )

    writeFileSync(join(dir, 'steps.tsv'), `${steps.slice(0, 8).join('\n')}\n`)
    const running = section(report(dir, { root }), 'CI steps')
    expect(running).toMatch(/against the build\) +19:42:23 +running/)
    expect(running).toContain('no end mark')
  })

  it('prints Markdown with --markdown, from the command line as npm run report does', () => {
    const markdown = execFileSync(
      process.execPath,
      ['scripts/report.mjs', '--dir', 'scripts/fixtures/report-ci', '--markdown'],
      { cwd: root, encoding: 'utf8' },
    )
    expect(markdown.startsWith('# CI report\n')).toBe(true)
    expect(markdown).toContain('\n## Tests\n')
    expect(markdown).toContain('| kind | files | tests | passed | failed | skipped | time |')
    expect(markdown).toContain('| unit (Vitest) | 4 | 10 | 10 | 0 | 0 | 46.5 s in tests |')
    expect(markdown).toContain('| demo build `/` | 0.55 ✗ | 3.1 s | 5.6 s | 0.000 | 608 ms | 1.00 | 1.00 |')
    expect(markdown).toContain(
      '- every browser test runs under the policy and fails on a violation: 0 of 5 saw one',
    )
    expect(markdown).not.toContain('\n--- ')
  })
})
