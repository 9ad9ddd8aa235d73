import { describeUse } from '../dockerfile/image.js'
import { addDays, baseImageReleases, daysBetween, releaseLabel, SOON_DAYS, successorsText } from './data/eol-products.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'base-image-nearing-eol',
  title: 'Base images should not be on a release whose security support ends within 90 days',
  severity: 'note',
  defaults:
    "On, as a note: nothing is wrong yet, but moving to a new release takes planning and testing, and once the date passes no-eol-base-image reports the image as a warning. A rule of its own rather than a note of that rule, so that a team can turn the early notice off alone, and code scanning keeps one level per rule. It judges by today's date, which the CLI and the action pass in, and by dates from [endoflife.date](https://endoflife.date). The examples assume it is 2026-09-01.",
  tags: ['security', 'supply-chain', 'CWE-1104'],
  securitySeverity: 3.0,
  precision: 'very-high',
  // No other linter reads this from a Dockerfile: Trivy reports an end-of-life OS only when it scans a built image.
  cis: ['4.4'],
  rationale:
    'Once a release reaches its end of life it gets no more security fixes, and every image built on it keeps each vulnerability found from then on. Moving to a new major version of a runtime or an OS can take weeks of testing, so the time to start is before the date, not after.',
  fix:
    'Plan the move of the `FROM` tag to a supported release, e.g. `python:3.13-slim` instead of `python:3.10-slim`, and test the app on it before the date. The finding names the newest supported release (the newest long-term-support one, where the project has them), which buys the longest time before the next move.',
  examples: {
    bad: 'FROM python:3.10-slim\nWORKDIR /app\nCOPY app.py .\nUSER 10001\nCMD ["python", "app.py"]\n',
    good: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY app.py .\nUSER 10001\nCMD ["python", "app.py"]\n',
    settings: { today: '2026-09-01' }
  },
  check: (dockerfile, { today }) => {
    if (!today) return []
    const problems: Problem[] = []
    const horizon = addDays(today, SOON_DAYS)
    for (const { use, found } of baseImageReleases(dockerfile)) {
      const ending = found.filter(({ release }) => typeof release.eol === 'string' && release.eol > today && release.eol <= horizon)
      if (!ending.length) continue
      const what = ending.map(({ product, release }) => `${releaseLabel(product, release)}, whose security support ends on ${release.eol}, in ${daysLeft(today, String(release.eol))}`)
      problems.push({
        at: use.image,
        message: `${describeUse(use)} is built on ${what.join(', and on ')}: after that ${ending.length > 1 ? 'they get' : 'it gets'} no security fixes. Plan the move to ${successorsText(ending, horizon)}.`
      })
    }
    return problems
  }
} satisfies Rule

/** `1 day`, `45 days`. */
function daysLeft(today: string, end: string): string {
  const days = daysBetween(today, end)
  return days === 1 ? '1 day' : `${days} days`
}
