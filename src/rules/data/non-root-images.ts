// Base images whose publishers set a non-root `USER`, so a Dockerfile built on them runs as non-root
// without a `USER` of its own. Kept to families whose documentation says so: an image left off only
// means a finding that a `USER` line silences.
import type { ImageRef } from '../../dockerfile/model.js'

const REDHAT = new Set(['registry.access.redhat.com', 'registry.redhat.io'])

/** Single repositories, every tag of which runs as the user noted. */
const SINGLE = new Set([
  'docker.io/nginxinc/nginx-unprivileged', // `nginx` (101), listening on 8080
  'docker.io/jenkins/jenkins', // `jenkins` (1000)
  'quay.io/keycloak/keycloak' // 1000
])

export function isNonRootImage(image: ImageRef): boolean {
  const { registry = 'docker.io', repository = '', tag = '' } = image
  // Distroless publishes `:nonroot` and `:debug-nonroot` (also `:latest-nonroot`-style) variants.
  if (registry === 'gcr.io' && repository.startsWith('distroless/')) return /(^|-)nonroot$/.test(tag)
  // Chainguard images run as `nonroot` (65532) except the `-dev` variants and the wolfi-base builder.
  if (registry === 'cgr.dev' && repository.startsWith('chainguard/')) return !/(^|-)dev$/.test(tag) && repository !== 'chainguard/wolfi-base'
  // Red Hat's OpenJDK images (`ubi8/openjdk-17`, `ubi9/openjdk-21-runtime`) and JBoss EAP OpenShift images
  // (`jboss-eap-7/eap74-openjdk11-openshift-rhel8`) run as `jboss` (185).
  if (REDHAT.has(registry) && (/^ubi\d+\/openjdk-\d+(-runtime)?$/.test(repository) || /^jboss-eap-[67]\/eap\d+(-openjdk\d+)?-openshift(-rhel\d+)?$/.test(repository))) return true
  // The same EAP images by their OpenShift image stream name (`FROM jboss-eap64-openshift:1.4`).
  if (/^jboss-eap\d+-openshift$/.test(repository)) return true
  return SINGLE.has(`${registry}/${repository}`)
}
