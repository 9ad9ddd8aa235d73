// The ShellCheck release the action downloads when a runner has none: one pinned version, and for
// each platform it ships a build for, the release asset and the SHA-256 digest the download must
// have. Pure data, no I/O. A platform without a pinned digest gets no download, never an unchecked one.
//
// Where the digests come from (koalaman/shellcheck publishes no checksum file for v0.10.0, and
// GitHub records no digest for release assets that old):
// - the four .tar.xz assets: Pants' ShellCheck tool, `default_known_versions` (pantsbuild/pants,
//   src/python/pants/backend/shell/lint/shellcheck/subsystem.py; listed at
//   https://www.pantsbuild.org/stable/reference/subsystems/shellcheck with the asset sizes), and the
//   same digests pinned by many unrelated projects' install scripts;
// - the Windows .zip: not in Pants; the same digest pinned by four unrelated public projects'
//   install scripts, which also agree that the zip holds `shellcheck.exe` at its root.
// To move to another version, take every digest from the new release's asset metadata
// (`gh api repos/koalaman/shellcheck/releases/tags/vX.Y.Z --jq '.assets[] | .name, .digest'`), never
// from a download of your own.

/** The ShellCheck version the action downloads. */
export const SHELLCHECK_VERSION = '0.10.0'

/** Where koalaman/shellcheck's release assets are downloaded from: `<base>/v<version>/<asset>`. */
export const RELEASES_URL = 'https://github.com/koalaman/shellcheck/releases/download'

export interface ShellcheckAsset {
  /** The release asset's file name. */
  name: string
  /** SHA-256 of the asset, lower-case hex: a download that does not match is never unpacked. */
  sha256: string
  /** Where the program is inside the unpacked archive. */
  binary: string
}

const tarXz = (platform: string, sha256: string): ShellcheckAsset => ({
  name: `shellcheck-v${SHELLCHECK_VERSION}.${platform}.tar.xz`,
  sha256,
  binary: `shellcheck-v${SHELLCHECK_VERSION}/shellcheck`
})

/** The pinned asset of each runner platform, by Node's `${process.platform}-${process.arch}`. */
export const SHELLCHECK_ASSETS: Readonly<Record<string, ShellcheckAsset>> = {
  'linux-x64': tarXz('linux.x86_64', '6c881ab0698e4e6ea235245f22832860544f17ba386442fe7e9d629f8cbedf87'),
  'linux-arm64': tarXz('linux.aarch64', '324a7e89de8fa2aed0d0c28f3dab59cf84c6d74264022c00c22af665ed1a09bb'),
  'darwin-x64': tarXz('darwin.x86_64', 'ef27684f23279d112d8ad84e0823642e43f838993bbb8c0963db9b58a90464c2'),
  'darwin-arm64': tarXz('darwin.aarch64', 'bbd2f14826328eee7679da7221f2bc3afb011f6a928b848c80c321f6046ddf81'),
  'win32-x64': { name: `shellcheck-v${SHELLCHECK_VERSION}.zip`, sha256: 'eb6cd53a54ea97a56540e9d296ce7e2fa68715aa507ff23574646c1e12b2e143', binary: 'shellcheck.exe' }
}

/** The pinned asset for a platform and architecture (Node's names), if there is one. */
export function shellcheckAsset(platform: string, arch: string): ShellcheckAsset | undefined {
  const key = `${platform}-${arch}`
  return Object.hasOwn(SHELLCHECK_ASSETS, key) ? SHELLCHECK_ASSETS[key] : undefined
}
