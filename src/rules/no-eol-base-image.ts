import { describeUse } from '../dockerfile/image.js'
import { addDays, baseImageReleases, hasEnded, releaseLabel, SOON_DAYS, successorsText, type Found } from './data/eol-products.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'no-eol-base-image',
  title: 'Base images should be on a release that still gets security fixes',
  severity: 'warning',
  defaults:
    "On, as a warning: the image still builds and runs, but every vulnerability found in it from now on stays open. It judges by today's date, which the CLI and the action pass in, against the dates of [endoflife.date](https://endoflife.date) that ship with dockerfile-guard. For Debian the end of Debian LTS counts, as its updates are free and on by default; for Ubuntu the end of standard support, as Expanded Security Maintenance needs an Ubuntu Pro subscription. The examples assume it is 2026-12-03.",
  tags: ['security', 'supply-chain', 'CWE-1104'],
  securitySeverity: 7.0,
  precision: 'very-high',
  // No other linter reads this from a Dockerfile: Trivy reports an end-of-life OS only when it scans a built image.
  cis: ['4.2', '4.4'],
  rationale:
    'A release past its end of life gets no more security fixes: every vulnerability found from then on in its packages or runtime stays open in each image built on it, and rebuilding does not help. Official images also stop publishing new builds of such tags, so the image keeps even the flaws fixed upstream before the end. Scanners then report a growing list of findings that nobody can fix without moving to a newer release.',
  fix:
    'Change the tag in `FROM` to a supported release, e.g. `python:3.13-slim-bookworm` instead of `python:3.7-slim-buster`, then rebuild and run the tests: a new major version can change behaviour. The finding names the newest supported release (the newest long-term-support one, where the project has them), as that buys the longest time before the next move; the nearest supported release would often be the next to end. A tag that names both a runtime and an OS (`-alpine3.15`, `-buster`) needs both moved. Dates come from [endoflife.date](https://endoflife.date).',
  examples: {
    bad: 'FROM python:3.7-slim\nWORKDIR /app\nCOPY app.py .\nUSER 10001\nCMD ["python", "app.py"]\n',
    good: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY app.py .\nUSER 10001\nCMD ["python", "app.py"]\n',
    settings: { today: '2026-12-03' }
  },
  check: (dockerfile, { today }) => {
    if (!today) return []
    const horizon = addDays(today, SOON_DAYS)
    const problems: Problem[] = []
    for (const { use, found } of baseImageReleases(dockerfile)) {
      const ended = found.filter(({ release }) => hasEnded(release, today))
      if (!ended.length) continue
      const what = ended.map(describeEnd).join(', and on ')
      problems.push({
        at: use.image,
        message: `${describeUse(use)} is built on ${what}: ${ended.length > 1 ? 'they get' : 'it gets'} no security fixes any more. Move to ${successorsText(ended, horizon)}.`
      })
    }
    return problems
  }
} satisfies Rule

/** `Python 3.7, whose security support ended on 2023-06-27`. */
function describeEnd({ product, release, deprecated }: Found): string {
  if (deprecated) return deprecated
  const end = typeof release.eol === 'string' ? `whose security support ended on ${release.eol}` : 'which is no longer supported'
  return `${releaseLabel(product, release)}, ${end}`
}
