/**
 * The mock backend's in-memory database: typed collections (@msw/data) whose records are checked
 * with the contract's schemas. In the browser every change is written through to localStorage
 * before the request that made it is answered (one write per request, `inOneWrite`; not on unload),
 * so a demo survives a reload; Node tests start from a fresh seed each time.
 *
 * Every tab of the demo runs its own copy (the service worker hands requests to the page), so the
 * copies share one stored database: before each request a tab re-reads it when another tab stored
 * something (`syncFromStorage`), and a write stores only the rows this tab changed over what is
 * stored, never its whole, possibly stale, copy. A write that storage refuses (quota, blocked)
 * throws StorageFailure: the handler answers an error instead of acknowledging a lost change.
 */
import { Collection } from '@msw/data'
import { z } from 'zod'
import {
  Application,
  BillingAccount,
  CompanyCard,
  Organization,
  ProgramSettings,
  SignInMethod,
  User,
} from '@/api/contract'

const schemas = {
  /** password: the mock's demo password (plain text: a mock); blocked: the account may not sign in. */
  users: User.extend({ password: z.string().nullable(), blocked: z.boolean().default(false) }),
  organizations: Organization.extend({ memberIds: z.array(z.string()) }),
  federations: z.object({
    id: z.string(),
    name: z.string(),
    organizationId: z.string(),
    /** Work-email domains that map to this federation. */
    domains: z.array(z.string()),
  }),
  billingAccounts: BillingAccount,
  applications: Application,
  sessions: z.object({
    id: z.string(),
    userId: z.string(),
    method: SignInMethod,
    organizationId: z.string().nullable(),
  }),
  /** Assertions the mock identity provider issued and that were not yet used. */
  assertions: z.object({ id: z.string(), federationId: z.string(), userId: z.string() }),
  /** clockOffsetMs: how far the mock's clock runs ahead of real time (mocks/clock.ts; the demo panel). */
  settings: ProgramSettings.extend({
    id: z.literal('settings'),
    recentAccountIds: z.array(z.string()),
    clockOffsetMs: z.number().int().default(0),
  }),
  /**
   * Answers already given to an Idempotency-Key, replayed on a repeat: `id` is endpoint, caller and
   * key; `request` the canonical body it answered (another body with the same key is refused).
   */
  idempotency: z.object({
    id: z.string(),
    status: z.number(),
    body: z.unknown(),
    request: z.string().default(''),
  }),
  /** Registry cards created by scenarios (other TINs are generated on demand). */
  registry: CompanyCard.extend({ id: z.string() }),
} as const
/** The rows' schemas: a snapshot from outside (a reproduction link or file) is checked with them. */
export const rowSchemas = schemas

type Schemas = typeof schemas
export type TableName = keyof Schemas
export type Row<T extends TableName> = z.output<Schemas[T]>

let persistTo: Storage | null = null
const STORAGE_KEY = 'partner-onboarding.mock-db.v1'
/** The stored text this tab last wrote or read: anything else there was written by another tab. */
let lastStored: string | null = null
/** Set when memory may differ from storage (a merged or refused write): re-read before the next request. */
let reloadNeeded = false
/** Rows this tab changed (and removed) since it last stored, per table. */
const changed = new Map<TableName, Set<string>>()
const removed = new Map<TableName, Set<string>>()

function mark(map: Map<TableName, Set<string>>, table: TableName, id: string) {
  if (!persistTo || loading) return
  const ids = map.get(table) ?? new Set<string>()
  map.set(table, ids)
  ids.add(id)
}

/** Storage refused a write: the change is not kept, and the request must not say it was. */
export class StorageFailure extends Error {
  constructor(cause: unknown) {
    super('The mock database could not be stored.', { cause })
    this.name = 'StorageFailure'
  }
}

/**
 * Updates run one at a time. @msw/data's update reads the row, awaits (its schema's validation), then
 * writes the row back: two updates of one row at once (requests the worker answers side by side) wrote
 * the second over the first, and the first's change was lost (./concurrent-writes.test.ts).
 */
let updates: Promise<unknown> = Promise.resolve()

/** A collection with write-through persistence and id-based helpers. */
class Table<T extends TableName> {
  collection: Collection<Schemas[T]>
  constructor(readonly name: T) {
    this.collection = new Collection({ schema: schemas[name] as Schemas[T] })
  }
  all(): Row<T>[] {
    return this.collection.all() as Row<T>[]
  }
  find(predicate: (row: Row<T>) => boolean): Row<T> | undefined {
    return this.all().find(predicate)
  }
  filter(predicate: (row: Row<T>) => boolean): Row<T>[] {
    return this.all().filter(predicate)
  }
  get(id: string): Row<T> | undefined {
    return this.find((row) => (row as { id: string }).id === id)
  }
  async insert(row: z.input<Schemas[T]>): Promise<Row<T>> {
    if (loading && pace) await pace()
    const created = (await this.collection.create(row as never)) as Row<T>
    mark(changed, this.name, (created as { id: string }).id)
    persist()
    return created
  }
  async update(id: string, change: (draft: Row<T>) => void): Promise<Row<T>> {
    const run = updates.then(
      () =>
        this.collection.update((q) => q.where({ id } as never), {
          data: (draft) => change(draft as Row<T>),
        }) as Promise<Row<T> | undefined>,
    )
    updates = run.catch(() => undefined)
    const updated = await run
    if (!updated) throw new Error(`${this.name}: no row ${id}`)
    mark(changed, this.name, id)
    persist()
    return updated
  }
  remove(predicate: (row: Row<T>) => boolean): void {
    for (const row of this.filter(predicate)) {
      this.collection.delete(row as never)
      mark(removed, this.name, (row as { id: string }).id)
    }
    persist()
  }
  clear(): void {
    this.collection.clear()
  }
}

export const db = {
  users: new Table('users'),
  organizations: new Table('organizations'),
  federations: new Table('federations'),
  billingAccounts: new Table('billingAccounts'),
  applications: new Table('applications'),
  sessions: new Table('sessions'),
  assertions: new Table('assertions'),
  settings: new Table('settings'),
  idempotency: new Table('idempotency'),
  registry: new Table('registry'),
}

const tables = Object.values(db) as Table<TableName>[]

let loading = false

/**
 * Set by the browser's start only (browser.ts), before any request can reach the database: a
 * whole load or seed then gives the main thread back now and then (each row is checked with its
 * schema, which adds up to a long task) instead of running as one task. Null elsewhere: a scenario
 * started from the demo panel, and every Node test, load in one go.
 */
let pace: (() => Promise<void>) | null = null
export function paceLoading(pacer: (() => Promise<void>) | null): void {
  pace = pacer
}

type Stored = { version: number; scenario: string; revision?: number; tables: Record<string, unknown[]> }

function readStored(raw: string | null): Stored | null {
  if (!raw) return null
  try {
    const saved = JSON.parse(raw) as Stored
    return saved.version === 1 && saved.tables ? saved : null
  } catch {
    return null
  }
}

const idOf = (row: unknown) => (row as { id: string }).id

/** Set while a request runs (`inOneWrite`): its writes are stored together when it ends. */
let deferred: { pending: boolean } | null = null

/**
 * Runs a request's work with its writes stored once, when it ends and before its answer goes out
 * (a sign-in changes the session, the recent accounts and the idempotency record: one write, not
 * three). A write storage refuses throws StorageFailure from here, after the work, as before.
 */
export async function inOneWrite<T>(work: () => Promise<T>): Promise<T> {
  const batch = { pending: false }
  deferred = batch
  try {
    return await work()
  } finally {
    if (deferred === batch) deferred = null
    if (batch.pending) persist()
  }
}

/** What this tab stored last and its revision: the next write need not parse it back to count on. */
let written: { text: string | null; revision: number } = { text: null, revision: 0 }

/**
 * Stores this tab's changes. When another tab stored something since this one last read, only the
 * rows this tab changed or removed go over what is stored (its other rows may be stale); a scenario
 * start (`wholesale`) replaces everything. Throws StorageFailure when storage refuses the write.
 */
function persist(wholesale = false): void {
  if (!persistTo || loading) return
  if (deferred && !wholesale) {
    deferred.pending = true
    return
  }
  const raw = persistTo.getItem(STORAGE_KEY)
  const stored = wholesale || raw === lastStored ? null : readStored(raw)
  const snapshot: Record<string, unknown[]> = {}
  for (const table of tables) {
    // Written as they are: JSON.stringify below copies them (no copy of each row first).
    const mine: unknown[] = table.all()
    if (!stored) {
      snapshot[table.name] = mine
      continue
    }
    const ours = changed.get(table.name) ?? new Set<string>()
    const gone = removed.get(table.name) ?? new Set<string>()
    const rows = (stored.tables[table.name] ?? []).filter((row) => !gone.has(idOf(row)))
    for (const row of mine.filter((r) => ours.has(idOf(r)))) {
      const at = rows.findIndex((r) => idOf(r) === idOf(row))
      if (at >= 0) rows[at] = row
      else rows.push(row)
    }
    snapshot[table.name] = rows
  }
  // The revision this tab wrote last, unless another tab stored since (then read it from there).
  const previous =
    raw !== null && raw === written.text ? written.revision : ((stored ?? readStored(raw))?.revision ?? 0)
  const text = JSON.stringify({
    version: 1,
    scenario: currentScenario,
    revision: previous + 1,
    tables: snapshot,
  })
  changed.clear()
  removed.clear()
  try {
    persistTo.setItem(STORAGE_KEY, text)
  } catch (error) {
    // Nothing was stored: memory goes back to what storage holds before the next request.
    reloadNeeded = true
    throw new StorageFailure(error)
  }
  lastStored = text
  written = { text, revision: previous + 1 }
  // Merged with another tab's rows: memory catches up before the next request.
  if (stored) reloadNeeded = true
}

async function fillFrom(saved: Stored): Promise<void> {
  loading = true
  try {
    clearDb()
    for (const table of tables) {
      for (const row of saved.tables[table.name] ?? []) {
        if (pace) await pace()
        await table.collection.create(row as never)
      }
    }
    currentScenario = saved.scenario
  } finally {
    loading = false
  }
}

/**
 * Re-reads the stored database when another tab stored something since this tab last read or
 * wrote it (or a write of this tab was merged or refused). The route wrapper calls this before
 * every request, one request at a time.
 */
export async function syncFromStorage(): Promise<void> {
  if (!persistTo) return
  const raw = persistTo.getItem(STORAGE_KEY)
  if (raw === lastStored && !reloadNeeded) return
  const saved = readStored(raw)
  reloadNeeded = false
  if (!saved) return
  await fillFrom(saved)
  lastStored = raw
}

let currentScenario = ''
export function scenarioName(): string {
  return currentScenario
}

export function clearDb(): void {
  for (const table of tables) table.clear()
}

/** Replaces the whole database with a seed function's rows. */
export async function resetDb(name: string, seed: () => Promise<void>): Promise<void> {
  loading = true
  try {
    clearDb()
    currentScenario = name
    await seed()
  } finally {
    loading = false
  }
  try {
    persist(true)
  } catch (error) {
    console.warn('[mocks] the scenario could not be stored in this browser', error)
  }
}

/** Stops writing to storage (tests that turned persistence on call this when done). */
export function stopPersisting(): void {
  persistTo = null
  lastStored = null
  reloadNeeded = false
  changed.clear()
  removed.clear()
}

/**
 * Turns on write-through persistence without reading what is stored: for a start that replaces it
 * at once (a `?scenario=` link), which then need not parse and load the whole saved database first.
 */
export function persistInto(storage: Storage): void {
  persistTo = storage
  lastStored = null
  reloadNeeded = false
}

/** Turns on write-through persistence and loads a saved database; false when there is none. */
export async function loadPersisted(storage: Storage): Promise<boolean> {
  persistInto(storage)
  const raw = storage.getItem(STORAGE_KEY)
  const saved = readStored(raw)
  if (!saved) return false
  try {
    await fillFrom(saved)
    lastStored = raw
    return true
  } catch (error) {
    console.warn('[mocks] the saved mock database could not be read; seeding afresh', error)
    clearDb()
    return false
  }
}

/**
 * Signs a user in: the mock backend serves one browser, so there is one session at a time, and a
 * new one replaces it (handlers, scenarios and tests all start sessions through here).
 */
export async function startSession(session: {
  userId: string
  method: Row<'sessions'>['method']
  organizationId: string | null
}): Promise<Row<'sessions'>> {
  db.sessions.remove(() => true)
  return db.sessions.insert({ id: newId('session'), ...session })
}

let counter = 0
/** Ids made here, not by crypto.randomUUID (browsers offer it only on https and localhost). */
export function newId(prefix: string): string {
  counter += 1
  const random = Math.floor(Math.random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0')
  return `${prefix}-${Date.now().toString(36)}${counter.toString(36)}${random}`
}
