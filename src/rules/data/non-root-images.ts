// Base images whose publishers set a non-root `USER`, so a Dockerfile built on them runs as non-root
// without a `USER` of its own. Kept to families whose documentation says so: an image left off only
// means a finding that a `USER` line silences.
import type { ImageRef } from '../../dockerfile/model.js'

export function isNonRootImage(image: ImageRef): boolean {
  const { registry = 'docker.io', repository = '', tag = '' } = image
  // Distroless publishes `:nonroot` and `:debug-nonroot` (also `:latest-nonroot`-style) variants.
  if (registry === 'gcr.io' && repository.startsWith('distroless/')) return /(^|-)nonroot$/.test(tag)
  // Chainguard images run as `nonroot` (65532) except the `-dev` variants and the wolfi-base builder.
  if (registry === 'cgr.dev' && repository.startsWith('chainguard/')) return !/(^|-)dev$/.test(tag) && repository !== 'chainguard/wolfi-base'
  // NGINX's unprivileged images run as `nginx` (101) on port 8080.
  return registry === 'docker.io' && repository === 'nginxinc/nginx-unprivileged'
}
