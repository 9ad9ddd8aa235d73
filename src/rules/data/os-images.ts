// Bootable OS images (bootc, rpm-ostree): an image built on them is installed as a machine's operating
// system and booted, not run as a container, so "which user the container runs as" does not apply.
// Kept to the projects that publish them as such.
import type { ImageRef } from '../../dockerfile/model.js'
import { table } from '../../lookup.js'

const REPOSITORIES = table<RegExp>({
  'quay.io': /^(fedora\/fedora-(bootc|coreos|silverblue|kinoite|sericea|onyx)|centos-bootc\/centos-bootc|fedora-ostree-desktops\/[^/]+)$/,
  'registry.redhat.io': /^rhel\d+\/rhel-bootc$/,
  // Universal Blue's images (Bluefin, Aurora, Bazzite, …) are all bootable desktops and servers.
  'ghcr.io': /^ublue-os\/[^/]+$/
})

export function isBootableOsImage(image: ImageRef): boolean {
  const pattern = image.registry ? REPOSITORIES[image.registry.toLowerCase()] : undefined
  return pattern !== undefined && pattern.test(image.repository ?? '')
}
