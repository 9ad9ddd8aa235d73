import { describeUse, isPinnable, isRollingTag, mayBeBuildContext } from '../dockerfile/image.js'
import type { Rule } from './types.js'

export default {
  id: 'pin-base-image',
  title: 'Images should be pinned to a version tag, not `latest` or no tag',
  severity: 'warning',
  defaults:
    'On, as a warning: an image without a version tag changes whenever its publisher pushes, so a rebuild can bring a new major version without anyone deciding to. An image pinned by digest passes.',
  tags: ['security', 'supply-chain'],
  securitySeverity: 5.0,
  precision: 'very-high',
  // hadolint's DL3006 (no tag) and DL3007 (`latest`) spec cases are all in the test file.
  equivalents: { hadolint: ['DL3006', 'DL3007'] },
  related: { trivy: ['DS001'], checkov: ['CKV_DOCKER_7'], kics: ['9efb0b2d', 'f45ea400'] },
  differences:
    "Beyond hadolint's cases, the other rolling tags (`lts`, `stable`, `edge`, `nightly`, …) are reported like `latest`, and so are the images that `COPY --from=` and `RUN --mount=from=` use, which hadolint does not look at. An image pinned by digest passes whatever its tag (no-floating-tag-with-digest looks at that), and a bare `--from=name`, which may be a build context, is not judged.",
  cis: ['4.2'],
  rationale:
    'An image with no tag means `:latest`, and `latest` (like `lts`, `stable` or `edge`) moves to a new release whenever the publisher pushes one. The same Dockerfile then builds a different image from one day to the next: a new major version can break the build or the app, and nobody can tell which base a running image was built on when a vulnerability is announced.',
  fix: 'Name a version tag that says what you tested, e.g. `FROM node:22.11-bookworm-slim` or `FROM alpine:3.20`. For fully reproducible builds also add the digest (`alpine:3.20@sha256:…`) and let a bot such as Dependabot or Renovate keep it fresh.',
  examples: {
    bad: 'FROM alpine:latest\nRUN adduser -D -u 10001 app\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.20\nRUN adduser -D -u 10001 app\nUSER 10001\nCMD ["sh"]\n'
  },
  check: function* ({ images }) {
    for (const use of images) {
      const { image } = use
      if (!isPinnable(image) || image.digest !== undefined || image.tag === '' || mayBeBuildContext(use)) continue
      if (image.tag === undefined) {
        yield { at: image, message: `${describeUse(use)} has no tag, so it means \`:latest\`: pin a version tag.` }
      } else if (isRollingTag(image.tag)) {
        const latest = image.tag.toLowerCase() === 'latest'
        yield { at: image, message: `${describeUse(use)} uses ${latest ? 'the `latest` tag' : `the rolling tag \`${image.tag}\``}, which moves to each new release: pin a version tag.` }
      }
    }
  }
} satisfies Rule
