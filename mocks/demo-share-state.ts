/**
 * Reproduction links (mock-only): the mock database's state, the scenario's name and the page, as a
 * link that opens the same thing on another machine, or as a file when the link would be too long.
 *
 * The state is JSON, compressed with the browser's own `CompressionStream('deflate-raw')` and
 * written in base64url into the address's fragment (`#demo=…`): a fragment is never sent to a
 * server, so the data stays between the two browsers. On start the mock layer reads it, checks it
 * with the database's own row schemas (a damaged or edited link is refused, never half loaded),
 * loads it and removes it from the address bar (mocks/browser.ts).
 *
 * What never travels: passwords (every user's `password` is emptied) and the idempotency table
 * (it keeps the canonical body of each replayable request, and a new Yandex ID's request holds the
 * password typed into its form).
 */
import { z } from 'zod'
import { db, resetDb, rowSchemas, scenarioName, type TableName } from './db'
import { LINK_PARAM } from './demo-link'

export { LINK_PARAM, payloadOf } from './demo-link'

/**
 * Longest link offered (the whole address). RFC 9110 §4.1 recommends that senders and recipients
 * support at least 8 000 octets in a URI; longer ones get cut by some chat tools, trackers and
 * mail clients, so a longer state goes into a file instead.
 */
export const MAX_LINK_LENGTH = 8000
/** A link's payload is refused above this size before inflating (much longer than any link offered). */
const MAX_PAYLOAD_CHARS = 200_000
/** And the inflated JSON above this size (a small payload that inflates hugely is refused too). */
const MAX_STATE_BYTES = 4_000_000
const FORMAT = 'partner-onboarding.demo-state'

/** The tables a link carries: every table but `idempotency` (see above), new ones too. */
type CarriedTable = Exclude<TableName, 'idempotency'>
const CARRIED = (Object.keys(rowSchemas) as TableName[]).filter(
  (name): name is CarriedTable => name !== 'idempotency',
)

const MAX_ROWS = 2000
const tableSchemas = Object.fromEntries(
  CARRIED.map((name) => [name, z.array(rowSchemas[name]).max(MAX_ROWS)]),
) as { [T in CarriedTable]: z.ZodArray<(typeof rowSchemas)[T]> }

/** A path inside the app (never another origin: `//host` and `/\host` are refused). */
const AppPage = z
  .string()
  .max(2000)
  .regex(/^\/(?![/\\])[^\s#]*$/)

export const DemoState = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(1),
  scenario: z.string().max(100),
  /** The page, below the app's base path, with its query: `/application?x=1`. */
  page: AppPage,
  tables: z.strictObject(tableSchemas),
})
export type DemoState = z.output<typeof DemoState>

/** Why a link or file was refused. */
export type RefusalReason = 'malformed' | 'too-large' | 'invalid'
export class DemoStateRefused extends Error {
  constructor(
    readonly reason: RefusalReason,
    cause?: unknown,
  ) {
    super(`The demo state was refused: ${reason}`, { cause })
    this.name = 'DemoStateRefused'
  }
}

/** The current database as a shareable state, without passwords or idempotency records. */
export function captureState(page: string): DemoState {
  const tables = Object.fromEntries(
    CARRIED.map((name) => [name, db[name].all().map((row) => JSON.parse(JSON.stringify(row)) as unknown)]),
  ) as Record<CarriedTable, Record<string, unknown>[]>
  for (const user of tables.users) user.password = null
  return DemoState.parse({ format: FORMAT, version: 1, scenario: scenarioName(), page, tables })
}

/** Replaces the whole database with a checked state (and stores it, as a scenario start does). */
export async function restoreState(state: DemoState): Promise<void> {
  await resetDb(state.scenario, async () => {
    for (const name of CARRIED) {
      const table = db[name] as unknown as { insert(row: unknown): Promise<unknown> }
      for (const row of state.tables[name]) await table.insert(row)
    }
  })
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new DemoStateRefused('malformed')
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4)
  let binary: string
  try {
    binary = atob(padded)
  } catch (error) {
    throw new DemoStateRefused('malformed', error)
  }
  return Uint8Array.from(binary, (c) => c.charCodeAt(0))
}

async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.length
    if (size > limit) {
      await reader.cancel()
      throw new DemoStateRefused('too-large')
    }
    chunks.push(value)
  }
  const all = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    all.set(chunk, at)
    at += chunk.length
  }
  return all
}

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes)
      controller.close()
    },
  })
}

/** The state as a link payload: JSON, deflate-raw, base64url. */
export async function encodeState(state: DemoState): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(state))
  const compressed = streamOf(json).pipeThrough(
    new CompressionStream('deflate-raw') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>,
  )
  return toBase64Url(await readAll(compressed, Number.POSITIVE_INFINITY))
}

/** Checks a parsed value as a state; DemoStateRefused('invalid') when it is not one. */
export function checkState(value: unknown): DemoState {
  const result = DemoState.safeParse(value)
  if (!result.success) throw new DemoStateRefused('invalid', result.error)
  return result.data
}

/** A link payload back into a checked state; throws DemoStateRefused for anything else. */
export async function decodeState(payload: string): Promise<DemoState> {
  if (payload.length > MAX_PAYLOAD_CHARS) throw new DemoStateRefused('too-large')
  const bytes = fromBase64Url(payload)
  let json: Uint8Array
  try {
    json = await readAll(
      streamOf(bytes).pipeThrough(
        new DecompressionStream('deflate-raw') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>,
      ),
      MAX_STATE_BYTES,
    )
  } catch (error) {
    throw error instanceof DemoStateRefused ? error : new DemoStateRefused('malformed', error)
  }
  let value: unknown
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json))
  } catch (error) {
    throw new DemoStateRefused('malformed', error)
  }
  return checkState(value)
}

/** The app's base path (Vite's `base`, e.g. `/` or `/demo/`). */
const BASE = import.meta.env.BASE_URL

/** Where the app is in a location, below its base path: `/demo/application?x` → `/application?x`. */
export function pageOf(location: { pathname: string; search: string }, base = BASE): string {
  const root = base.endsWith('/') ? base.slice(0, -1) : base
  const path = location.pathname.startsWith(root) ? location.pathname.slice(root.length) : location.pathname
  return `${path.startsWith('/') ? path : `/${path}`}${location.search}`
}

/** The address of a page of the app (below the base path) on an origin. */
export function pageUrl(origin: string, page: string, base = BASE): string {
  const root = base.endsWith('/') ? base.slice(0, -1) : base
  return `${origin}${root}${page}`
}

export type ShareResult = { kind: 'link'; url: string } | { kind: 'too-long'; length: number }

/** A reproduction link for a state, or 'too-long' (with its length) when it exceeds MAX_LINK_LENGTH. */
export async function shareLink(state: DemoState, origin: string, base = BASE): Promise<ShareResult> {
  const url = `${pageUrl(origin, state.page, base)}#${LINK_PARAM}=${await encodeState(state)}`
  return url.length > MAX_LINK_LENGTH ? { kind: 'too-long', length: url.length } : { kind: 'link', url }
}

/** The file a state downloads as (readable JSON, so QA can look inside). */
export function stateFileText(state: DemoState): string {
  return `${JSON.stringify(state, null, 2)}\n`
}

export function stateFileName(state: DemoState): string {
  return `partner-onboarding-demo-${state.scenario.replace(/[^a-z0-9-]/gi, '') || 'state'}.json`
}

/** A downloaded file's text back into a checked state. */
export function parseStateFile(text: string): DemoState {
  if (text.length > MAX_STATE_BYTES) throw new DemoStateRefused('too-large')
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new DemoStateRefused('malformed', error)
  }
  return checkState(value)
}
