import { hasOption, isVerb, type PackageCommand } from '../shell/package-managers.js'
import { lastFillers, leftInLayer } from './data/caches.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'yarn-cache-clean',
  title: 'Run `yarn cache clean` in the RUN that installs with Yarn',
  severity: 'note',
  enabledByDefault: false,
  defaults:
    "Off by default: with Yarn 2+ and Plug'n'Play the cache *is* the installed packages, and cleaning it breaks the app; a Dockerfile does not say which Yarn the image has. Turn it on for Yarn 1 or `nodeLinker: node-modules` projects.",
  tags: ['image-size'],
  precision: 'medium',
  // hadolint's DL3060 spec cases are all in the test file (an ONBUILD trigger is always checked: it
  // runs in whatever image is built FROM this one).
  equivalents: { hadolint: ['DL3060'] },
  differences:
    "Beyond hadolint's cases, `yarn add`, `yarn global add` and a bare `yarn` (which installs) are checked too. Deleting the cache with `rm` (also `rm -rf $(yarn cache dir)`), or a cache or tmpfs mount on it, passes, and a cache moved with `--cache-folder` or `YARN_CACHE_FOLDER` is followed. Installs with options only Yarn 2+ has (`--immutable`) are skipped, since there the cache may be what Plug'n'Play loads. Only the stages the final image is built from are checked.",
  rationale:
    "Yarn keeps a copy of every package it downloads in its cache (/usr/local/share/.cache/yarn for root with Yarn 1), so that the next install is faster. In an image there is no next install: the cache only doubles the space node_modules takes, often hundreds of megabytes.",
  fix: "End the RUN that installs with `&& yarn cache clean`. With BuildKit you can instead keep the cache in a mount, which also speeds up rebuilds: `RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile`. With Yarn 2+ and Plug'n'Play, keep the cache: there it holds the installed packages.",
  examples: {
    bad: 'FROM node:22-bookworm-slim\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile --production\nUSER 10001\nCMD ["node", "server.js"]\n',
    good: 'FROM node:22-bookworm-slim\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile --production && yarn cache clean\nUSER 10001\nCMD ["node", "server.js"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const { command, pc, run } of lastFillers(dockerfile, installs)) {
      if (!leftInLayer(dockerfile, run, command, 'yarn')) continue
      const what = pc.verb ? `yarn ${pc.verb.value}${pc.verb.value === 'global' ? ' add' : ''}` : 'yarn'
      problems.push({
        at: { start: command.start, end: command.end },
        message: `\`${what}\` keeps every package it downloads in Yarn's cache, and nothing in this RUN cleans it, so it stays in the image: end the RUN with \`&& yarn cache clean\`.`
      })
    }
    return problems
  }
} satisfies Rule

/** Options only Yarn 2+ has: its cache may be what Plug'n'Play loads. */
const BERRY = ['--immutable', '--immutable-cache', '--check-cache', '--mode', '--refresh-lockfile']

/** `yarn install`, `yarn add`, `yarn global add`, or a bare `yarn` (which installs). */
function installs(pc: PackageCommand): boolean {
  if (pc.program !== 'yarn' || hasOption(pc, ...BERRY)) return false
  if (!pc.verb) return !hasOption(pc, '--version', '-v', '--help', '-h')
  return isVerb(pc, 'install') || (pc.verb.value === 'global' && pc.operands[0]?.value === 'add')
}
