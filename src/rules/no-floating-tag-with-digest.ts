import { describeUse, isPinnable, isRollingTag } from '../dockerfile/image.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'no-floating-tag-with-digest',
  title: 'A digest-pinned image should carry a version tag, not `latest`',
  severity: 'note',
  defaults:
    'On, as a note: the digest already fixes what is pulled, so this is only about telling readers and update bots which version that is.',
  tags: ['maintainability'],
  precision: 'very-high',
  rationale:
    'When an image has both, Docker pulls the digest and ignores the tag. `node:latest@sha256:…` is pinned, but the tag tells a reviewer nothing about which version that is, so nobody can tell when it reaches end of life or whether an update bot moved it across a major version.',
  fix: 'Replace the rolling tag with the version the digest points to, e.g. `node:22.11-bookworm-slim@sha256:…` instead of `node:lts@sha256:…`.',
  examples: {
    bad: 'FROM alpine:latest@sha256:beefdbd8a1da6d2915566fde36db9db0b524eb737fc57cd1367effd16dc0d06d\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22@sha256:beefdbd8a1da6d2915566fde36db9db0b524eb737fc57cd1367effd16dc0d06d\nUSER 10001\nCMD ["sh"]\n'
  },
  check: ({ images }) => {
    const problems: Problem[] = []
    for (const use of images) {
      const { tag, digest } = use.image
      if (isPinnable(use.image) && digest !== undefined && tag !== undefined && isRollingTag(tag)) {
        problems.push({ at: use.image, message: `${describeUse(use)} is pinned by digest, but its tag \`${tag}\` does not say which version that is: write the version tag instead.` })
      }
    }
    return problems
  }
} satisfies Rule
