/**
 * The platform's name and links: the seed writes them as variables ({{ yandex-cloud }},
 * {{ link-cloud-partners }}), so they are configured here, once, and may be set at build time.
 */
const env = import.meta.env

export const config = {
  platformName: env.VITE_PLATFORM_NAME || 'Yandex Cloud',
  partnerPortalUrl: env.VITE_PARTNER_PORTAL_URL || 'https://cloud.yandex.ru/partners/',
  partnerLandingUrl: env.VITE_PARTNER_LANDING_URL || 'https://yandex.cloud/ru/partners',
  partnerRequirementsUrl:
    env.VITE_PARTNER_REQUIREMENTS_URL || 'https://yandex.ru/legal/cloud_partnership_requirements/',
  /** Whether the mock backend runs in the browser (a build with it off contains no mock code). */
  mocking: env.VITE_API_MOCKING !== 'off',
} as const
