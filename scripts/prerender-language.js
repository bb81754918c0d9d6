/**
 * The first page's language before the first paint (scripts/prerender.ts puts this file, hashed, in
 * the built HTML's <head> as a classic script: the CSP allows no inline one). The HTML holds the
 * prerendered page in English and in Russian; CSS (src/styles/global.css) shows the copy that
 * <html lang> names. The rule is detectLanguage()'s (src/lib/i18n.ts; a test holds them equal):
 * the language chosen before on this device, else the browser's, else English. A copy prerendered
 * for another path is not shown at all.
 */
;(() => {
  const known = (value) => value === 'en' || value === 'ru'
  let language = null
  try {
    const saved = window.localStorage.getItem('partner-onboarding.language')
    if (known(saved)) language = saved
  } catch {
    // Storage may be unavailable (private mode); the browser's language still applies.
  }
  if (!language) {
    for (const tag of navigator.languages ?? [navigator.language]) {
      const base = String(tag).toLowerCase().split('-')[0]
      if (known(base)) {
        language = base
        break
      }
    }
  }
  const html = document.documentElement
  html.lang = language ?? 'en'
  // The page in the HTML is the one at `data-first-page`; at another path (the SPA's index.html
  // answers every unknown one) CSS shows neither copy.
  const trimmed = (path) => path.replace(/\/+$/, '')
  if (trimmed(html.getAttribute('data-first-page') ?? '') !== trimmed(window.location.pathname))
    html.removeAttribute('data-first-page')
  // The app's JS (its entry and what it needs at once, moved here from the HTML by the build) starts
  // once the page has painted from its HTML and CSS, which then have the network to themselves; at
  // once where the HTML's page is not shown. A hidden tab paints nothing: 100 ms; at most 3 s, longer
  // than headless Chromium's held first frames (1.2 and 2.2 s, Lighthouse #17148), during which the
  // page has painted but not yet been shown: the JS waits for the paint the browser reports.
  // The words are the shown language's only (`data-preload-<language>`): the other's are not fetched.
  // The entry first, then one preload per task: each request a script starts costs the main thread
  // (more under DevTools, which records its initiator), and twelve in one task made a long task.
  const me = document.currentScript
  let started = false
  const start = () => {
    if (started || !me?.getAttribute('data-entry')) return
    started = true
    const add = (tag, attributes) => {
      const element = document.createElement(tag)
      element.crossOrigin = ''
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value)
      document.head.append(element)
    }
    const list = (name) => (me.getAttribute(name) ?? '').split(' ').filter(Boolean)
    const preloads = [...list('data-preload'), ...list(`data-preload-${html.lang}`)]
    add('script', { type: 'module', src: me.getAttribute('data-entry') })
    const next = () => {
      const href = preloads.shift()
      if (!href) return
      add('link', { rel: 'modulepreload', href })
      setTimeout(next, 0)
    }
    next()
  }
  if (!html.hasAttribute('data-first-page')) start()
  else {
    setTimeout(start, document.visibilityState === 'hidden' ? 100 : 3000)
    try {
      new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length > 0) setTimeout(start, 0)
      }).observe({ type: 'paint', buffered: true })
    } catch {
      // No paint timing: the timer starts it.
    }
  }
  // The element the keyboard (or a tap) has focused in the page while the app's JS still loads.
  let focused = null
  const track = (event) => {
    focused = event.target
  }
  document.addEventListener('focusin', track)
  // A button of the copy does nothing without the app (links work as links): the last one pressed
  // is pressed again once the app has taken over, so a press is never lost (a double press counts once).
  let pressed = null
  const press = (event) => {
    const target = event.target instanceof Element ? event.target : null
    // A link works as a link, and keeps the address's query (a demo link's `?scenario=`, which the
    // app reads when it starts): the page it leads to starts the app with it.
    const link = target?.closest('a[href]')
    if (link?.closest('[data-prerendered]') && window.location.search && !link.search) {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return
      if (link.origin !== window.location.origin || link.target) return
      event.preventDefault()
      window.location.assign(`${link.pathname}${window.location.search}${link.hash}`)
      return
    }
    const button = target?.closest('button')
    if (!button?.closest('[data-prerendered]')) return
    event.preventDefault()
    pressed = button
  }
  document.addEventListener('click', press)
  // When React has replaced the copy with the same page (src/main.tsx), focus goes to the same
  // element (by its place among the copy's focusable ones), where it is: no scroll; then the press.
  const focusable = (within) => [...within.querySelectorAll('a[href], button, [tabindex]')]
  const restoreFocus = () => {
    document.removeEventListener('focusin', track)
    document.removeEventListener('click', press)
    const root = document.getElementById('root')
    if (!root) return
    const counterpart = (element) => {
      const copy = element?.closest('[data-prerendered]')
      return copy ? focusable(root)[focusable(copy).indexOf(element)] : undefined
    }
    const active = document.activeElement
    if (!active || active === document.body) counterpart(focused)?.focus({ preventScroll: true })
    counterpart(pressed)?.click()
  }
  // Once parsed, only the copy shown stays: one element per id until React replaces it.
  document.addEventListener('DOMContentLoaded', () => {
    for (const copy of document.querySelectorAll('[data-prerendered]'))
      if (!html.hasAttribute('data-first-page') || copy.getAttribute('data-prerendered') !== html.lang)
        copy.remove()
    const shown = document.querySelector('[data-prerendered]')
    // React may have replaced it already (its first render can come before this event).
    if (!shown) return restoreFocus()
    new MutationObserver((_records, observer) => {
      if (shown.isConnected) return
      observer.disconnect()
      restoreFocus()
    }).observe(shown.parentElement, { childList: true })
  })
})()
