import { finalStages } from '../dockerfile/helpers.js'
import { describeUse } from '../dockerfile/image.js'
import type { Instruction } from '../dockerfile/model.js'
import { installs, isVerb, packageCommand } from '../shell/package-managers.js'
import { parseExec, parseShell } from '../shell/parse.js'
import { SHELLS, subcommand } from '../shell/helpers.js'
import type { Command } from '../shell/types.js'
import { baseImageReleases, hasEnded } from './data/eol-products.js'
import { smallerImages, type Alternative, type Sdk, type Smaller } from './data/smaller-images.js'
import { buildStep, JS_PACKAGE_MANAGERS, toolchains } from './data/toolchains.js'
import type { Rule } from './types.js'

export default {
  id: 'prefer-smaller-base-image',
  title: 'Final images should start from a slim or runtime variant, not a full-size base image',
  severity: 'note',
  enabledByDefault: false,
  defaults:
    "Off by default, a note under the `strict` preset: the full-size image works, and a smaller one can need changes (a package the full image had, a glibc binary on Alpine), so it is a suggestion to try rather than a defect. It looks only at the image the file builds (the final stage and the stages it is built FROM, unless the last stage is named as a `dev`, `test` or `build` target), and stays quiet where that image compiles code (the full image's compilers are then in use: multi-stage-build is about that case), runs a release whose support has ended (no-eol-base-image comes first), or is an SDK or OS image that starts no program of its own (a base for other images, a dev container, a CI environment).",
  tags: ['image-size'],
  precision: 'high',
  // No other linter suggests a smaller variant of the base image.
  rationale:
    "The full-size tags of official images (`python:3.12`, `node:22`) are built on buildpack-deps: compilers, headers and hundreds of libraries, about 1 GB, that a running app rarely needs. Every one of those packages is pulled on each deploy and shows up in vulnerability scans, to be patched or explained. The same release is published as a slim or Alpine variant, and an SDK image (`golang`, `dotnet/sdk`, a JDK) has a runtime image that runs what it builds.",
  fix:
    "Change the `FROM` of the final image to the tag the finding names, e.g. `python:3.12-slim` instead of `python:3.12`, `eclipse-temurin:21-jre` instead of `eclipse-temurin:21`, or copy a Go binary onto `gcr.io/distroless/static-debian12`, then rebuild and run the tests. If a dependency compiles native code during the install, do that in a build stage on the full image and copy the result. Prefer slim to Alpine: Alpine's musl libc does not run glibc binaries, and packages built for glibc (Python wheels, Node.js addons) must be compiled there.",
  examples: {
    bad: 'FROM python:3.13\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY app.py .\nUSER 10001\nCMD ["python", "app.py"]\n',
    good: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY app.py .\nUSER 10001\nCMD ["python", "app.py"]\n'
  },
  check: (dockerfile, { today }) => {
    const chain = finalStages(dockerfile)
    const base = chain[chain.length - 1]
    if (!base || base.windows || NOT_SHIPPED.test(dockerfile.finalStage?.name ?? '')) return []
    const smaller = smallerImages(base.image)
    if (!smaller) return [] // most images: a stage, scratch, a vendor's, a slim or Alpine tag already
    const from = base.from
    const use = dockerfile.images.find((u) => u.instruction === from)!
    // An end-of-life release is no-eol-base-image's warning (the deprecated `openjdk` aside: that is what is suggested away from).
    if (today && baseImageReleases(dockerfile).some((entry) => entry.use === use && entry.found.some((f) => !f.deprecated && hasEnded(f.release, today)))) return []
    // ONBUILD triggers count: they run in the images built on this one, which start from its base.
    const instructions = chain.flatMap((stage) => stage.instructions)
    const starts = instructions.filter((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT')
    // An OS or SDK image that starts nothing of its own gets no advice (see sdkAdvice): its commands need no reading.
    if ((smaller.os || smaller.sdk) && !starts.length) return []
    const runs = instructions.flatMap((i) => (i.keyword === 'RUN' ? (i.shell?.commands ?? []) : []))
    if (runs.some(compiles)) return []
    const advice = smaller.sdk ? sdkAdvice(smaller, smaller.sdk, instructions, starts, runs) : variantAdvice(smaller, runs)
    return advice ? [{ at: use.image, message: `${describeUse(use)} is ${smaller.is}${advice}` }] : []
  }
} satisfies Rule

/** Names that say the last stage is not the image that ships (`dev`, `test`, `builder`): such a stage is built with `--target` for its tools. */
const NOT_SHIPPED = /(?:^|[-_.])(?:build|builder|dev|devel|develop|development|test|tests|testing|ci|debug)(?:[-_.]|$)/i

const MUSL = "Alpine's musl libc does not run glibc binaries, and native extensions prebuilt for glibc must be compiled there"

/**
 * For an SDK image that nothing here uses (no command, nor the CMD or ENTRYPOINT the image starts with,
 * runs the SDK's programs): the runtime image to run the build on, where one is clearly right (a Go
 * binary goes on distroless only where no shell is needed). Where the image runs the SDK, its own
 * smaller variants; none for an image that starts nothing of its own.
 */
function sdkAdvice(smaller: Smaller, sdk: Sdk, instructions: readonly Instruction[], starts: readonly Instruction[], runs: readonly Command[]): string | undefined {
  // Without a CMD or ENTRYPOINT of its own the image runs the SDK's (`jshell`, `bash`): a development or CI image.
  if (!starts.length) return undefined
  const started = starts.flatMap(startedCommands)
  if (runs.some(sdk.uses) || started.some(sdk.uses)) return variantAdvice(smaller, runs)
  const shellless = isShellless(instructions, starts, started) ? sdk.shellless : undefined
  const unused = `, and nothing in this image uses ${sdk.label}: try `
  if (sdk.runtime) return `${unused}${offer(sdk.runtime)}${shellless ? `. With no RUN or shell here, ${offer(shellless)}, is smaller still` : ''}.`
  return shellless && `${unused}${offer(shellless)}.`
}

/** The same release's slim variant, else its Alpine one unless the image installs with apt (whose commands would all change). */
function variantAdvice({ slim, alpine }: Smaller, runs: readonly Command[]): string | undefined {
  const apk = alpine && !runs.some((command) => command.program === 'dpkg' || packageCommand(command)?.manager.index === 'apt') ? alpine : undefined
  if (slim) return `: try ${offer(slim)}.${apk ? ` ${offer(apk)}, is smaller still, but ${MUSL}.` : ''}`
  if (apk) return `: try ${offer(apk)}, a fraction of the size, but ${MUSL}.`
  return undefined
}

/** `` `python:3.13-slim`, the same Python on Debian's slim image… `` */
function offer({ ref, is }: Alternative): string {
  return `\`${ref}\`, ${is}`
}

/**
 * Compiling in the image uses the full image's compilers and headers: a build (`make`, `go build`; a
 * JavaScript bundler's `npm run build` compiles nothing native), installing `build-essential` or `-dev`
 * headers, and the installs that build native extensions as a rule: Ruby's gems (`pg`, `puma`), Perl's
 * CPAN modules, and the Python packages published only as source.
 */
function compiles(command: Command): boolean {
  if (command.program === 'bundle') return (subcommand(command) ?? 'install') === 'install'
  if (command.program === 'cpanm' || command.program === 'cpan') return true
  if (!JS_PACKAGE_MANAGERS.has(command.program) && buildStep(command) !== undefined) return true
  const pc = packageCommand(command)
  if (!pc || !isVerb(pc, 'install')) return false
  if (toolchains(installs(pc)).length) return true
  if (pc.manager.index === 'gem') return pc.operands.some((word) => !PURE_GEMS.has(word.value))
  return pc.manager.index === 'pip' && pc.operands.some((word) => SOURCE_ONLY_PYTHON.has(word.value.toLowerCase().replace(/_/g, '-').split(PIP_SPECIFIER)[0]))
}

const PURE_GEMS = new Set(['bundler', 'rake'])
/** Python packages with no wheel on PyPI, whose install compiles against headers the full image has (`psycopg2-binary` is the wheel). */
const SOURCE_ONLY_PYTHON = new Set(['psycopg2', 'mysqlclient', 'uwsgi', 'python-ldap', 'mod-wsgi'])
/** Where a pip requirement's name ends: `psycopg2==2.9.10`, `uwsgi>=2`, `psycopg2[pool]`, `mysqlclient; python_version > "3"`. */
const PIP_SPECIFIER = /[=<>~!;[ ]/

/** The commands a CMD or ENTRYPOINT runs, nested ones (`sh -c "…"`) included. */
function startedCommands(instruction: Instruction): Command[] {
  const { jsonArgs } = instruction
  const script = jsonArgs ? parseExec(jsonArgs.map((arg) => ({ ...arg, raw: arg.value, literal: true }))) : parseShell(instruction.text)
  return script.commands
}

/** True when the image needs no shell: no RUN, no HEALTHCHECK command, and CMD and ENTRYPOINT in exec form running no shell. */
function isShellless(instructions: readonly Instruction[], starts: readonly Instruction[], started: readonly Command[]): boolean {
  if (instructions.some((i) => i.keyword === 'RUN' || (i.keyword === 'HEALTHCHECK' && i.args[0]?.value.toUpperCase() !== 'NONE'))) return false
  return starts.every((i) => i.jsonArgs) && !started.some((command) => SHELLS.has(command.program))
}
