/**
 * The prefix of every storage key that holds a user's data (drafts, backups, where to return after
 * signing in): sign-out removes them all. Its own module so the shell can use it without loading the
 * autosave code (the first page's JS budget: `npm run bench`).
 */
export const USER_STORAGE_PREFIX = 'partner-onboarding.user.'
