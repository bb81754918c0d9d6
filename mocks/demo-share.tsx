/**
 * "Share this state" for the demo panel: the section (./demo-share-section.tsx, with the state's
 * compression and checks) is its own chunk, fetched when the panel mounts, so the mock layer's start
 * does not carry it.
 */
import { lazy, Suspense } from 'react'

const Section = lazy(() => import('./demo-share-section').then((m) => ({ default: m.DemoShareSection })))

export function DemoShare(props: { reload?: (page: string) => void }) {
  return (
    <Suspense fallback={null}>
      <Section {...props} />
    </Suspense>
  )
}
