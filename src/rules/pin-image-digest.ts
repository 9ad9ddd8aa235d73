import { describeUse } from '../dockerfile/image.js'
import type { ImageUse } from '../dockerfile/model.js'
import { registryImage, wantsDigest } from '../registry/reference.js'
import type { Problem, Rule, Settings } from './types.js'

const DIGEST = 'sha256:beefdbd8a1da6d2915566fde36db9db0b524eb737fc57cd1367effd16dc0d06d'

export default {
  id: 'pin-image-digest',
  title: 'Images should be pinned by digest',
  severity: 'note',
  enabledByDefault: false,
  defaults:
    "Off by default: a digest pin stops the base image's security fixes from arriving unless a bot (Dependabot, Renovate) keeps it fresh. Turn it on where one does; the action's `resolve-digests` and the CLI's `--resolve-digests` turn it on (unless the configuration sets its level), since they look up the digests it asks for.",
  tags: ['security', 'supply-chain'],
  securitySeverity: 3.0,
  precision: 'very-high',
  cis: ['4.2'],
  rationale:
    'A tag is a pointer the publisher (or anyone who takes over their account or registry) can move to different content at any time, even `alpine:3.22`. A digest (`@sha256:…`) names exactly one image, so every build gets the bytes you reviewed and a swapped image fails to pull instead of building.',
  fix: "Append the digest of the image you tested and keep the tag for readers: `FROM alpine:3.22@sha256:<digest>` (`docker buildx imagetools inspect alpine:3.22` prints it). With the action's `resolve-digests: true` or the CLI's `--resolve-digests`, dockerfile-guard looks up the digest each tag has now at its registry and suggests the exact pin (the multi-platform index's digest), which `--fix` writes. Let Dependabot or Renovate update the digest, or the image stops receiving security fixes.",
  examples: {
    bad: 'FROM alpine:3.22\nRUN adduser -D -u 10001 app\nUSER 10001\nCMD ["sh"]\n',
    good: `FROM alpine:3.22@${DIGEST}\nRUN adduser -D -u 10001 app\nUSER 10001\nCMD ["sh"]\n`,
    // What `resolve-digests` looks up (not configuration: no YAML is shown for it).
    settings: { digests: new Map([['docker.io/library/alpine:3.22', DIGEST]]) }
  },
  fixable: true,
  check: ({ images }, settings) => {
    const problems: Problem[] = []
    for (const use of images) {
      if (wantsDigest(use)) problems.push(problemOf(use, settings))
    }
    return problems
  }
} satisfies Rule

/**
 * The finding for an image without a digest: with the digest its tag has now when the adapters looked
 * it up, and then a fix where the reference is written out (behind an ARG, the pin goes where the ARG
 * is set, and a `--build-arg` that changes the tag would need another digest).
 */
function problemOf(use: ImageUse, { digests }: Settings): Problem {
  const { image } = use
  const key = digests && registryImage(image)?.key
  const digest = key === undefined ? undefined : digests?.get(key)
  if (digest === undefined) return { at: image, message: `${describeUse(use)} is not pinned by digest: append \`@sha256:…\` of the image you tested.` }
  if (image.raw !== image.resolved) {
    return { at: image, message: `${describeUse(use)} is not pinned by digest: \`${image.resolved}\` is \`${digest}\` now; pin that digest where the reference is set.` }
  }
  return {
    at: image,
    message: `${describeUse(use)} is not pinned by digest: pin the digest its tag has now, \`${image.raw}@${digest}\`.`,
    fix: { at: { start: image.end, end: image.end }, text: `@${digest}` }
  }
}
