#!/usr/bin/env node
/**
 * Screenshots of every page and state (scripts/screenshot-states.json) in English and Russian at
 * 1280 and 360 px, from the production build served by `vite preview` with the mock backend in the
 * service worker. Prints each page's layout shift (CLS, budget 0.02) and whether it scrolls sideways;
 * exits non-zero when a page breaks either.
 *
 *   npm run screenshots                      # builds into dist/, writes screenshots/
 *   SHOTS_DIST=/tmp/x-dist SHOTS_PORT=4216 SHOTS_OUT=/tmp/x-shots node scripts/screenshots.mjs [name-filter]
 *
 * Chromium: CHROME_PATH, or Debian's /usr/bin/chromium (never a downloaded browser).
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { PAGE_STATES, runStep, seedStorage, stateUrl } from './page-states.mjs'

const root = new URL('..', import.meta.url).pathname
const dist = process.env.SHOTS_DIST || 'dist'
const port = Number(process.env.SHOTS_PORT || 4179)
const out = process.env.SHOTS_OUT || join(root, 'screenshots')
const filter = process.argv[2] ?? ''
const CLS_BUDGET = 0.02
const LANGUAGES = ['en', 'ru']
const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
]

const states = PAGE_STATES
const executablePath =
  process.env.CHROME_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

const print = (line) => process.stdout.write(`${line}\n`)

async function waitForServer(url, ms = 30_000) {
  const until = Date.now() + ms
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return
    } catch {}
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`no server at ${url}`)
}

/** Sums layout shifts not caused by input, from the first paint on (buffered). */
function observeLayoutShift() {
  window.__cls = 0
  window.__shifts = []
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue
      window.__cls += entry.value
      window.__shifts.push({
        value: Number(entry.value.toFixed(4)),
        nodes: entry.sources?.map(
          (s) => s.node?.nodeName + (s.node?.className ? `.${s.node.className}` : ''),
        ),
      })
    }
  }).observe({ type: 'layout-shift', buffered: true })
}

async function run() {
  const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--outDir', dist], {
    cwd: root,
    stdio: 'ignore',
    // Its own process group: npx starts vite as a child, and both must end with this script.
    detached: true,
  })
  const base = `http://localhost:${port}`
  let failures = 0
  try {
    await waitForServer(base)
    mkdirSync(out, { recursive: true })
    const browser = await chromium.launch({
      executablePath,
      args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
    })
    const rows = []
    for (const state of states.filter((s) => s.name.includes(filter))) {
      for (const language of LANGUAGES) {
        for (const viewport of WIDTHS.filter((w) => !state.widths || state.widths.includes(w.width))) {
          const context = await browser.newContext({
            viewport,
            locale: language === 'en' ? 'en-GB' : 'ru-RU',
            reducedMotion: 'reduce',
          })
          await context.addInitScript(seedStorage, { language, started: Boolean(state.started) })
          await context.addInitScript(observeLayoutShift)
          const page = await context.newPage()
          await page.goto(`${base}${stateUrl(state)}`, { waitUntil: 'networkidle' })
          // The page is there once its heading is (the shell's "Loading…" has none).
          await page
            .locator('h1')
            .first()
            .waitFor({ timeout: 15_000 })
            .catch(() => undefined)
          await page.evaluate(() => document.fonts.ready)
          await page.waitForTimeout(400)
          let stepError = ''
          try {
            for (const step of state.steps ?? []) await runStep(page, step)
          } catch (error) {
            stepError = String(error.message ?? error).split('\n')[0]
          }
          await page.waitForLoadState('networkidle')
          const { cls, shifts, overflow, url } = await page.evaluate(() => ({
            cls: window.__cls,
            shifts: window.__shifts,
            overflow: document.documentElement.scrollWidth - window.innerWidth,
            url: location.pathname,
          }))
          const file = `${state.name}.${language}.${viewport.width}.png`
          await page.screenshot({ path: join(out, file), fullPage: true, animations: 'disabled' })
          if (state.print) {
            // The page's print view too (print: true in the list).
            await page.emulateMedia({ media: 'print' })
            const printFile = `${state.name}.print.${language}.${viewport.width}.png`
            await page.screenshot({ path: join(out, printFile), fullPage: true, animations: 'disabled' })
            await page.emulateMedia({ media: 'screen' })
          }
          const ok = cls <= CLS_BUDGET && overflow <= 0 && !stepError
          if (!ok) failures += 1
          rows.push({ file, url, cls: Number(cls.toFixed(4)), overflow, ok })
          print(
            `${ok ? 'ok  ' : 'FAIL'} ${file.padEnd(52)} CLS ${cls.toFixed(4)}  sideways ${overflow}px  at ${url}` +
              (cls > CLS_BUDGET ? `\n     shifts: ${JSON.stringify(shifts)}` : '') +
              (stepError ? `\n     state not reached: ${stepError}` : ''),
          )
          await context.close()
        }
      }
    }
    await browser.close()
    print(
      `\n${rows.length} screenshots in ${out}; ${failures} over the CLS budget (${CLS_BUDGET}), scrolling sideways or not reached`,
    )
  } finally {
    try {
      process.kill(-server.pid)
    } catch {
      // Already gone.
    }
  }
  process.exitCode = failures > 0 ? 1 : 0
}

if (process.argv.includes('--clean')) rmSync(out, { recursive: true, force: true })
await run()
