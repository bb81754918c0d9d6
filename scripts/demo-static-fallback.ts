/**
 * The demo build opened as a file (file://) runs no script at all: browsers load no module script
 * and no `crossorigin` stylesheet from a file, so no banner from the mock layer can say anything.
 * For mock builds only, this plugin puts a short bilingual notice inside #root, and hides it with a
 * rule appended to the entry's stylesheet: served over http the stylesheet arrives before the first
 * paint (it blocks rendering), so the notice never shows, and React replaces it on its first render;
 * opened as a file, neither arrives, and the notice is all the page shows. A build with mocking off
 * gets neither.
 */
import type { Plugin } from 'vite'

export const FALLBACK_CLASS = 'demo-static-fallback'

export const FALLBACK_HTML = `<div class="${FALLBACK_CLASS}">
<p><strong>This demo cannot run when opened as a file.</strong> Open it with <code>npm run demo</code>, or serve this folder over http://localhost (for example <code>npx vite preview --outDir &lt;folder&gt;</code>).</p>
<p lang="ru"><strong>Это демо не работает, если открыть его как файл.</strong> Откройте его командой <code>npm run demo</code> или раздайте эту папку по http://localhost (например, <code>npx vite preview --outDir &lt;папка&gt;</code>).</p>
</div>`

export function demoStaticFallbackPlugin(): Plugin {
  let mocking = true
  return {
    name: 'demo-static-fallback',
    apply: 'build',
    configResolved(config) {
      mocking = config.env.VITE_API_MOCKING !== 'off'
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!mocking) return html
        return html.replace('<div id="root"></div>', `<div id="root">${FALLBACK_HTML}</div>`)
      },
    },
    generateBundle(_options, bundle) {
      if (!mocking) return
      const entryCss = new Set<string>()
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue
        const css = (chunk as { viteMetadata?: { importedCss?: Set<string> } }).viteMetadata?.importedCss
        for (const file of css ?? []) entryCss.add(file)
      }
      for (const file of entryCss) {
        const asset = bundle[file]
        if (asset?.type === 'asset')
          asset.source = `${String(asset.source)}.${FALLBACK_CLASS}{display:none}\n`
      }
    },
  }
}
