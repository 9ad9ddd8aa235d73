// The adapters' one clock. The engine never reads the time: the rules that judge dates (end-of-life
// base images) get today's date as `Settings.today`, so a lint is repeatable and tests fix the date.

/** Fixes the date (YYYY-MM-DD): for tests of the CLI and the action, and to reproduce an earlier run. */
export const TODAY_VARIABLE = 'DOCKERFILE_GUARD_TODAY'

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** Today's date in UTC as YYYY-MM-DD, or the date `DOCKERFILE_GUARD_TODAY` holds. */
export function currentDate(env: Readonly<Record<string, string | undefined>>, now: Date = new Date()): string {
  const fixed = env[TODAY_VARIABLE]?.trim()
  return fixed && DATE.test(fixed) ? fixed : now.toISOString().slice(0, 10)
}
