/**
 * The first page must stay light: zod and the contract load only when the first API call is made,
 * never before the first paint. Queries that the shell runs (session, application, program settings)
 * reach the API through here; step code, already lazy, may import ./call directly.
 *
 * The shell's own endpoints (the session check, the program's settings, signing out, the
 * organizations) go through ./shell-call.ts, which builds only their schemas (./contract-shell.ts);
 * the others load the whole contract (./call.ts).
 */
import { afterPaint } from './after-paint'
import type { call as callFn } from './call'
import type { ShellEndpointName } from './contract-shell'

/** Which endpoints ./shell-call.ts answers: every one of contract-shell.ts's table (the type says so). */
const SHELL = {
  programSettings: true,
  session: true,
  signOut: true,
  organizations: true,
} as const satisfies Record<ShellEndpointName, true>

const isShell = (name: string): name is ShellEndpointName => Object.hasOwn(SHELL, name)

let shell: Promise<typeof import('./shell-call')> | null = null
let whole: Promise<typeof import('./call')> | null = null

export const lazyCall: typeof callFn = (async (...[name, options]: Parameters<typeof callFn>) => {
  // After the first paint: zod and the contract never share the network with it.
  if (isShell(name)) {
    shell ??= afterPaint().then(() => import('./shell-call'))
    return (await shell).shellCall(name, options as never)
  }
  whole ??= afterPaint().then(() => import('./call'))
  return (await whole).call(name, options)
}) as typeof callFn
