#!/usr/bin/env node
/**
 * One report of the last CI run, from the files `.ci/run` writes into reports/ci/ (git-ignored):
 *
 *   steps.tsv              each step's start (epoch seconds, name, load average), and the end with the exit code
 *   vitest.json            Vitest's JSON reporter (unit and component tests; the sweeps' figures in `meta`)
 *   playwright.json        Playwright's JSON reporter (browser tests against the production build)
 *   playwright-demo.json   the same for the demo build under a sub-path (playwright.demo.config.ts)
 *   bench.json             the size benchmark (scripts/bench.mjs --json <file>)
 *   lighthouse.json        Lighthouse's table (scripts/lighthouse.mjs --summary <file>)
 *   transitions.json       the step-transition figures (scripts/bench-transitions.mjs --json <file>)
 *
 * A part whose file is missing says "not run"; nothing is guessed. Component tests are told from
 * unit tests by path: a `.test.tsx` file, or a `.test.ts` one that renders with Testing Library.
 *
 *   npm run report                        # plain text (the end of the CI log)
 *   npm run report -- --markdown          # Markdown, for the README or notes
 *   npm run report -- --dir <folder>      # another folder (default reports/ci)
 */
import { existsSync, readFileSync } from 'node:fs'
import { isAbsolute, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

/** `.ci/run` must end within this (issue 11). */
export const CI_LIMIT_MINUTES = 30

const NOT_RUN = 'not run'

function readJson(dir, name) {
  const file = join(dir, name)
  if (!existsSync(file)) return undefined
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    return { unreadable: `${name} is not valid JSON (${error instanceof Error ? error.message : error})` }
  }
}

/** `12.3 s` under a minute, `10 min 54 s` from one. */
export function duration(ms) {
  if (!Number.isFinite(ms)) return '—'
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`
  const seconds = Math.round(ms / 1000)
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`
}

const clock = (epochSeconds) => new Date(epochSeconds * 1000).toISOString().slice(11, 19)

/** A test file's path inside the project, wherever the run's checkout was. */
function projectPath(file, root) {
  const inRoot = isAbsolute(file) ? relative(root, file) : file
  if (!inRoot.startsWith('..')) return inRoot
  return /(?:^|\/)((?:src|mocks|test|scripts)\/.+)$/.exec(file)?.[1] ?? file
}

function kindOf(path, root) {
  if (path.endsWith('.tsx')) return 'component'
  const source = join(root, path)
  if (existsSync(source) && /@testing-library\/react|@test\/render-app/.test(readFileSync(source, 'utf8')))
    return 'component'
  return 'unit'
}

// --- reading -------------------------------------------------------------------------------------

function readVitest(dir, root) {
  const json = readJson(dir, 'vitest.json')
  if (!json || json.unreadable) return json
  const files = json.testResults.map((file) => {
    const path = projectPath(file.name, root)
    return {
      path,
      kind: kindOf(path, root),
      status: file.status,
      message: file.message,
      startTime: file.startTime,
      endTime: file.endTime,
      tests: file.assertionResults.map((t) => ({
        title: t.fullName || t.title,
        status: t.status,
        duration: t.duration ?? 0,
        meta: t.meta ?? {},
      })),
    }
  })
  const end = Math.max(json.startTime, ...files.map((f) => f.endTime ?? 0))
  return { files, success: json.success, wallMs: end - json.startTime }
}

/** Every test of a Playwright JSON report, with its file, title path and outcome. */
function playwrightTests(json) {
  const tests = []
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests ?? []) {
        const results = test.results ?? []
        tests.push({
          file: spec.file ?? suite.file,
          title: [...titles, spec.title].join(' › '),
          status: test.status,
          duration: results.reduce((total, r) => total + (r.duration ?? 0), 0),
          // A run stopped half-way: the test that was running, and those never started.
          interrupted: results.some((r) => r.status === 'interrupted'),
          started: results.length > 0,
          errors: results.flatMap((r) => (r.errors ?? []).map((e) => e.message ?? '')),
        })
      }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title])
  }
  for (const fileSuite of json.suites ?? []) walk(fileSuite, [])
  return tests
}

function readPlaywright(dir, name) {
  const json = readJson(dir, name)
  if (!json || json.unreadable) return json
  return {
    tests: playwrightTests(json),
    stats: json.stats ?? {},
    workers: json.config?.metadata?.actualWorkers ?? json.config?.workers,
    errors: (json.errors ?? []).map((e) => e.message ?? String(e)),
  }
}

function readSteps(dir) {
  const file = join(dir, 'steps.tsv')
  if (!existsSync(file)) return undefined
  const marks = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [at, name, third] = line.split('\t')
      return { at: Number(at), name: name ?? '', third }
    })
  const end = marks.find((m) => m.name === 'end')
  const starts = marks.filter((m) => m.name !== 'end')
  const steps = starts.map((m, i) => {
    const next = starts[i + 1]?.at ?? end?.at
    return { name: m.name, start: m.at, load: m.third, seconds: next === undefined ? undefined : next - m.at }
  })
  return { steps, end: end ? { at: end.at, exitCode: Number(end.third) } : undefined }
}

/** Everything the report says, read from the folder. */
export function readResults(dir, root = process.cwd()) {
  return {
    dir,
    found: existsSync(dir),
    steps: readSteps(dir),
    vitest: readVitest(dir, root),
    playwright: readPlaywright(dir, 'playwright.json'),
    playwrightDemo: readPlaywright(dir, 'playwright-demo.json'),
    bench: readJson(dir, 'bench.json'),
    lighthouse: readJson(dir, 'lighthouse.json'),
    transitions: readJson(dir, 'transitions.json'),
  }
}

// --- the report as sections of text and tables -----------------------------------------------------

const count = (tests, status) => tests.filter((t) => t.status === status).length
const sum = (tests) => tests.reduce((total, t) => total + t.duration, 0)
const PW_OUTCOME = { expected: 'passed', unexpected: 'FAILED', flaky: 'flaky', skipped: 'skipped' }

/** Skipped browser tests, telling a run that was stopped (interrupted, never started) from skips. */
function skippedCell(tests) {
  const skipped = tests.filter((t) => t.status === 'skipped')
  const interrupted = skipped.filter((t) => t.interrupted).length
  const notStarted = skipped.filter((t) => !t.started).length
  const notes = [
    interrupted ? `${interrupted} interrupted` : '',
    notStarted ? `${notStarted} never started` : '',
    count(tests, 'flaky') ? `+${count(tests, 'flaky')} flaky` : '',
  ].filter(Boolean)
  return `${skipped.length}${notes.length ? ` (${notes.join(', ')})` : ''}`
}

function testsSection(r) {
  const blocks = []
  const rows = []
  if (r.vitest?.unreadable) blocks.push(r.vitest.unreadable)
  else if (r.vitest) {
    for (const kind of ['unit', 'component']) {
      const files = r.vitest.files.filter((f) => f.kind === kind)
      const tests = files.flatMap((f) => f.tests)
      rows.push([
        `${kind} (Vitest)`,
        String(files.length),
        String(tests.length),
        String(count(tests, 'passed')),
        String(count(tests, 'failed')),
        String(tests.length - count(tests, 'passed') - count(tests, 'failed')),
        `${duration(sum(tests))} in tests`,
      ])
    }
  } else rows.push(['unit and component (Vitest)', NOT_RUN, '', '', '', '', ''])
  for (const [label, run] of [
    ['browser (Playwright, production build)', r.playwright],
    ['browser, demo build under /demo/', r.playwrightDemo],
  ]) {
    if (run?.unreadable) blocks.push(run.unreadable)
    else if (!run) rows.push([label, NOT_RUN, '', '', '', '', ''])
    else {
      const files = new Set(run.tests.map((t) => t.file))
      const workers = run.workers ? `, ${run.workers} worker${run.workers === 1 ? '' : 's'}` : ''
      rows.push([
        label,
        String(files.size),
        String(run.tests.length),
        String(count(run.tests, 'expected')),
        String(count(run.tests, 'unexpected')),
        skippedCell(run.tests),
        `${duration(run.stats.duration)} wall${workers}`,
      ])
    }
  }
  blocks.unshift({ head: ['kind', 'files', 'tests', 'passed', 'failed', 'skipped', 'time'], rows })
  if (r.vitest && !r.vitest.unreadable)
    blocks.push(`Vitest took ${duration(r.vitest.wallMs)} from start to the last file's end.`)

  const failed = [
    ...(r.vitest?.files ?? []).flatMap((f) => [
      ...(f.status === 'failed' && f.tests.every((t) => t.status !== 'failed')
        ? [`${f.path}: ${f.message || 'the file failed'}`]
        : []),
      ...f.tests.filter((t) => t.status === 'failed').map((t) => `${f.path} › ${t.title}`),
    ]),
    ...[r.playwright, r.playwrightDemo].flatMap((run) =>
      run && !run.unreadable
        ? [
            ...run.tests.filter((t) => t.status === 'unexpected').map((t) => `${t.file} › ${t.title}`),
            ...run.errors.map((e) => `Playwright: ${e.split('\n')[0]}`),
          ]
        : [],
    ),
  ]
  if (failed.length > 0) blocks.push({ list: failed.slice(0, 30), title: `Failed (${failed.length}):` })
  if (r.playwright?.tests?.length)
    blocks.push({
      title: 'Slowest browser tests (where CI time goes):',
      list: [...r.playwright.tests]
        .sort((a, b) => b.duration - a.duration)
        .slice(0, 5)
        .map((t) => `${duration(t.duration)}  ${t.file} › ${t.title}`),
    })
  return { title: 'Tests', blocks }
}

function journeysSection(r) {
  if (!r.playwright || r.playwright.unreadable) return { title: 'Journeys', blocks: [NOT_RUN] }
  const journeys = r.playwright.tests.filter((t) => /(^|\/)journeys[^/]*\.spec\.ts$/.test(t.file))
  if (journeys.length === 0)
    return { title: 'Journeys', blocks: ['not run (no journeys*.spec.ts among the browser tests)'] }
  return {
    title: 'Journeys',
    blocks: [
      `${count(journeys, 'expected')} of ${journeys.length} passed (test/e2e/journeys*.spec.ts).`,
      {
        head: ['journey', 'result', 'time'],
        rows: journeys.map((t) => [t.title, PW_OUTCOME[t.status] ?? t.status, duration(t.duration)]),
      },
    ],
  }
}

function sizesSection(r) {
  const bench = r.bench
  if (!bench) return { title: 'Size budgets (gzip)', blocks: [NOT_RUN] }
  if (bench.unreadable) return { title: 'Size budgets (gzip)', blocks: [bench.unreadable] }
  const rows = bench.map((row) => {
    const kb = row.bytes / 1024
    const status = row.budget === null ? 'info' : kb > row.budget ? 'OVER' : 'ok'
    return [row.what, kb.toFixed(1), row.budget === null ? '—' : String(row.budget), status]
  })
  const over = rows.filter((row) => row[3] === 'OVER').length
  return {
    title: 'Size budgets (gzip)',
    blocks: [
      { head: ['what', 'KB', 'budget KB', 'status'], rows },
      over ? `${over} budget(s) broken.` : 'Every size budget is met.',
    ],
  }
}

function lighthouseSection(r) {
  const lh = r.lighthouse
  const title = 'Lighthouse (mobile; printed, not enforced)'
  if (!lh) return { title, blocks: [NOT_RUN] }
  if (lh.unreadable) return { title, blocks: [lh.unreadable] }
  const b = lh.budgets ?? {}
  const mark = (ok) => (ok ? '' : ' ✗')
  const rows = lh.rows.map((row) => [
    row.page.name,
    `${row.performance?.toFixed(2)}${mark(row.performance >= b.performance)}`,
    `${(row.fcp / 1000).toFixed(1)} s${row.page.build === 'real' ? mark(row.fcp <= b.fcpReal) : ''}`,
    `${(row.lcp / 1000).toFixed(1)} s`,
    `${row.cls?.toFixed(3)}${mark(row.cls <= b.cls)}`,
    `${Math.round(row.tbt)} ms`,
    `${row.accessibility?.toFixed(2)}${mark(row.accessibility >= b.accessibility)}`,
    `${row.bestPractices?.toFixed(2)}${mark(row.bestPractices >= b.bestPractices)}`,
    // Older reports have no observed paint.
    row.paintSeen === undefined
      ? '—'
      : `${(row.paintSeen / 1000).toFixed(1)} s (${(row.loadSeen / 1000).toFixed(1)} s)${row.paintStall ? ' ⚠' : ''}`,
  ])
  const stalls = lh.rows.filter((row) => row.paintStall).length
  return {
    title,
    blocks: [
      `${lh.runs === 1 ? '1 run' : `median of ${lh.runs} runs`} per page; load average ${lh.loadAverage} at the end. ` +
        `Budgets: performance ≥ ${b.performance}, FCP ≤ ${b.fcpReal / 1000} s (mocking off), CLS ≤ ${b.cls}, ` +
        `accessibility and best practices ${b.accessibility?.toFixed(2)}; ✗ marks a miss.`,
      {
        head: [
          'page',
          'performance',
          'FCP',
          'LCP',
          'CLS',
          'TBT',
          'accessibility',
          'best practices',
          'paint seen (load)',
        ],
        rows,
      },
      '"paint seen (load)": the first paint and the load event in the real, unthrottled load that Lighthouse ' +
        'simulates from. ' +
        (stalls
          ? `⚠ ${stalls} run(s) where headless Chromium held the first frame ≥ ${(lh.paintStallMs ?? 800) / 1000} s ` +
            'past the load event (Lighthouse #17148): their simulated FCP, LCP and TBT count what ran meanwhile.'
          : 'No run had its first frame held by headless Chromium.'),
      (lh.broken ?? []).length ? `${lh.broken.length} budget(s) missed.` : 'Every Lighthouse budget is met.',
    ],
  }
}

function transitionsSection(r) {
  const t = r.transitions
  const title = 'Step transitions (click → next page’s full content; printed, not enforced)'
  if (!t) return { title, blocks: [NOT_RUN] }
  if (t.unreadable) return { title, blocks: [t.unreadable] }
  const rows = t.results.map((row) => [
    row.transition,
    `${row.latency} ms`,
    `${row.medianMs} ms`,
    `${row.budgetMs} ms`,
    row.medianMs <= row.budgetMs ? 'ok' : 'OVER',
    row.runsMs.join(', '),
    row.paintedMedianMs === undefined ? '—' : `${row.paintedMedianMs} ms`,
  ])
  const over = rows.filter((row) => row[4] === 'OVER').length
  return {
    title,
    blocks: [
      `Median of ${t.runs} per transition, mock latency 0 and 350 ms; load average ${t.loadAverage} at the end.`,
      { head: ['transition', 'mock latency', 'median', 'budget', 'status', 'runs', 'drawn (median)'], rows },
      'The median is at the frame whose callbacks first find the page all there; "drawn" is once that frame\'s style, layout and paint are done.',
      over ? `${over} of ${rows.length} over budget.` : 'Every transition is within its budget.',
    ],
  }
}

function vitestFile(r, path) {
  return r.vitest && !r.vitest.unreadable ? r.vitest.files.find((f) => f.path === path) : undefined
}

function sweepSection(r) {
  const title = 'Malformed-body sweep (mocks/sweep.test.ts)'
  if (!r.vitest) return { title, blocks: [NOT_RUN] }
  const file = vitestFile(r, 'mocks/sweep.test.ts')
  const test = file?.tests.find((t) => t.meta.sweep)
  if (!file) return { title, blocks: ['not run (not among the Vitest results)'] }
  if (!test) return { title, blocks: [`${file.status}, but it left no figures`] }
  const f = test.meta.sweep
  return {
    title,
    blocks: [
      `${test.status}: ${f.endpoints} mutating endpoints, ${f.requests} deep, huge or wrongly typed bodies sent; ` +
        `${f.serverErrors} answered 5xx, ${f.accepted} accepted, ${f.storedAfterError} stored anything (each must be 0).`,
    ],
  }
}

function faultSweepSection(r) {
  const title = 'Fault sweep (mocks/fault-sweep.test.ts)'
  if (!r.vitest) return { title, blocks: [NOT_RUN] }
  const file = vitestFile(r, 'mocks/fault-sweep.test.ts')
  if (!file) return { title, blocks: ['not run (not among the Vitest results)'] }
  const swept = file.tests.filter((t) => t.meta.faultSweep)
  const faults = new Set(swept.flatMap((t) => t.meta.faultSweep.faults))
  const checks = swept.reduce((total, t) => total + t.meta.faultSweep.faults.length, 0)
  const failed = file.tests.filter((t) => t.status === 'failed')
  return {
    title,
    blocks: [
      `${file.status}: ${swept.length} mutating endpoints × ${faults.size} faults (${[...faults].join(', ')}) = ` +
        `${checks} checked, each reaching the client as a retryable error with nothing stored` +
        (failed.length ? `; ${failed.length} test(s) failed: ${failed.map((t) => t.title).join('; ')}` : '.'),
    ],
  }
}

function cspSection(r) {
  const title = 'Content-Security-Policy check'
  const lines = []
  const policy = vitestFile(r, 'scripts/security-headers.test.ts')
  if (!r.vitest || r.vitest.unreadable) lines.push(`the policy's unit tests: ${NOT_RUN}`)
  else if (!policy)
    lines.push('the policy’s unit tests: not run (scripts/security-headers.test.ts not among the results)')
  else
    lines.push(
      `the policy's unit tests (scripts/security-headers.test.ts): ${count(policy.tests, 'passed')} of ${policy.tests.length} passed`,
    )
  const run = r.playwright
  if (!run || run.unreadable) lines.push(`in the browser: ${NOT_RUN}`)
  else {
    const security = run.tests.filter((t) => /(^|\/)security\.spec\.ts$/.test(t.file))
    if (security.length === 0)
      lines.push('in the browser: not run (no security.spec.ts among the browser tests)')
    for (const t of security) lines.push(`${PW_OUTCOME[t.status] ?? t.status}: ${t.title}`)
    const violated = run.tests.filter((t) =>
      t.errors.some((e) => e.includes('Content-Security-Policy violations')),
    )
    lines.push(
      `every browser test runs under the policy and fails on a violation: ${violated.length} of ${run.tests.length} saw one` +
        (violated.length ? ` (${violated.map((t) => `${t.file} › ${t.title}`).join('; ')})` : ''),
    )
  }
  return { title, blocks: [{ list: lines }] }
}

function stepsSection(r) {
  const title = `CI steps (limit ${CI_LIMIT_MINUTES} min)`
  if (!r.steps) return { title, blocks: [NOT_RUN] }
  const { steps, end } = r.steps
  const rows = steps.map((s) => [
    s.name,
    clock(s.start),
    s.seconds === undefined ? 'running' : s.seconds < 60 ? `${s.seconds} s` : duration(s.seconds * 1000),
    s.load ?? '',
  ])
  const first = steps[0]?.start
  const blocks = [{ head: ['step', 'start (UTC)', 'took', 'load average at start'], rows }]
  if (!end || first === undefined) blocks.push('The run has no end mark: it was stopped or is still running.')
  else {
    const total = end.at - first
    const within = total <= CI_LIMIT_MINUTES * 60
    const failedStep = [...steps].reverse().find((s) => s.start <= end.at)
    blocks.push(
      `Total ${duration(total * 1000)} of ${CI_LIMIT_MINUTES} min: ${within ? 'within the limit' : 'OVER the limit'}. ` +
        (end.exitCode === 0
          ? 'Every step passed.'
          : `The run FAILED (exit code ${end.exitCode}) in “${failedStep?.name ?? '?'}”.`),
    )
  }
  return { title, blocks }
}

/** A section whose file has an unexpected shape says so; the other sections still print. */
function safely(build, results, title) {
  try {
    return build(results)
  } catch (error) {
    return { title, blocks: [`could not be read: ${error instanceof Error ? error.message : error}`] }
  }
}

export function buildReport(results) {
  const sections = [
    [testsSection, 'Tests'],
    [journeysSection, 'Journeys'],
    [sizesSection, 'Size budgets (gzip)'],
    [lighthouseSection, 'Lighthouse'],
    [transitionsSection, 'Step transitions'],
    [sweepSection, 'Malformed-body sweep'],
    [faultSweepSection, 'Fault sweep'],
    [cspSection, 'Content-Security-Policy check'],
    [stepsSection, 'CI steps'],
  ].map(([build, title]) => safely(build, results, title))
  const lead = results.found
    ? `From ${results.dir}, written by the last CI run (.ci/run).`
    : `No folder ${results.dir}: run \`bash .ci/run\` first. Everything below is not run.`
  return { lead, sections }
}

// --- rendering -------------------------------------------------------------------------------------

function plainTable({ head, rows }) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)))
  const line = (cells) =>
    cells
      .map((cell, i) => (i === 0 ? (cell ?? '').padEnd(widths[i]) : (cell ?? '').padStart(widths[i])))
      .join('  ')
      .trimEnd()
  return [line(head), ...rows.map(line)].join('\n')
}

const escapeCell = (text) => String(text ?? '').replaceAll('|', '\\|')

function markdownTable({ head, rows }) {
  return [
    `| ${head.map(escapeCell).join(' | ')} |`,
    `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`),
  ].join('\n')
}

function renderBlock(block, markdown) {
  if (typeof block === 'string') return block
  if (block.list)
    return [block.title, ...block.list.map((item) => (markdown ? `- ${item}` : `  - ${item}`))]
      .filter((line) => line !== undefined)
      .join('\n')
  return markdown ? markdownTable(block) : plainTable(block)
}

export function renderReport({ lead, sections }, { markdown = false } = {}) {
  const out = [markdown ? '# CI report' : '=== CI report', '', lead]
  for (const section of sections) {
    out.push('', markdown ? `## ${section.title}` : `--- ${section.title}`, '')
    out.push(
      section.blocks
        .filter((block) => block !== '')
        .map((block) => renderBlock(block, markdown))
        .join('\n\n'),
    )
  }
  return `${out.join('\n')}\n`
}

/** The report of a folder, as text (or Markdown). */
export function report(dir, { markdown = false, root = process.cwd() } = {}) {
  return renderReport(buildReport(readResults(dir, root)), { markdown })
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2)
  const at = args.indexOf('--dir')
  const dir = at >= 0 && args[at + 1] ? args[at + 1] : 'reports/ci'
  process.stdout.write(report(dir, { markdown: args.includes('--markdown') }))
}
