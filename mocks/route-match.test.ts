/**
 * A route's handler rules out, before MSW parses anything, a request that cannot be its own
 * (mocks/http.ts, PrefilteredHandler): that pre-check may only ever say no where MSW says no too. Here it
 * is held against MSW's own matching for every endpoint, method and a range of URLs, and the mock
 * backend still answers through it (the handler tests exercise every route).
 */

import { type ServedEndpointName, servedEndpoints } from '@mocks/contract'
import { api, signInAs } from '@test/api'
import { HttpHandler, matchRequestUrl } from 'msw'
import { describe, expect, it } from 'vitest'
import { handlers } from './handlers'
import { mediaHandlers } from './handlers/media'
import { mayMatch, pathOf } from './http'

const names = Object.keys(servedEndpoints) as ServedEndpointName[]
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']

/** Every endpoint's path with its parameters filled in, in the ways a request may spell it. */
const urls = names.flatMap((name) => {
  const path = servedEndpoints[name].path.replace(/\{\w+\}/g, (_, i: number) => `x-${i}%20y`)
  return [
    `http://localhost:4173/api${path}`,
    `http://localhost:4173/api${path}/`,
    `http://localhost:4173/api${path}?tin=7707083893#top`,
    `https://demo.example/demo/api${path.toUpperCase()}`,
    `http://localhost:4173/api${path}/more`,
    `http://localhost:4173${path}`,
  ]
})
const others = [
  'http://localhost:4173/assets/sign-in-BxYz12.js',
  'http://localhost:4173/fonts/inter.woff2',
  'http://localhost:4173/media/video.webm',
  'http://localhost:4173/api',
]

describe('the route pre-check', () => {
  it('never rules out a request MSW would match, and rules out what MSW would not', () => {
    let ruledOut = 0
    for (const name of names) {
      const possible = mayMatch(name)
      for (const url of [...urls, ...others]) {
        const mswMatches = matchRequestUrl(new URL(url), pathOf(name)).matches
        for (const method of METHODS) {
          const msw = mswMatches && method.toLowerCase() === servedEndpoints[name].method
          if (msw) expect(possible(method, url), `${name} ${method} ${url}`).toBe(true)
          if (!possible(method, url)) ruledOut += 1
        }
      }
    }
    // Nearly everything is ruled out at once: only a request for this endpoint's own path gets further.
    const checks = names.length * (urls.length + others.length) * METHODS.length
    expect(ruledOut / checks).toBeGreaterThan(0.95)
  })

  it('matches exactly what MSW’s own handler of the same method and path matches (media too)', async () => {
    const requests = [
      ...urls,
      ...others,
      'http://localhost:4173/media/partner-program.poster.jpg?v=2',
      'http://localhost:4173/media/partner-program.ru.webm',
      'http://localhost:4173/media/partner-program.webm?t=1',
    ].flatMap((url) => METHODS.map((method) => new Request(url, { method })))
    for (const handler of [...handlers, ...mediaHandlers]) {
      const { method, path } = handler.info as { method: string; path: string }
      const plain = new HttpHandler(method, path, () => undefined)
      for (const request of requests) {
        const ours = await handler.parse({ request })
        const theirs = await plain.parse({ request })
        const label = `${method} ${path} ← ${request.method} ${request.url}`
        const matched = await plain.predicate({ request, parsedResult: theirs })
        expect(await handler.predicate({ request, parsedResult: ours }), label).toBe(matched)
        if (matched) expect(ours.match.params, label).toEqual(theirs.match.params)
      }
    }
  })

  it('takes only the videos into the page: the poster and the captions go straight past it', async () => {
    const [video] = mediaHandlers
    if (!video) throw new Error('no media handler')
    const matches = async (url: string) => {
      const request = new Request(url)
      return video.predicate({ request, parsedResult: await video.parse({ request }) })
    }
    expect(await matches('http://localhost:4173/media/partner-program.webm')).toBe(true)
    expect(await matches('http://localhost:4173/demo/media/partner-program.ru.webm')).toBe(true)
    expect(await matches('http://localhost:4173/media/partner-program.poster.jpg')).toBe(false)
    expect(await matches('http://localhost:4173/media/partner-program.en.vtt')).toBe(false)
  })

  it('keeps each handler’s method and path as MSW shows them', () => {
    const shown = handlers.map((handler) => (handler.info as { header: string }).header)
    expect(shown).toContain(`POST ${pathOf('submitApplication')}`)
    expect(shown).toContain(`GET ${pathOf('session')}`)
  })

  it('lets the mock backend answer through it: path parameters, a trailing slash, a query', async () => {
    await signInAs('u-anna', 'org-romashka')
    const accounts = await api('/organizations/org-romashka/billing-accounts/')
    expect(accounts.status).toBe(200)
    expect((await api('/organizations/org-romashka/application?x=1')).status).toBe(200)
    expect((await api('/organizations/org-nowhere/billing-accounts')).status).toBe(404)
  })
})
