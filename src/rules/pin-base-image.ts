import { describeUse, isPinnable, isRollingTag, isValidReference, mayBeBuildContext } from '../dockerfile/image.js'
import type { ImageUse } from '../dockerfile/model.js'
import type { Problem, Rule } from './types.js'

export default {
  id: 'pin-base-image',
  title: 'Images should be pinned to a version tag, not `latest` or no tag',
  severity: 'warning',
  defaults:
    'On, as a warning: an image without a version tag changes whenever its publisher pushes, so a rebuild can bring a new major version without anyone deciding to. An image pinned by digest passes.',
  tags: ['security', 'supply-chain'],
  securitySeverity: 5.0,
  precision: 'very-high',
  // hadolint's DL3006 (no tag) and DL3007 (`latest`) spec cases are all in the test file, and so are the
  // cases of Trivy's DS001 (three differ), Checkov's CKV_DOCKER_7 (the success cases the index holds) and
  // KICS's 9efb0b2d and f45ea400, which all agree; see `differences` for what their code does otherwise.
  equivalents: { hadolint: ['DL3006', 'DL3007'], kics: ['f45ea400'] },
  related: { trivy: ['DS001'], checkov: ['CKV_DOCKER_7'], kics: ['9efb0b2d'] },
  differences:
    "Beyond hadolint's cases, the other rolling tags (`lts`, `stable`, `edge`, `nightly`, …) are reported like `latest`, and so are the images that `COPY --from=` and `RUN --mount=from=` use, which hadolint does not look at. An image pinned by digest passes whatever its tag (no-floating-tag-with-digest looks at that), and a bare `--from=name`, which may be a build context, is not judged. Where a variable is not known, the tag is judged when it is written after it (`${REGISTRY}/ubuntu` has none, `${IMAGE}:latest` is `latest`).\n\nTrivy's DS001, Checkov's CKV_DOCKER_7 and KICS's 9efb0b2d report an upper-case placeholder that a script replaces (`FROM BASEIMAGE`), which Docker rejects as an image name; this rule passes it. Trivy also reports a tag from a build arg with no default (`ARG TAG` then `FROM alpine$TAG`), which `--build-arg` may set, and takes the ARGs of a stage as if they applied to its own `FROM` (`ARG TAG=latest` after `FROM foo:${TAG}`), where Docker uses only the ARGs before the first `FROM`. None of the three, nor KICS's f45ea400, looks at `COPY --from` and `RUN --mount=from` images or at rolling tags other than `latest`.",
  cis: ['4.2'],
  rationale:
    'An image with no tag means `:latest`, and `latest` (like `lts`, `stable` or `edge`) moves to a new release whenever the publisher pushes one. The same Dockerfile then builds a different image from one day to the next: a new major version can break the build or the app, and nobody can tell which base a running image was built on when a vulnerability is announced.',
  fix: 'Name a version tag that says what you tested, e.g. `FROM node:22.11-bookworm-slim` or `FROM alpine:3.22`. For fully reproducible builds also add the digest (`alpine:3.22@sha256:…`) and let a bot such as Dependabot or Renovate keep it fresh.',
  examples: {
    bad: 'FROM alpine:latest\nRUN adduser -D -u 10001 app\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22\nRUN adduser -D -u 10001 app\nUSER 10001\nCMD ["sh"]\n'
  },
  check: ({ images }) => {
    const problems: Problem[] = []
    for (const use of images) {
      const tag = tagOf(use)
      if (tag === '') {
        problems.push({ at: use.image, message: `${describeUse(use)} has no tag, so it means \`:latest\`: pin a version tag.` })
      } else if (tag !== undefined && isRollingTag(tag)) {
        const latest = tag.toLowerCase() === 'latest'
        problems.push({ at: use.image, message: `${describeUse(use)} uses ${latest ? 'the `latest` tag' : `the rolling tag \`${tag}\``}, which moves to each new release: pin a version tag.` })
      }
    }
    return problems
  }
} satisfies Rule

/**
 * The tag an image is pulled with, '' for none; undefined where it is not judged: a stage, `scratch`, a
 * digest, a placeholder, a possible build context, or variables that decide the tag.
 */
function tagOf(use: ImageUse): string | undefined {
  const { image } = use
  if (image.resolved === undefined) return writtenTag(image.raw)
  if (!isPinnable(image) || image.digest !== undefined || image.tag === '' || mayBeBuildContext(use)) return undefined
  return image.tag ?? ''
}

/** A tag written after the variables (`${IMAGE}:latest`). */
const TAG_AFTER_VARIABLES = /:(\w[\w.-]*)$/

/**
 * The tag of a reference with unknown variables, where they cannot change it: the tag when it is
 * written out after them (`${REGISTRY}/node:lts`), '' when the name after the last `/` is written out
 * with no tag (`${REGISTRY}/ubuntu`); undefined when a variable may hold it.
 */
function writtenTag(raw: string): string | undefined {
  if (raw.includes('@')) return undefined
  const tag = TAG_AFTER_VARIABLES.exec(raw)?.[1]
  if (tag !== undefined) return tag
  const name = raw.slice(raw.lastIndexOf('/') + 1)
  return name !== raw && isValidReference(name) ? '' : undefined
}
