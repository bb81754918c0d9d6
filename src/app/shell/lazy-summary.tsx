/**
 * The progress summary beside a step's page, as a chunk of its own: the program page and step 1 show
 * none, so the first page's JS does not carry it, nor its words (`npm run bench`: ≤ 120 KB gzip). A step's loader
 * starts loading it with the page's code and data (router.tsx), so it is there when the page is.
 */
import { Suspense } from 'react'
import { preloadMessages } from '@/lib/i18n'
import { preloadableLazy } from '@/lib/preloadable-lazy'

/**
 * The summary's code and its words (the `summary` catalog: not in the first page's either). Once
 * loaded, the summary renders at once (no empty first commit), in the build's prerender too.
 */
const { Component: Summary, preload: loadProgressSummary } = preloadableLazy<Record<string, never>>(() =>
  Promise.all([import('./progress-summary'), preloadMessages('summary')]).then(([module]) => ({
    default: module.ProgressSummary,
  })),
)

export { loadProgressSummary }

export function ProgressSummary() {
  return (
    <Suspense fallback={null}>
      <Summary />
    </Suspense>
  )
}
