import { isValidReference } from '../dockerfile/image.js'
import { Scope } from '../dockerfile/scope.js'
import type { Dockerfile } from '../dockerfile/model.js'
import { PLATFORM_ARGS } from '../dockerfile/scope.js'
import { references } from './data/variables.js'
import type { Problem, Rule } from './types.js'

const AUTOMATIC = new Set<string>(PLATFORM_ARGS)

export default {
  id: 'valid-default-arg-in-from',
  title: 'Global ARG defaults should make a valid `FROM` image name',
  severity: 'warning',
  defaults:
    'A warning: the build fails whenever the ARG is not passed, and tools that read the Dockerfile without build args (BuildKit checks, scanners, Dependabot) cannot tell which image it uses.',
  tags: ['correctness'],
  precision: 'very-high',
  // BuildKit's InvalidDefaultArgInFrom test cases (testInvalidDefaultArgInFrom) are all in the test file.
  // Values that depend on the platform args BuildKit sets (`$TARGETARCH`) are not judged.
  equivalents: { buildkit: ['InvalidDefaultArgInFrom'] },
  rationale:
    'An ARG declared without a default is empty unless `--build-arg` sets it, so `ARG TAG` then `FROM alpine:$TAG` reads as `alpine:`, which is no image name: a plain `docker build .` fails. A default that works keeps the Dockerfile buildable as it is and tells readers and tools which image is meant.',
  fix: 'Give the ARG a default that makes a valid image reference, e.g. `ARG TAG=3.20` for `FROM alpine:$TAG`; `--build-arg TAG=…` still overrides it.',
  examples: {
    bad: 'ARG ALPINE_VERSION\nFROM alpine:${ALPINE_VERSION}\nUSER 10001\nCMD ["sh"]\n',
    good: 'ARG ALPINE_VERSION=3.22\nFROM alpine:${ALPINE_VERSION}\nUSER 10001\nCMD ["sh"]\n'
  },
  check: (dockerfile) => {
    let defaults: Scope | undefined // worked out for the first FROM that refers to a variable (most have none)
    const stageNames = new Set<string>()
    const problems: Problem[] = []
    for (const { from, image, name } of dockerfile.stages) {
      const names = references(image.raw).map((r) => r.name)
      if (names.length) {
        defaults ??= defaultsScope(dockerfile)
        const value = defaults.resolve(image.raw)
        if (value !== undefined && !stageNames.has(value.toLowerCase()) && !isValidReference(value)) {
          const args = [...new Set(names)].map((n) => `\`${n}\``).join(', ')
          problems.push({
            at: from.args[0],
            message: `BuildKit warns: with the defaults of its ARGs (${args}), \`${image.raw}\` is read as \`${value}\`, which is ${value ? 'not a valid image name' : 'empty'}, so the build fails unless \`--build-arg\` sets them. Give the ARG a default that names a real image or tag.`
          })
        }
      }
      if (name) stageNames.add(name)
    }
    return problems
  }
} satisfies Rule

/** The global ARGs with their defaults only, as if no build arg were passed: undeclared names are empty. */
function defaultsScope(dockerfile: Dockerfile): Scope {
  let scope = new Scope(undefined, true)
  for (const arg of dockerfile.globalArgs) {
    for (const p of arg.properties) {
      // Without a default, an ARG is empty, except the platform args, which BuildKit always sets.
      const value = p.value === undefined ? (AUTOMATIC.has(p.name) ? undefined : '') : scope.resolve(p.value)
      scope = scope.with(p.name, value)
    }
  }
  return scope
}
