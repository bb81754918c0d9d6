/**
 * The whole contract for what needs it (a step's code, the API layer beyond the shell's endpoints,
 * the mock layer), evaluated in pieces, each a task of its own: zod and the shell's schemas
 * (./contract-shell.ts), then the rest (./contract.ts, ~100 schemas: 20–30 ms unthrottled on this
 * machine). Imported with a step's code, all of it was one task of 40–70 ms right after the first
 * paint (Lighthouse's total blocking time on a demo link to `/application`). Whatever imports the
 * contract afterwards finds it evaluated.
 */
import { loadOnce } from '@/lib/load-once'
import { yieldToMain } from '@/lib/yield-to-main'

export const loadContract = loadOnce(async () => {
  await import('./contract-shell')
  await yieldToMain()
  await import('./contract')
  await yieldToMain()
})
