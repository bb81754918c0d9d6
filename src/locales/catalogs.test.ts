import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const dir = join(process.cwd(), 'src/locales')
const read = (language: string, file: string) =>
  JSON.parse(readFileSync(join(dir, language, file), 'utf8')) as Record<string, string>
/** The names a message uses, each once: a language may repeat one in several branches of a select. */
const placeholders = (message: string) =>
  [...new Set([...message.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]))].sort()

describe('message catalogs', () => {
  const files = readdirSync(join(dir, 'en')).filter((f) => f.endsWith('.json'))

  it('have the same namespaces in English and Russian', () => {
    expect(
      readdirSync(join(dir, 'ru'))
        .filter((f) => f.endsWith('.json'))
        .sort(),
    ).toEqual([...files].sort())
  })

  for (const file of files) {
    it(`${file}: every message exists in both languages with the same placeholders`, () => {
      const en = read('en', file)
      const ru = read('ru', file)
      expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort())
      const namespace = file.replace('.json', '')
      for (const [id, message] of Object.entries(en)) {
        expect(id.startsWith(`${namespace}.`), `${id} is prefixed with ${namespace}.`).toBe(true)
        expect(placeholders(ru[id] ?? ''), `${id} placeholders`).toEqual(placeholders(message))
        expect(ru[id]?.trim(), `${id} is translated`).not.toBe('')
      }
    })
  }
})
