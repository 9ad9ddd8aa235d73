// What each word of the configuration file means, for the people who write one: every key of
// `.dockerfile-guard.yml` (and of hadolint's format, which the same file may be written in), every
// preset, level and label type. The JSON Schema editors complete and check the file with
// (./schema.ts) reads its descriptions from here, and fails to build when ./parse.ts accepts a key
// this file does not describe. Markdown; no trailing period on one-line descriptions.
import type { LabelType, Level } from '../rules/types.js'
import type { Preset } from './parse.js'

/** The top-level keys of `.dockerfile-guard.yml` (parse.ts's OWN_KEYS), by name. */
export const OWN_KEY_DESCRIPTIONS: Readonly<Record<string, string>> = {
  extends: 'The preset: which rules run, and at what level, where `rules` does not say. Default: `recommended`',
  rules: 'The level of single rules, by rule id: `off`, `note`, `warning` or `error`. A level set here wins over the preset',
  'ignore-paths': 'Globs of Dockerfiles not to lint, relative to the repository root, e.g. `test/fixtures/**`',
  'trusted-registries':
    'The registries base images may come from, which turns on `trusted-base-registry`: a registry host (`docker.io`, `registry.example.com:5000`), `*.example.com`, `prefix*`, `*`, or a host with a path (`ghcr.io/acme`) to allow only that part of it. Unqualified images (`node:22`) are `docker.io`',
  'label-schema':
    "Labels every image must carry, with the type of their value, as in hadolint's `label-schema`: turns on `required-labels`, `no-empty-label` and the rule of each type (`label-url`, `label-semver`, …)",
  'strict-labels': '`true`: no label outside `label-schema` may be set (`no-unlisted-labels`), as in hadolint',
  shellcheck:
    '`false`: do not run ShellCheck on the shell code of `RUN` instructions. Default: `true`, when a `shellcheck` program is found. Its findings are rules of their own, by code (`rules: { SC2086: off }`)'
}

/** The keys of hadolint's format (parse.ts's HADOLINT_KEYS) that `.dockerfile-guard.yml` has no key of the same name for. */
export const HADOLINT_KEY_DESCRIPTIONS: Readonly<Record<string, string>> = {
  ignored:
    'hadolint codes whose rules do not run (as `rules: { rule-id: off }`): each code stands for the rules that match or relate to it. A code no rule matches or relates to changes nothing, and the run says so',
  override:
    "hadolint's severities (`error`, `warning`, `info`, `style`), each with the codes whose rules run at it; info and style are notes. When a code is in several lists, error wins. A code no rule matches or relates to changes nothing, and the run says so",
  trustedRegistries: 'As `trusted-registries`: the registries base images may come from. One registry, or a list',
  'failure-threshold': "What the CLI's `--fail-on` defaults to (in the action, the `fail-on` input decides)",
  'no-fail': "`true`: the CLI's `--fail-on` defaults to `never`",
  'disable-ignore-pragma': 'Not supported by dockerfile-guard: it has no effect, and the run says so',
  'no-color': 'How hadolint prints its report: read and ignored',
  verbose: 'How hadolint prints its report: read and ignored',
  format: 'How hadolint prints its report: read and ignored',
  formats: 'How hadolint prints its report: read and ignored',
  output: 'How hadolint prints its report: read and ignored'
}

/** What each value of `extends` runs. */
export const PRESET_DESCRIPTIONS: Readonly<Record<Preset, string>> = {
  recommended: 'The rules on by default, at their severity (the default)',
  security: 'Only the rules tagged security, at their severity',
  strict: 'Every rule at its severity, including the ones off by default',
  hadolint: "What hadolint runs by default, at hadolint's severities (info and style become notes)"
}

/** What each level does to a rule's findings. */
export const LEVEL_DESCRIPTIONS: Readonly<Record<Level, string>> = {
  off: 'The rule does not run',
  note: 'Its findings are notes',
  warning: 'Its findings are warnings',
  error: 'Its findings are errors'
}

/** What a label of each type must hold, and the rule that checks it. */
export const LABEL_TYPE_DESCRIPTIONS: Readonly<Record<LabelType, string>> = {
  text: 'Any value that is not empty',
  url: 'An absolute URL, with its scheme (`label-url`)',
  semver: 'A semantic version such as `1.4.2` (`label-semver`)',
  hash: 'A git commit hash (`label-git-hash`)',
  rfc3339: 'An RFC 3339 date and time such as `2024-05-01T12:00:00Z` (`label-rfc3339`)',
  spdx: 'An SPDX license expression such as `Apache-2.0` (`label-spdx`)',
  email: 'An email address (`label-email`)'
}
