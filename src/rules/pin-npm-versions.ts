import { unpinnedInstalls } from './data/pinned-versions.js'
import type { Rule } from './types.js'

export default {
  id: 'pin-npm-versions',
  title: 'Pin the versions of the packages `npm install` names',
  severity: 'warning',
  enabledByDefault: false,
  defaults:
    "Off by default: an app's own dependencies are pinned by its lockfile (`npm ci`, or `npm install` with no package, is never reported), and a global tool installed at its newest version is often on purpose. Turn it on (`pin-npm-versions: warning` under `rules`) when builds must be reproducible; the `hadolint` preset runs it as hadolint's DL3016.",
  tags: ['reproducibility', 'supply-chain'],
  precision: 'high',
  // The cases of hadolint's DL3016 spec and KICS's e36d8880 samples are in the test file; KICS passes
  // `@latest` and a git URL with no commit (see differences).
  equivalents: { hadolint: ['DL3016'] },
  related: { kics: ['e36d8880'] },
  differences:
    "Beyond hadolint's cases, npm's install aliases (`npm i`, `npm add`), `yarn add`, `yarn global add` and `pnpm add` are read too. The `@latest` tag (and `@*`) is reported, since it is no version; a GitHub shorthand with a commit or tag (`user/repo#v1.2`) counts as pinned; and a package list held in a variable whose value is known is read.\n\nKICS's e36d8880 passes `npm install sax@latest` and `npm install git://github.com/npm/cli.git` (its own samples): both install whatever is newest on the day of the build, so both are reported here, the URL as hadolint does. It reads npm only.",
  rationale:
    'Without a version, `npm install -g typescript` installs the newest release on the registry on the day of the build. A new major version can break the build or the app, and a compromised release is installed without any change in the repository to review.',
  fix: 'Write the version after `@` (`npm install -g typescript@5.6.3`), and a commit after `#` for a git URL (`git+https://github.com/org/repo.git#v1.2.0`). For an app, commit `package-lock.json` and install with `npm ci`.',
  examples: {
    bad: 'FROM node:22-bookworm-slim\nRUN npm install -g typescript\nUSER 10001\nCMD ["tsc", "--version"]\n',
    good: 'FROM node:22-bookworm-slim\nRUN npm install -g typescript@5.6.3\nUSER 10001\nCMD ["tsc", "--version"]\n'
  },
  check: (dockerfile) => unpinnedInstalls(dockerfile, ['npm', 'yarn', 'pnpm'])
} satisfies Rule
