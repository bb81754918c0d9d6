/**
 * jsdom 29's `label.control`, for a label with `for`, walks the whole document for the element with
 * that id, and a control's `labels` (read for every candidate by Testing Library's role and label
 * queries, to name it) walks the whole document asking each node its control: one document walk
 * per label, per control, per query. In a CPU profile of the questionnaire's tests (~50 labelled
 * checkboxes), 2.1 of 9.6 s. jsdom 30 looks the id up in the document's id cache instead (jsdom
 * pull request #4253), but needs Node 22; this does the same here: `getElementById`, which answers
 * the first element in tree order with that id, as the walk did. A label outside a document (a
 * detached tree) keeps jsdom's walk. Loaded by ./setup.ts; checked by ./jsdom-label-control.test.ts.
 * If a jsdom version moves these files, this does nothing and the tests are only slower.
 */
import { createRequire } from 'node:module'

type LabelImpl = {
  hasAttributeNS(namespace: null, name: string): boolean
  getAttributeNS(namespace: null, name: string): string | null
  getRootNode(options: object): { _byIdCache?: unknown; getElementById?: (id: string) => unknown }
}

const require = createRequire(import.meta.url)

function load(): { label: { prototype: object }; isLabelable: (node: unknown) => boolean } | null {
  try {
    const label = require('jsdom/lib/jsdom/living/nodes/HTMLLabelElement-impl.js').implementation
    const { isLabelable } = require('jsdom/lib/jsdom/living/helpers/form-controls.js')
    return typeof isLabelable === 'function' && label?.prototype ? { label, isLabelable } : null
  } catch {
    return null
  }
}

const PATCHED = Symbol.for('partner-onboarding.labelControlById')

export function labelControlsById(): boolean {
  const jsdom = load()
  if (!jsdom) return false
  const proto = jsdom.label.prototype as Record<symbol, boolean>
  if (proto[PATCHED]) return true
  const walk = Object.getOwnPropertyDescriptor(proto, 'control')?.get
  if (!walk) return false
  const { isLabelable } = jsdom
  Object.defineProperty(proto, 'control', {
    configurable: true,
    get(this: LabelImpl) {
      if (this.hasAttributeNS(null, 'for')) {
        const id = this.getAttributeNS(null, 'for') ?? ''
        const root = this.getRootNode({})
        if (id !== '' && root._byIdCache && typeof root.getElementById === 'function') {
          const node = root.getElementById(id)
          return node && isLabelable(node) ? node : null
        }
      }
      return walk.call(this)
    },
  })
  proto[PATCHED] = true
  return true
}
