import { useRef } from 'react'
import { newIdempotencyKey } from '@/api/client'

/**
 * One Idempotency-Key per logical attempt: a retry or a double submit of the same values reuses it
 * (the server answers once), changed values get a new one.
 */
export function useIdempotencyKey() {
  const current = useRef<{ values: string; key: string } | null>(null)
  return (values: unknown): string => {
    const json = JSON.stringify(values)
    if (current.current?.values !== json) current.current = { values: json, key: newIdempotencyKey() }
    return current.current.key
  }
}
