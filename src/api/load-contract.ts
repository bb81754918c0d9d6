/**
 * The whole contract for what needs it (a step's code, the API layer beyond the shell's endpoints,
 * the mock layer), evaluated in pieces, each a task of its own: zod and the shell's schemas
 * (./contract-shell.ts), then the rest in two parts (./contract-base.ts, ./contract-records.ts) and
 * the endpoint table (./contract.ts). Imported with a step's code, all of it was one task of 40–70
 * ms right after the first paint (Lighthouse's total blocking time on a demo link to
 * `/application`); in two pieces, the second still took 25–30 ms unthrottled. Whatever imports the
 * contract afterwards finds it evaluated.
 */
import { loadOnce } from '@/lib/load-once'
import { yieldToMain } from '@/lib/yield-to-main'

export const loadContract = loadOnce(async () => {
  await import('./contract-shell')
  await yieldToMain()
  await import('./contract-base')
  await yieldToMain()
  await import('./contract-records')
  await yieldToMain()
  await import('./contract')
  await yieldToMain()
})
