/**
 * The mock backend's in-memory database: typed collections (@msw/data) whose records are checked
 * with the contract's schemas. In the browser every change is written through to localStorage at
 * once (not on unload), so a demo survives a reload; Node tests start from a fresh seed each time.
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
  users: User.extend({ password: z.string().nullable() }),
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
  settings: ProgramSettings.extend({ id: z.literal('settings'), recentAccountIds: z.array(z.string()) }),
  /** Answers already given to an Idempotency-Key, replayed on a repeat. */
  idempotency: z.object({ id: z.string(), status: z.number(), body: z.unknown() }),
  /** Registry cards created by scenarios (other TINs are generated on demand). */
  registry: CompanyCard.extend({ id: z.string() }),
} as const

type Schemas = typeof schemas
export type TableName = keyof Schemas
export type Row<T extends TableName> = z.output<Schemas[T]>

let persistTo: Storage | null = null
const STORAGE_KEY = 'partner-onboarding.mock-db.v1'

/** A collection with write-through persistence and id-based helpers. */
class Table<T extends TableName> {
  readonly collection: Collection<Schemas[T]>
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
    const created = (await this.collection.create(row as never)) as Row<T>
    persist()
    return created
  }
  async update(id: string, change: (draft: Row<T>) => void): Promise<Row<T>> {
    const updated = (await this.collection.update((q) => q.where({ id } as never), {
      data: (draft) => change(draft as Row<T>),
    })) as Row<T> | undefined
    if (!updated) throw new Error(`${this.name}: no row ${id}`)
    persist()
    return updated
  }
  remove(predicate: (row: Row<T>) => boolean): void {
    for (const row of this.filter(predicate)) {
      this.collection.delete(row as never)
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

function persist(): void {
  if (!persistTo || loading) return
  const snapshot: Record<string, unknown[]> = {}
  for (const table of tables) snapshot[table.name] = table.all().map((row) => JSON.parse(JSON.stringify(row)))
  try {
    persistTo.setItem(
      STORAGE_KEY,
      JSON.stringify({ version: 1, scenario: currentScenario, tables: snapshot }),
    )
  } catch (error) {
    console.warn('[mocks] could not persist the mock database', error)
  }
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
  persist()
}

/** Stops writing to storage (tests that turned persistence on call this when done). */
export function stopPersisting(): void {
  persistTo = null
}

/** Turns on write-through persistence and loads a saved database; false when there is none. */
export async function loadPersisted(storage: Storage): Promise<boolean> {
  persistTo = storage
  const raw = storage.getItem(STORAGE_KEY)
  if (!raw) return false
  try {
    const saved = JSON.parse(raw) as { version: number; scenario: string; tables: Record<string, unknown[]> }
    if (saved.version !== 1) return false
    loading = true
    clearDb()
    for (const table of tables) {
      for (const row of saved.tables[table.name] ?? []) await table.collection.create(row as never)
    }
    currentScenario = saved.scenario
    return true
  } catch (error) {
    console.warn('[mocks] the saved mock database could not be read; seeding afresh', error)
    clearDb()
    return false
  } finally {
    loading = false
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
