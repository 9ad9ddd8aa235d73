import { labels } from './data/labels.js'
import type { Problem, Rule } from './types.js'

/** Namespaces Docker keeps for its own labels. */
const RESERVED = ['com.docker.', 'io.docker.', 'org.dockerproject.']

export default {
  id: 'label-key-format',
  title: 'Label keys should be lower-case reverse-DNS names such as `org.opencontainers.image.source`',
  severity: 'note',
  enabledByDefault: false,
  defaults: 'Off by default: a key in another format still works everywhere, so this is a style convention for teams that want consistent keys.',
  tags: ['metadata', 'style'],
  precision: 'very-high',
  // hadolint's DL3048 spec cases are all in the test file, each also as an ONBUILD trigger.
  equivalents: { hadolint: ['DL3048'] },
  differences:
    'Keys are read as Docker reads them: quotes removed and known ARG and ENV values expanded. A key that depends on a variable whose value is not known here is reported for that reason, since tools cannot know which key to look for. Each message says which convention the key breaks.',
  rationale:
    "Docker's convention for label keys is lower-case letters, digits, `.` and `-`, starting with a letter, ending with a letter or digit, namespaced by a reversed domain you own (`com.example.team`). Tools that read labels (registries, scanners, `docker inspect` filters) match keys exactly, so `Version`, `version` and `VERSION` are three different labels, and the `com.docker.*`, `io.docker.*` and `org.dockerproject.*` namespaces are reserved for Docker itself.",
  fix: 'Rename the key to the convention: lower case, words separated by `.` or `-`, e.g. `org.opencontainers.image.version` for the [standard OCI keys](https://github.com/opencontainers/image-spec/blob/main/annotations.md) or `com.example.team` under a domain you own. Update whatever reads the old key.',
  examples: {
    bad: 'FROM alpine:3.22\nLABEL Maintainer="Jane Doe <jane@example.com>"\nUSER 10001\nCMD ["sh"]\n',
    good: 'FROM alpine:3.22\nLABEL maintainer="Jane Doe <jane@example.com>"\nUSER 10001\nCMD ["sh"]\n'
  },
  check: (dockerfile) => {
    const problems: Problem[] = []
    for (const { name, written, property } of labels(dockerfile)) {
      // A key that depends on a value unknown here (an ARG passed at build time, an ENV of the base image).
      const problem = name === undefined ? UNKNOWN : keyProblem(name)
      if (problem) problems.push({ at: property.nameSpan, message: `Label key \`${name ?? written}\` ${problem}.` })
    }
    return problems
  }
} satisfies Rule

const UNKNOWN = 'depends on a variable whose value is not known here, so tools cannot know which key to look for: write the key out'

/** What is wrong with a label key, or undefined when it follows the convention. */
function keyProblem(key: string): string | undefined {
  const reserved = RESERVED.find((prefix) => key.startsWith(prefix))
  if (reserved) return `is in the \`${reserved}*\` namespace, which Docker reserves for itself: use a namespace of your own, such as \`com.example.\``
  const invalid = [...new Set(key.replace(/[a-z0-9.-]/g, ''))]
  if (/[A-Z]/.test(key) && /^[A-Za-z0-9.-]+$/.test(key)) return `has upper-case letters: write it in lower case (\`${key.toLowerCase()}\`)`
  if (invalid.length) return `has ${invalid.map((c) => `\`${c}\``).join(' ')}: use only lower-case letters, digits, \`.\` and \`-\``
  if (!/^[a-z]/.test(key)) return 'should start with a lower-case letter'
  if (!/[a-z0-9]$/.test(key)) return 'should end with a lower-case letter or a digit'
  if (/\.\.|--/.test(key)) return `has \`${/\.\./.test(key) ? '..' : '--'}\`: separate its words with a single \`.\` or \`-\``
  return undefined
}
