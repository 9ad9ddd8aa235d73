import rule from '../../src/rules/yarn-cache-clean.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM node:22-bookworm-slim\n'
/** hadolint's onBuildRuleCatches: every RUN as an ONBUILD trigger. */
const onbuild = (code: string) => code.replace(/^RUN /gm, 'ONBUILD RUN ')

// hadolint test/Hadolint/Rule/DL3060Spec.hs
const LAST_STAGE = 'FROM node:lts-alpine as foo\nRUN hey!\nFROM scratch\nRUN yarn install\n'
const INHERITED = 'FROM node:lts-alpine as foo\nRUN yarn install\nFROM foo\nRUN hey!\n'
const INHERITED_CLEAN = 'FROM node:lts-alpine as foo\nRUN yarn install && yarn cache clean\nFROM foo\nRUN hey!\n'
const NOT_REUSED = 'FROM node:lts-alpine as foo\nRUN yarn install foo\nFROM scratch\nRUN hey!\n'

testRule(rule, {
  valid: [
    { name: 'DL3060: ok with non-yarn commands', code: 'RUN foo\n' },
    { name: 'DL3060: ok with non-yarn commands (onbuild)', code: 'ONBUILD RUN foo\n' },
    { name: 'DL3060: ok with cache clean', code: 'RUN yarn install bar && yarn cache clean\n' },
    { name: 'DL3060: ok with cache clean (onbuild)', code: 'ONBUILD RUN yarn install bar && yarn cache clean\n' },
    { name: 'DL3060: ok when inheriting from stage with yarn cache clear', code: INHERITED_CLEAN },
    { name: 'DL3060: ok when inheriting from stage with yarn cache clear (onbuild)', code: onbuild(INHERITED_CLEAN) },
    { name: 'DL3060: ok when omitting yarn cache clean in stage that is not reused later', code: NOT_REUSED },
    // beyond hadolint
    { name: 'rm of $(yarn cache dir)', code: FROM + 'RUN yarn install --frozen-lockfile && rm -rf "$(yarn cache dir)"\n' },
    { name: 'rm of the root cache', code: FROM + 'RUN yarn install --frozen-lockfile && rm -rf /usr/local/share/.cache/yarn\n' },
    { name: 'rm of a user\'s cache', code: FROM + 'RUN yarn install --frozen-lockfile && rm -rf $HOME/.cache/yarn\n' },
    { name: 'a cache mount', code: FROM + 'RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile\n' },
    { name: 'a cache mount at --cache-folder', code: FROM + 'RUN --mount=type=cache,target=/yarn-cache yarn install --frozen-lockfile --cache-folder /yarn-cache\n' },
    { name: 'a cache mount at YARN_CACHE_FOLDER', code: FROM + 'ENV YARN_CACHE_FOLDER=/yarn-cache\nRUN --mount=type=cache,target=/yarn-cache yarn install --frozen-lockfile\n' },
    { name: 'yarn --version and yarn build', code: FROM + 'RUN yarn --version && yarn build && yarn run test\n' },
    { name: 'Yarn 2+ only options (the cache may be what Plug\'n\'Play loads)', code: FROM + 'RUN yarn install --immutable\n' },
    { name: 'a build stage the final image only copies from', code: FROM.replace('\n', ' AS build\n') + 'RUN yarn install --frozen-lockfile && yarn build\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html\n' },
    { name: 'npm is another matter', code: FROM + 'RUN npm ci\n' }
  ],
  invalid: [
    { name: 'DL3060: not ok with no cache clean', code: 'RUN yarn install foo\n', lines: [1], messages: ['`yarn install` keeps every package'] },
    { name: 'DL3060: not ok with no cache clean (onbuild)', code: 'ONBUILD RUN yarn install foo\n', lines: [1] },
    { name: 'DL3060: not ok when yarn install is in last stage w/o yarn clean', code: LAST_STAGE, lines: [4] },
    { name: 'DL3060: not ok when yarn install is in last stage w/o yarn clean (onbuild)', code: onbuild(LAST_STAGE), lines: [4] },
    { name: 'DL3060: not ok when inheriting from stage with yarn install w/o yarn clean', code: INHERITED, lines: [2] },
    { name: 'DL3060: not ok when inheriting from stage with yarn install w/o yarn clean (onbuild)', code: onbuild(INHERITED), lines: [2] },
    { name: 'DL3060: ok when omitting yarn cache clean in stage that is not reused later (onbuild)', code: onbuild(NOT_REUSED), lines: [2] },
    // beyond hadolint
    { name: 'yarn add', code: FROM + 'RUN yarn add express@4.21.2\n', lines: [2], messages: ['`yarn add`'] },
    { name: 'yarn global add', code: FROM + 'RUN yarn global add pm2@5.4.2\n', lines: [2], messages: ['`yarn global add`'] },
    { name: 'a bare yarn installs', code: FROM + 'RUN yarn --frozen-lockfile --production\n', lines: [2], messages: ['`yarn`'] },
    { name: 'clean before the install', code: FROM + 'RUN yarn cache clean && yarn install --frozen-lockfile\n', lines: [2] },
    { name: 'clean in a later RUN', code: FROM + 'RUN yarn install --frozen-lockfile\nRUN yarn cache clean\n', lines: [2] },
    { name: 'reported once per RUN', code: FROM + 'RUN yarn install --frozen-lockfile && \\\n    yarn add left-pad@1.3.0\n', lines: [3] },
    { name: 'a cache mount at the default place while --cache-folder moves it', code: FROM + 'RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --cache-folder /tmp/yc\n', lines: [2] },
    { name: 'heredoc', code: FROM + 'RUN <<EOF\nyarn install --frozen-lockfile\nEOF\n', lines: [3] }
  ]
})
