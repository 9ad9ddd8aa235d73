import rule from '../../src/rules/pin-npm-versions.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM node:22-bookworm-slim\n'
const code = (run: string) => FROM + run + '\n'
/** A hadolint spec case and its ONBUILD variant. */
const spec = (name: string, run: string) => [
  { name: `DL3016: ${name}`, code: code(run) },
  { name: `DL3016: ${name} (onbuild)`, code: code('ONBUILD ' + run) }
]
const caught = (cases: { name: string; code: string }[], message?: string) => cases.map((c) => ({ ...c, lines: [2], messages: message ? [message] : undefined }))

// KICS assets/queries/dockerfile/npm_install_without_pinned_version/test (positive and negative: positive1
// and negative1 with fewer lines; positive2 and negative2: the same in lower case)
const KICS_POSITIVE1 =
  'FROM node:12\nRUN npm install sax\nRUN npm install sax --no-cache\nRUN npm install sax | grep fail && npm install sax@latest\nRUN npm install sax@latest | grep fail && npm install sax\nRUN npm install sax | grep fail && npm install sax\nRUN npm i -g @angular/cli\nRUN ["npm","add","sax"]\n'
const KICS_NEGATIVE1 =
  'FROM node:12\nRUN npm install\nRUN npm install sax@latest\nRUN npm install sax@0.1.1\nRUN npm install sax@0.1.1 | grep fail && npm install sax@latest\nRUN npm install git://github.com/npm/cli.git\nRUN npm install git+ssh://git@github.com:npm/cli#semver:^5.0\nRUN npm install --production --no-cache\nRUN npm config set registry <internal_npm_registry> && \\\n    npm install && \\\n    npx vite build --mode $VITE_MODE'
const lower = (file: string) => file.replace(/^[A-Z]+ /gm, (keyword) => keyword.toLowerCase())

testRule(rule, {
  valid: [
    // hadolint test/Hadolint/Rule/DL3016Spec.hs
    ...spec('version pinned in package.json', 'RUN npm install'),
    ...spec('version pinned in package.json with arguments', 'RUN npm install --progress=false'),
    ...spec('version pinned', 'RUN npm install express@4.1.1'),
    ...spec('version pinned with scope', 'RUN npm install @myorg/privatepackage@">=0.1.0"'),
    ...spec('version pinned multiple packages', 'RUN npm install express@"4.1.1" sax@0.1.1'),
    ...spec('version pinned with --global', 'RUN npm install --global express@"4.1.1"'),
    ...spec('version pinned with -g', 'RUN npm install -g express@"4.1.1"'),
    ...spec('tarball suffix .tar', 'RUN npm install package-v1.2.3.tar'),
    ...spec('tarball suffix .tar.gz', 'RUN npm install package-v1.2.3.tar.gz'),
    ...spec('tarball suffix .tgz', 'RUN npm install package-v1.2.3.tgz'),
    ...spec('folder - absolute path', 'RUN npm install /folder'),
    ...spec('folder - relative path from current folder', 'RUN npm install ./folder'),
    ...spec('folder - relative path to parent folder', 'RUN npm install ../folder'),
    ...spec('folder - relative path from home', 'RUN npm install ~/folder'),
    ...spec('commit pinned for git+ssh', 'RUN npm install git+ssh://git@github.com:npm/npm.git#v1.0.27'),
    ...spec('commit pinned for git+http', 'RUN npm install git+http://isaacs@github.com/npm/npm#semver:^5.0'),
    ...spec('commit pinned for git+https', 'RUN npm install git+https://isaacs@github.com/npm/npm.git#v1.0.27'),
    ...spec('commit pinned for git', 'RUN npm install git://github.com/npm/npm.git#v1.0.27'),
    ...spec('npm run install is fine', 'RUN npm run --crazy install'),
    ...spec('version range with scope', 'RUN npm install @myorg/privatepackage@">=0.1.0 <0.2.0"'),
    ...spec("don't fire on loglevel flag", 'RUN npm install --loglevel verbose sax@0.1.1'),
    ...spec("don't fire on registry flag", 'RUN npm install --registry https://example.com sax@0.1.1'),
    // KICS e36d8880 (the lines of its negatives that pass here too)
    { name: 'kics e36d8880: negative, pinned and lockfile lines', code: 'FROM node:12\nRUN npm install \nRUN npm install sax@0.1.1\nRUN npm install git+ssh://git@github.com:npm/cli#semver:^5.0' },
    { name: 'kics e36d8880: negative1, pinned and lockfile lines', code: KICS_NEGATIVE1.split('\n').filter((line) => !/@latest|cli\.git$/.test(line)).join('\n') },
    // beyond hadolint
    { name: 'npm ci uses the lockfile', code: code('RUN npm ci --omit=dev') },
    { name: 'npm i and npm add with versions', code: code('RUN npm i -g pnpm@9.12.1 && npm add left-pad@1.3.0') },
    { name: 'GitHub shorthand with a commit', code: code('RUN npm install -g user/repo#v1.2.0 github:org/tool#a1b2c3d') },
    { name: 'a workspace value is no package', code: code('RUN npm install -w packages/api express@4.21.2') },
    { name: 'yarn and pnpm with versions', code: code('RUN yarn global add typescript@5.6.3 && yarn add react@18.3.1 && pnpm add -g turbo@2.1.3') },
    { name: 'yarn install and pnpm install use the lockfile', code: code('RUN yarn install --frozen-lockfile && pnpm install --frozen-lockfile') },
    { name: 'an unknown variable is not guessed at', code: code('RUN npm install -g $TOOLS typescript@$TS_VERSION') }
  ],
  invalid: [
    // hadolint test/Hadolint/Rule/DL3016Spec.hs
    ...caught(spec('version not pinned', 'RUN npm install express'), '`npm install` names `express` without a fixed version, so each build may install a different one: pin it, e.g. `express@<version>`.'),
    ...caught(spec('version not pinned with scope', 'RUN npm install @myorg/privatepackage'), 'pin it, e.g. `@myorg/privatepackage@<version>`'),
    ...caught(spec('version not pinned multiple packages', 'RUN npm install express sax@0.1.1'), '`express`'),
    ...caught(spec('version not pinned with --global', 'RUN npm install --global express')),
    ...caught(spec('commit not pinned for git+ssh', 'RUN npm install git+ssh://git@github.com:npm/npm.git'), 'e.g. `git+ssh://git@github.com:npm/npm.git#<commit>`'),
    ...caught(spec('commit not pinned for git+http', 'RUN npm install git+http://isaacs@github.com/npm/npm')),
    ...caught(spec('commit not pinned for git+https', 'RUN npm install git+https://isaacs@github.com/npm/npm.git')),
    ...caught(spec('commit not pinned for git', 'RUN npm install git://github.com/npm/npm.git')),
    ...caught(spec('version not pinned with --registry flag', 'RUN npm install --registry https://example.com express')),
    ...caught(spec('version not pinned with --registry=value form', 'RUN npm install --registry=https://example.com express')),
    // KICS e36d8880 (two findings where both commands of a line name an unpinned package)
    { name: 'kics e36d8880: positive1', code: KICS_POSITIVE1, lines: [2, 3, 4, 4, 5, 5, 6, 6, 7, 8] },
    { name: 'kics e36d8880: positive', code: KICS_POSITIVE1.replace('RUN npm install sax --no-cache\n', ''), lines: [2, 3, 3, 4, 4, 5, 5, 6, 7] },
    { name: 'kics e36d8880: positive2', code: lower(KICS_POSITIVE1), lines: [2, 3, 4, 4, 5, 5, 6, 6, 7, 8] },
    // KICS passes `@latest` and a git URL with no commit, which install whatever is newest (hadolint reports the URL too)
    { name: 'kics e36d8880: negative1 (differs: @latest and a git URL with no commit)', code: KICS_NEGATIVE1, lines: [3, 5, 6] },
    { name: 'kics e36d8880: negative2 (differs, as negative1)', code: lower(KICS_NEGATIVE1), lines: [3, 5, 6] },
    { name: 'kics e36d8880: negative (differs, as negative1)', code: 'FROM node:12\nRUN npm install \nRUN npm install sax@latest\nRUN npm install sax@0.1.1\nRUN npm install git://github.com/npm/cli.git\nRUN npm install git+ssh://git@github.com:npm/cli#semver:^5.0', lines: [3, 5] },
    // beyond hadolint
    { name: '@latest is no version', code: code('RUN npm install -g npm@latest'), lines: [2], messages: ['names `npm@latest` without a fixed version, so each build may install a different one: pin it, e.g. `npm@<version>`.'] },
    { name: 'npm i', code: code('RUN npm i -g typescript'), lines: [2], messages: ['`npm i` names `typescript`'] },
    { name: 'GitHub shorthand without a commit', code: code('RUN npm install -g user/repo'), lines: [2] },
    { name: 'yarn global add', code: code('RUN yarn global add typescript'), lines: [2], messages: ['`yarn global add` names `typescript`'] },
    { name: 'pnpm add', code: code('RUN pnpm add -g turbo'), lines: [2] },
    { name: 'a known list in a variable', code: FROM + 'ARG TOOLS="typescript eslint@9.12.0"\nRUN npm install -g $TOOLS\n', lines: [3], messages: ['`typescript` (from `$TOOLS`)'] },
    { name: 'inside a heredoc', code: code('RUN <<EOF\nnpm install -g typescript\nEOF'), lines: [3] }
  ]
})
