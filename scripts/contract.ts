/** Writes docs/openapi.json from the zod contract. Run: npm run contract */
import { writeFileSync } from 'node:fs'
import { openApiText } from '@/api/openapi'

const target = new URL('../docs/openapi.json', import.meta.url)
writeFileSync(target, openApiText())
console.info(`wrote ${target.pathname}`)
