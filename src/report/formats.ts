// The report formats the CLI writes, in one table: each name with the line `--help` shows for it
// and the renderer that turns one run's findings into that report. The CLI's help text, its
// `--format` / `--output` validation and its dispatch all read this table, so a format added here
// is offered, checked and written everywhere at once.
import { closest } from '../closest.js'
import type { Finding } from '../lint.js'
import { toCheckstyle } from './checkstyle.js'
import { toCodeClimate } from './codeclimate.js'
import { toGitLab } from './gitlab.js'
import { toGnu } from './gnu.js'
import type { ReportContext } from './interchange.js'
import { toJson } from './json.js'
import { toJUnit } from './junit.js'
import { toMarkdown } from './markdown.js'
import { toSarif } from './sarif.js'
import { toSonarQube } from './sonarqube.js'
import { toText } from './text.js'

/** Everything one run knows that a report may show; each format reads what it needs. */
export interface Run extends ReportContext {
  findings: readonly Finding[]
  /** Rule metadata: required here, since SARIF and Markdown describe every rule. */
  rules: NonNullable<ReportContext['rules']>
  /** Every linted file, as displayed. */
  files: readonly string[]
  /** The tool's version. */
  version: string
  /** ANSI colours in the text report: only for a terminal that wants them (see terminal.ts). */
  color: boolean
}

export interface Format {
  /** What the format is for, one line of `--help`. */
  summary: string
  render(run: Run): string
}

/** The formats by name, in the order `--help` lists them; `text` is the default. */
export const FORMATS = {
  text: {
    summary: 'findings grouped by file, for terminals (the default)',
    render: (run) => toText(run.findings, { color: run.color, files: run.files.length })
  },
  json: {
    summary: 'the findings as flat JSON, for scripts',
    render: (run) => toJson(run.findings, { version: run.version, files: run.files.length })
  },
  sarif: {
    summary: 'SARIF 2.1.0, as the action writes it for GitHub code scanning',
    render: (run) => `${JSON.stringify(toSarif(run.findings, run.rules, { version: run.version, sources: run.sources }), null, 2)}\n`
  },
  markdown: {
    summary: 'the summary the action posts on a pull request',
    render: (run) => toMarkdown(run.findings, run.rules, { version: run.version, files: run.files.length })
  },
  checkstyle: {
    summary: 'Checkstyle XML (Jenkins warnings-ng, reviewdog)',
    render: (run) => toCheckstyle(run.findings, run)
  },
  gitlab: {
    summary: 'GitLab Code Quality JSON (artifacts:reports:codequality)',
    render: (run) => toGitLab(run.findings, run)
  },
  codeclimate: {
    summary: 'Code Climate engine issues (NUL-separated JSON)',
    render: (run) => toCodeClimate(run.findings, run)
  },
  junit: {
    summary: 'JUnit XML, a test case per rule and file (CI test tabs)',
    render: (run) => toJUnit(run.findings, run)
  },
  gnu: {
    summary: 'file:line:column: severity: message [rule], for editors',
    render: (run) => toGnu(run.findings)
  },
  sonarqube: {
    summary: 'SonarQube generic issue import JSON (sonar.externalIssuesReportPaths)',
    render: (run) => toSonarQube(run.findings, run)
  }
} as const satisfies Record<string, Format>

export type FormatName = keyof typeof FORMATS

export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[]

export function isFormat(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name)
}

// hadolint's names for formats we write under another name, so a user coming from it is pointed the right way.
const HADOLINT_NAMES: Readonly<Record<string, FormatName>> = { tty: 'text', gitlab_codeclimate: 'gitlab' }

/** Why `name` is not a format, with the one the user probably meant. */
export function unknownFormat(name: string): string {
  const meant = Object.hasOwn(HADOLINT_NAMES, name) ? HADOLINT_NAMES[name] : closest(name, FORMAT_NAMES, 2)
  return meant ? `unknown format '${name}'; did you mean ${meant}?` : `unknown format '${name}' (expected ${FORMAT_NAMES.join(', ')})`
}
