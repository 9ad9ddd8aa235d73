import type { Problem, Rule } from './types.js'

export default {
  id: 'no-constant-platform',
  title: '`FROM --platform` should not name a fixed platform',
  severity: 'note',
  defaults:
    'A note: a fixed platform is sometimes deliberate (a base image published for one architecture only), but it is worth a second look because it quietly makes the image single-platform.',
  tags: ['portability'],
  precision: 'high',
  // hadolint's DL3029 spec cases and BuildKit's FromPlatformFlagConstDisallowed test cases are all in
  // the test file, and so are KICS's b16e8501 samples (they agree; its query differs, see `differences`).
  equivalents: { hadolint: ['DL3029'], buildkit: ['FromPlatformFlagConstDisallowed'] },
  related: { kics: ['b16e8501'] },
  differences:
    "Like BuildKit's check, and beyond hadolint's cases, a platform given by any build arg passes (`$MY_PLATFORM`, `$BUILDOS/$BUILDARCH`: the builder chooses it), and so does a stage whose name says which platform it is for (`AS build_amd64`). BuildKit parses the platform first, so it passes a value it cannot parse (`--platform=foobar`) and compares the stage name with normalized names (`x86_64` is `amd64`), while this rule reports any fixed value and also takes a variant in the name (`AS build_v7`) as naming the platform.\n\nKICS's b16e8501 reports every `FROM --platform`, whatever its value, so it also reports `--platform=$BUILDPLATFORM`, the way this rule recommends to run a cross-compiling stage on the builder's platform.",
  rationale:
    '`FROM --platform=linux/amd64` builds that stage for one platform whatever the build asks for. On an ARM machine it runs under slow emulation, and a multi-platform build (`docker buildx build --platform linux/amd64,linux/arm64`) silently produces an amd64 image for every platform, which then fails to start or runs emulated.',
  fix: 'Remove the flag and choose the platform when building (`docker build --platform linux/amd64 .`). A stage that cross-compiles should run on the builder\'s platform: `FROM --platform=$BUILDPLATFORM golang:1.26 AS build`. If a stage really is for one platform, say so in its name (`AS build_amd64`).',
  examples: {
    bad: 'FROM --platform=linux/amd64 alpine:3.22\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22\nUSER 10001\nCMD ["sh"]\n'
  },
  check: ({ stages }) => {
    const problems: Problem[] = []
    for (const { from, name } of stages) {
      const platform = from.flags.find((f) => f.name === 'platform')
      const value = platform?.value?.replace(/^(["'])(.*)\1$/, '$2')
      // A `$` is a build arg (`$BUILDPLATFORM`, `$TARGETARCH`, one of the file's own): chosen at build time.
      if (!platform || !value || value.includes('$') || namesPlatform(name, value)) continue
      problems.push({
        at: platform,
        message: `\`--platform=${platform.value}\` builds this stage for \`${value}\` whatever platform the build is for: remove it and choose the platform with \`docker build --platform\`, or use \`$BUILDPLATFORM\` for a stage that cross-compiles.`
      })
    }
    return problems
  }
} satisfies Rule

/** `AS build_amd64` for `linux/amd64`: the stage is meant for that platform (BuildKit's exception). */
function namesPlatform(stage: string | undefined, platform: string): boolean {
  return stage !== undefined && platform.toLowerCase().split('/').some((part) => part !== '' && stage.includes(part))
}
