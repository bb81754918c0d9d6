/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_API_BASE_URL?: string
  readonly VITE_API_MOCKING?: 'on' | 'off'
  readonly VITE_MOCK_LATENCY?: string
  readonly VITE_AUTOSAVE_PAUSE_MS?: string
  readonly VITE_PLATFORM_NAME?: string
  readonly VITE_PARTNER_PORTAL_URL?: string
  readonly VITE_PARTNER_LANDING_URL?: string
  readonly VITE_PARTNER_REQUIREMENTS_URL?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
