/**
 * The prerendered first pages (scripts/prerender.ts): the page React renders, in both languages, from
 * the app's own modules; the language script's rule is detectLanguage()'s; the copies land in #root
 * after the demo's file:// notice with the path they were made for; nothing the CSP refuses.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { STEPS } from '@/app/steps'
import { detectLanguage, setupI18n } from '@/lib/i18n'
import { renderPage } from '@/prerender'
import { findMockCode, mockMarkers } from './mock-code.mjs'
import { languageScript, PRERENDERED_PAGES, withoutUnusedStylesheets, withPrerendered } from './prerender'

const catalog = (language: string, namespace: string): Record<string, string> =>
  JSON.parse(readFileSync(`src/locales/${language}/${namespace}.json`, 'utf8'))

afterAll(() => setupI18n('en'))

describe('the prerendered pages', () => {
  it('are the app’s `/` and `/welcome` in English and in Russian, with the catalogs’ words', async () => {
    for (const language of ['en', 'ru'] as const) {
      const program = await renderPage('/', language)
      expect(program).toContain(
        `<h1 tabindex="-1">${catalog(language, 'program')['program.title']?.replace('{platform}', 'Yandex Cloud')}</h1>`,
      )
      expect(program).toContain(`href="/welcome"`)
      const welcome = await renderPage('/welcome', language)
      expect(welcome).toContain(`<h1 tabindex="-1">${catalog(language, 'welcome')['welcome.title']}</h1>`)
      expect(welcome).toContain(`href="/sign-in"`)
      // The shell: header, stepper and the footer, in the same language.
      expect(welcome).toContain(catalog(language, 'common')['common.app.skipToContent'])
      // Nothing the CSP refuses in HTML, no hydration data (an inline script).
      for (const html of [program, welcome]) {
        expect(html).not.toMatch(/<[^>]+\sstyle="/)
        expect(html).not.toContain('<script')
      }
    }
  })

  it('have the application step as it waits for the visitor’s data: frame, heading, lead, “Loading…”', async () => {
    expect(PRERENDERED_PAGES.map((page) => page.path)).toContain('/application')
    for (const language of ['en', 'ru'] as const) {
      const words = catalog(language, 'application')
      const html = await renderPage('/application', language)
      expect(html).toContain(`<h1 tabindex="-1">${words['application.title']}</h1>`)
      // The lead right after it, then the status: the page's own heading and lead take their places.
      expect(html).toMatch(
        new RegExp(
          `</h1><p class="[^"]+">${words['application.lead']}</p><p class="[^"]+" role="status">${catalog(language, 'common')['common.status.loading']}</p>`,
        ),
      )
      // The stepper and the summary beside the page, as the page has them (the summary is not lazy here).
      expect(html).toContain('aria-current="step"')
      expect(html).toContain(`<aside class="summary"`)
      // No form: nothing the visitor could start typing into before the page is theirs.
      expect(html).not.toMatch(/<(input|select|textarea|form)\b/)
      expect(html).not.toContain('<script')
    }
  })

  it('hold no mock text, route or message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prerender-'))
    try {
      for (const page of PRERENDERED_PAGES)
        for (const language of ['en', 'ru'] as const)
          writeFileSync(join(dir, `${language}-${page.html}`), await renderPage(page.path, language))
      expect(findMockCode(dir, mockMarkers(process.cwd()))).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('go into #root after the file:// notice, with their path, and the language script starts the JS', () => {
    const built = [
      '<!doctype html>',
      '<html lang="en">',
      '  <head>',
      '    <meta name="viewport" content="width=device-width" />',
      '    <script type="module" crossorigin src="/demo/assets/index-a1.js"></script>',
      '    <link rel="modulepreload" crossorigin href="/demo/assets/framework-b2.js">',
      '    <link rel="modulepreload" crossorigin href="/demo/assets/common-en.js" data-language="en">',
      '    <link rel="modulepreload" crossorigin href="/demo/assets/common-ru.js" data-language="ru">',
      '    <link rel="modulepreload" crossorigin href="/demo/assets/welcome-ru.js" data-language="ru">',
      '    <link rel="stylesheet" crossorigin href="/demo/assets/index-c3.css">',
      '  </head>',
      '  <body>',
      '    <div id="root"><div class="demo-static-fallback"><p>notice</p></div></div>',
      '  </body>',
      '</html>',
    ].join('\n')
    const html = withPrerendered(
      built,
      '/welcome',
      { en: '<p>Hello</p>', ru: '<p>Привет</p>' },
      '/demo/',
      'assets/language-x.js',
    )
    expect(html).toContain('<html lang="en" data-first-page="/demo/welcome">')
    expect(html).toContain(
      '<div id="root"><div class="demo-static-fallback"><p>notice</p></div><div data-prerendered="en" lang="en" hidden><p>Hello</p></div><div data-prerendered="ru" lang="ru" hidden><p>Привет</p></div></div>',
    )
    // The app's JS starts after the first paint: the language script, first in <head>, starts it,
    // with the words of the language it shows.
    expect(html).toContain(
      '<meta name="viewport" content="width=device-width" />\n    <script src="/demo/assets/language-x.js" data-entry="/demo/assets/index-a1.js" data-preload="/demo/assets/framework-b2.js" data-preload-en="/demo/assets/common-en.js" data-preload-ru="/demo/assets/common-ru.js /demo/assets/welcome-ru.js"></script>',
    )
    expect(html).not.toContain('type="module"')
    expect(html).not.toContain('rel="modulepreload"')
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/demo/assets/index-c3.css">')
    expect(() =>
      withPrerendered(built, '/', { en: '<p style="color:red">x</p>', ru: '' }, '/', 'a.js'),
    ).toThrow(/style attribute/)
  })

  it('block their first paint only on the stylesheets their copies use, and always the entry’s', () => {
    const html = [
      '<head>',
      '    <link rel="stylesheet" crossorigin href="/assets/index.css">',
      '    <link rel="stylesheet" crossorigin href="/assets/intro.css">',
      '    <link rel="stylesheet" crossorigin href="/assets/form.css">',
      '</head>',
    ].join('\n')
    const css: Record<string, string> = {
      '/assets/index.css': 'body{margin:0}',
      '/assets/intro.css': '._lead_x1_1{font-size:1.25rem}',
      '/assets/form.css': '._field_y2_1{display:grid}._lead_x1_10{color:red}',
    }
    const copies = ['<h1>Title</h1><p class="_lead_x1_1">Lead</p>', '<p class="_lead_x1_1 other">Лид</p>']
    const kept = withoutUnusedStylesheets(
      html,
      copies,
      new Set(['/assets/index.css']),
      (href) => css[href] ?? '',
    )
    expect(kept).toContain('href="/assets/index.css"')
    expect(kept).toContain('href="/assets/intro.css"')
    // The form's stylesheet comes with the form's code (a class name's prefix is not a use).
    expect(kept).not.toContain('form.css')
  })

  it('draw the phone stepper’s progress from the stylesheet: a rule for each step', () => {
    const css = readFileSync('src/app/shell/stepper.module.css', 'utf8')
    for (const step of STEPS)
      expect(css).toContain(
        `.bar[data-step="${step.number}"] {\n    --progress: calc(100% * ${step.number} / ${STEPS.length});`,
      )
  })
})

describe('the language script in <head>', () => {
  const { source } = languageScript()
  const run = () => new Function(source)()

  afterEach(() => {
    Reflect.deleteProperty(navigator, 'languages')
    window.localStorage.clear()
    document.documentElement.lang = 'en'
    document.documentElement.removeAttribute('data-first-page')
    window.history.replaceState(null, '', '/')
  })

  it('chooses the language as detectLanguage() does: saved, else the browser’s, else English', () => {
    const cases: [string | null, string[]][] = [
      [null, ['ru-RU', 'en-US']],
      [null, ['en-GB', 'ru']],
      [null, ['de-DE', 'RU']],
      [null, ['de-DE', 'fr']],
      [null, []],
      ['ru', ['en-US']],
      ['en', ['ru-RU']],
      ['de', ['ru-RU']],
      ['', ['de', 'en']],
    ]
    for (const [saved, languages] of cases) {
      window.localStorage.clear()
      if (saved !== null) window.localStorage.setItem('partner-onboarding.language', saved)
      Object.defineProperty(navigator, 'languages', { value: languages, configurable: true })
      document.documentElement.lang = 'xx'
      run()
      expect(document.documentElement.lang, `${saved} ${languages}`).toBe(detectLanguage())
    }
    expect(detectLanguage()).toBe('en')
  })

  it('keeps the page shown only at the path it was made for', () => {
    const html = document.documentElement
    window.history.replaceState(null, '', '/welcome')
    html.setAttribute('data-first-page', '/welcome')
    run()
    expect(html.getAttribute('data-first-page')).toBe('/welcome')
    window.history.replaceState(null, '', '/sign-in/password')
    run()
    expect(html.hasAttribute('data-first-page')).toBe(false)
  })

  it('leaves one copy, in its language, once the page is parsed', () => {
    Object.defineProperty(navigator, 'languages', { value: ['ru-RU'], configurable: true })
    document.documentElement.setAttribute('data-first-page', '/')
    const root = document.createElement('div')
    root.innerHTML =
      '<div data-prerendered="en"><h1 id="x">Hello</h1></div><div data-prerendered="ru"><h1 id="x">Привет</h1></div>'
    document.body.append(root)
    run()
    document.dispatchEvent(new Event('DOMContentLoaded'))
    expect(root.querySelectorAll('h1')).toHaveLength(1)
    expect(root.textContent).toBe('Привет')
    root.remove()
  })
})
