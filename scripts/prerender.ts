/**
 * The first pages as HTML (issue 14): after the client build, `/` (index.html) and `/welcome`
 * (welcome.html, written by ./first-page-preload.ts) get the page React renders first, signed out
 * and before any answer, in English and in Russian, so the first paint needs the HTML and the entry
 * stylesheet only, not the framework's JS. The pages come from the app itself: src/prerender.tsx
 * (the route table, shell, components and catalogs) built by Vite's SSR build with this same config,
 * so CSS-module class names are the client build's. Both languages are in the HTML; a classic script
 * in <head> (./prerender-language.js: no inline script under the CSP) sets <html lang> by
 * detectLanguage()'s rule before the first paint, and CSS shows that copy. src/main.tsx replaces the
 * copy once the route and its words are there, so its first commit is the same page.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, type Plugin, type ResolvedConfig } from 'vite'

export const PRERENDERED_PAGES = [
  { html: 'index.html', path: '/' },
  { html: 'welcome.html', path: '/welcome' },
  // A step that waits for the visitor's data: its loading state (the frame, the step's heading and
  // lead, "Loading…"), so its largest text paints from the HTML (issue 14: a demo link to a form step).
  { html: 'application.html', path: '/application' },
] as const
export const PRERENDER_LANGUAGES = ['en', 'ru'] as const
type Language = (typeof PRERENDER_LANGUAGES)[number]

/** The language script without its comments, and its hashed name under assets/. */
export function languageScript(root = process.cwd()): { fileName: string; source: string } {
  const source = readFileSync(join(root, 'scripts/prerender-language.js'), 'utf8')
    .replace(/\/\*\*[\s\S]*?\*\/\n/, '')
    .replace(/^\s*\/\/.*\n/gm, '')
  const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8)
  return { fileName: `assets/language-${hash}.js`, source }
}

/**
 * The built HTML with the page's copies in #root (after the demo build's file:// notice, if any),
 * the path they were made for on <html>, and the language script first in <head>.
 */
export function withPrerendered(
  html: string,
  pagePath: string,
  copies: Record<Language, string>,
  base: string,
  scriptFile: string,
): string {
  // React sets no style attribute on these pages' first render: the CSP would refuse it in the HTML.
  for (const copy of Object.values(copies))
    if (/<[^>]+\sstyle="/.test(copy)) throw new Error('prerender: a style attribute in the page (CSP)')
  const path = `${base}${pagePath.slice(1)}`
  // The app's JS starts after the first paint (the language script starts it), so the page's HTML and
  // CSS have the network to themselves: its entry and preloads move onto that script's tag.
  const entry = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html)
  if (!entry) throw new Error('prerender: no entry script in the HTML')
  // A catalog's preload names its language (./first-page-preload.ts): the script starts the shown one's.
  const preloads = [
    ...html.matchAll(/\s*<link rel="modulepreload" crossorigin href="([^"]+)"(?: data-language="(\w+)")?>/g),
  ]
  for (const tag of [entry, ...preloads]) html = html.replace(tag[0], '')
  const list = (language?: string) =>
    preloads
      .filter((tag) => tag[2] === language)
      .map((tag) => tag[1])
      .join(' ')
  const start = [
    `data-entry="${entry[1]}" data-preload="${list()}"`,
    ...PRERENDER_LANGUAGES.map((language) => `data-preload-${language}="${list(language)}"`),
  ].join(' ')
  const wrapped = PRERENDER_LANGUAGES.map(
    // `hidden` until the entry stylesheet shows one: without it (a demo opened as a file, where no
    // stylesheet or script loads) only the demo's notice shows, not two unstyled pages.
    (language) => `<div data-prerendered="${language}" lang="${language}" hidden>${copies[language]}</div>`,
  ).join('')
  const rootEnd = /(<div id="root">[\s\S]*?)(<\/div>\s*<\/body>)/
  if (!rootEnd.test(html)) throw new Error('prerender: no #root at the end of <body>')
  return html
    .replace(/<html lang="en">/, `<html lang="en" data-first-page="${path}">`)
    .replace(/(<meta name="viewport"[^>]*>)/, `$1\n    <script src="${base}${scriptFile}" ${start}></script>`)
    .replace(rootEnd, (_all, start: string, end: string) => `${start}${wrapped}${end}`)
}

type RenderPage = (path: string, language: Language) => Promise<string>

/**
 * The page's HTML without the stylesheets its prerendered copies do not use, other than the entry's
 * (`keep`): a route's page (./first-page-preload.ts) links its route's stylesheets, which block the
 * first paint; those of a page that is not yet there (the application's form, under its prerendered
 * loading state) come with the route's code instead (Vite's preload adds a dynamic import's CSS).
 * A stylesheet counts as used when one of its class names is in a copy's `class` attributes.
 */
export function withoutUnusedStylesheets(
  html: string,
  copies: string[],
  keep: ReadonlySet<string>,
  readCss: (href: string) => string,
): string {
  const used = new Set(
    copies.flatMap((copy) =>
      [...copy.matchAll(/\sclass="([^"]*)"/g)].flatMap((match) => match[1]?.split(/\s+/) ?? []),
    ),
  )
  return html.replace(/\n\s*<link rel="stylesheet" crossorigin href="([^"]+)">/g, (tag, href: string) => {
    if (keep.has(href)) return tag
    const classes = [...readCss(href).matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1])
    return classes.some((name) => name !== undefined && used.has(name)) ? tag : ''
  })
}

export function prerenderFirstPages(): Plugin {
  let config: ResolvedConfig
  return {
    name: 'prerender-first-pages',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    async closeBundle() {
      // The SSR build below runs this config again: there, nothing to do.
      if (config.build.ssr) return
      const started = performance.now()
      const outDir = resolve(config.root, config.build.outDir)
      // Inside the project, so the SSR bundle finds react & co. in node_modules.
      const work = join(config.root, 'node_modules/.cache/prerender', String(process.pid))
      await build({
        configFile: config.configFile,
        root: config.root,
        mode: config.mode,
        base: config.base,
        logLevel: 'warn',
        build: {
          ssr: resolve(config.root, 'src/prerender.tsx'),
          outDir: work,
          emptyOutDir: true,
          copyPublicDir: false,
          manifest: false,
          rolldownOptions: { output: { entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' } },
        },
      })
      try {
        const { renderPage } = (await import(pathToFileURL(join(work, 'prerender.mjs')).href)) as {
          renderPage: RenderPage
        }
        const script = languageScript(config.root)
        // The entry's stylesheets (index.html's, before any page is written): every page keeps them.
        const entryCss = new Set(
          [
            ...readFileSync(join(outDir, 'index.html'), 'utf8').matchAll(
              /<link rel="stylesheet" crossorigin href="([^"]+)">/g,
            ),
          ].map((match) => match[1] as string),
        )
        const readCss = (href: string) => readFileSync(join(outDir, href.slice(config.base.length)), 'utf8')
        mkdirSync(join(outDir, 'assets'), { recursive: true })
        writeFileSync(join(outDir, script.fileName), script.source)
        for (const page of PRERENDERED_PAGES) {
          const file = join(outDir, page.html)
          if (!existsSync(file)) throw new Error(`prerender: ${page.html} is missing`)
          const copies = { en: '', ru: '' }
          for (const language of PRERENDER_LANGUAGES) copies[language] = await renderPage(page.path, language)
          const html = withPrerendered(
            readFileSync(file, 'utf8'),
            page.path,
            copies,
            config.base,
            script.fileName,
          )
          writeFileSync(file, withoutUnusedStylesheets(html, Object.values(copies), entryCss, readCss))
        }
      } finally {
        rmSync(work, { recursive: true, force: true })
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1)
      config.logger.info(
        `prerender: ${PRERENDERED_PAGES.map((p) => p.path).join(' and ')} in en and ru, ${seconds} s`,
      )
    },
  }
}
