import { describeUse, isPinnable, mayBeBuildContext } from '../dockerfile/image.js'
import type { Rule } from './types.js'

export default {
  id: 'pin-image-digest',
  title: 'Images should be pinned by digest',
  severity: 'note',
  enabledByDefault: false,
  defaults:
    "Off by default: a digest pin stops the base image's security fixes from arriving unless a bot (Dependabot, Renovate) keeps it fresh. Turn it on where one does.",
  tags: ['security', 'supply-chain'],
  securitySeverity: 3.0,
  precision: 'very-high',
  cis: ['4.2'],
  rationale:
    'A tag is a pointer the publisher (or anyone who takes over their account or registry) can move to different content at any time, even `alpine:3.20`. A digest (`@sha256:…`) names exactly one image, so every build gets the bytes you reviewed and a swapped image fails to pull instead of building.',
  fix: 'Append the digest of the image you tested and keep the tag for readers: `FROM alpine:3.20@sha256:<digest>` (`docker buildx imagetools inspect alpine:3.20` prints it). Let Dependabot or Renovate update the digest, or the image stops receiving security fixes.',
  examples: {
    bad: 'FROM alpine:3.20\nRUN adduser -D -u 10001 app\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.20@sha256:beefdbd8a1da6d2915566fde36db9db0b524eb737fc57cd1367effd16dc0d06d\nRUN adduser -D -u 10001 app\nUSER 10001\nCMD ["sh"]\n'
  },
  check: function* ({ images }) {
    for (const use of images) {
      if (isPinnable(use.image) && use.image.digest === undefined && !mayBeBuildContext(use)) {
        yield { at: use.image, message: `${describeUse(use)} is not pinned by digest: append \`@sha256:…\` of the image you tested.` }
      }
    }
  }
} satisfies Rule
