/**
 * zod without eval: its JIT compiles object parsers with `new Function`, which a strict
 * Content-Security-Policy (no 'unsafe-eval') forbids, and even its feature test shows up as a CSP
 * violation. `jitless` is read when an object schema is created, so this runs before any schema is
 * made: contract.ts imports it first, and every schema of the app and the mocks imports contract.ts.
 */
import { z } from 'zod'

z.config({ jitless: true })
