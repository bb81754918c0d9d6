export type Tone = 'info' | 'warning' | 'error' | 'success'

/**
 * The status icon of an alert card, drawn in the tone's colour (currentColor). Decorative: the
 * card's title and text say the same in words.
 */
export function StatusIcon({ tone, className }: { tone: Tone; className?: string }) {
  return (
    <svg
      className={className}
      viewBox="0 0 20 20"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
      data-tone={tone}
    >
      {tone === 'warning' ? (
        <path
          fill="currentColor"
          d="M8.27 2.99a2 2 0 0 1 3.46 0l6.28 10.88A2 2 0 0 1 16.28 17H3.72a2 2 0 0 1-1.73-3.13zM10 6.25a.9.9 0 0 0-.9.9v4.1a.9.9 0 0 0 1.8 0v-4.1a.9.9 0 0 0-.9-.9m0 7.15a1 1 0 1 0 0 2 1 1 0 0 0 0-2"
        />
      ) : (
        <circle cx="10" cy="10" r="8.5" fill="currentColor" />
      )}
      {tone === 'info' ? (
        <path
          fill="#fff"
          d="M10 5.6a1.05 1.05 0 1 1 0 2.1 1.05 1.05 0 0 1 0-2.1M9.1 9.3a.9.9 0 0 1 1.8 0v4.6a.9.9 0 0 1-1.8 0z"
        />
      ) : null}
      {tone === 'error' ? (
        <path fill="none" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" d="m7 7 6 6m0-6-6 6" />
      ) : null}
      {tone === 'success' ? (
        <path
          fill="none"
          stroke="#fff"
          strokeWidth="1.8"
          strokeLinecap="round"
          strokeLinejoin="round"
          d="m6.2 10.3 2.6 2.6 5-5.4"
        />
      ) : null}
    </svg>
  )
}
