// The action's steps, in order: the only module that knows the order. Each step lives in
// src/action/; the engine and the reports are the same the CLI uses.
import * as core from '@actions/core'
import * as github from '@actions/github'
import { annotations, emit } from './action/annotations.js'
import { headReader, readDockerfiles, selectDockerfiles, workspaceReader } from './action/dockerfiles.js'
import { setOutputs } from './action/outputs.js'
import { publish } from './action/publish.js'
import { shellcheckStep } from './action/shellcheck.js'
import { lineLinks, logFindings, writeSarif, writeSummary } from './action/reports.js'
import { failure } from './action/verdict.js'
import { currentDate } from './clock.js'
import { loadConfig } from './config/load.js'
import { ConfigError, lintOptions } from './config/parse.js'
import { createClient, type GitHub } from './github/client.js'
import { selectFindings } from './github/filter.js'
import { pullRequestOf } from './github/pull-request.js'
import { globMatcher } from './glob.js'
import { readInputs } from './inputs.js'
import { registryOptions, withDigests } from './registry/digests.js'
import { countBySeverity, plural } from './report/counts.js'
import { toSarif } from './report/sarif.js'
import { rules } from './rules/index.js'
import { mergeFindings, ShellcheckBatch } from './shellcheck/check.js'
import { VERSION } from './version.js'

export async function run(): Promise<void> {
  try {
    const inputs = readInputs()
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
    const event = github.context
    let client: GitHub | undefined
    const api = (): GitHub => (client ??= createClient(inputs.token))
    const pr = pullRequestOf(event)
    // Under pull_request_target the workspace is the base branch: the policy is the base's, and a pull request cannot loosen it.
    const config = await loadConfig(workspace, rules, { explicit: inputs.config })
    if (config.path) core.info(`Configuration: ${config.path}${config.format === 'hadolint' ? " (hadolint's format, mapped to dockerfile-guard's rules)" : ''}.`)
    config.notes.forEach((note) => core.info(`${config.path}: ${note}.`))
    if (config.failOn) core.info(`${config.path}: failure-threshold and no-fail apply to the CLI; in the action the fail-on input (${inputs.failOn}) decides.`)

    // Which files, and how each changed: on pull requests always, for the review and `filter`.
    const selection = await selectDockerfiles(inputs, workspace, event, api)
    const ignored = globMatcher(config.ignorePaths)
    const paths = selection.paths.filter((path) => !ignored(path))
    if (paths.length < selection.paths.length) core.info(`${plural(selection.paths.length - paths.length, 'Dockerfile')} left out by ignore-paths in ${config.path}.`)
    let read = workspaceReader(workspace)
    if (pr?.target && selection.diffs) {
      core.info(`pull_request_target: the workspace holds the base branch, so the Dockerfiles the pull request changed are read at its head commit ${pr.headSha.slice(0, 7)} through the API, as data: nothing from the pull request is checked out or run.`)
      read = headReader(api(), pr.repo, pr.headSha, new Set(selection.diffs.keys()), workspace)
    }
    const { files, problems: unreadable } = await readDockerfiles(paths, read)
    const problems = [...selection.problems, ...unreadable]

    // Lint, the images' digests looked up first when asked (the engine does no I/O). The SARIF file
    // carries every finding; `filter` decides which count for the rest.
    const configured = lintOptions(config, false, currentDate(process.env))
    const { options, warnings: lookups } = inputs.resolveDigests ? await withDigests(configured, files.map((file) => file.text), registryOptions(process.env)) : { options: configured, warnings: [] }
    // ShellCheck after the rules: one run over the shell code of every file's RUNs (src/action/shellcheck.ts).
    const batch = new ShellcheckBatch(options, inputs.shellcheck !== 'off' && config.shellcheck !== false)
    const linted = files.flatMap((file) => batch.lint(file))
    const shellcheck = await shellcheckStep(batch, inputs.shellcheck, workspace)
    const findings = mergeFindings(linted, shellcheck.findings, files.map((file) => file.path))
    logFindings(findings, files.length)
    const sources = new Map(files.map((file) => [file.path, file.text]))
    const log = toSarif(findings, rules, { version: VERSION, category: inputs.category, sources })
    const sarifFile = inputs.sarifFile ? await writeSarif(workspace, inputs.sarifFile, log) : ''
    if (sarifFile) core.info(`SARIF written to ${sarifFile}`)
    // Without a diff (a schedule, or a change GitHub cannot list) every finding counts.
    const { counted, outside } = selection.diffs ? selectFindings(findings, selection.diffs, inputs.filter) : { counted: findings, outside: [] }
    const counts = countBySeverity(counted)
    const failed = failure(counts, inputs.failOn)

    // Report: the pull request's comments and the SARIF upload, then the log, annotations and job summary.
    const summary = { counted, outside, rules, files: files.length, lineUrl: lineLinks(event) }
    const published = await publish({ inputs, api, repo: event.repo, event, pr, summary, diffs: selection.diffs, sources, log, workspace })
    const warnings = [...problems.map(({ path, message }) => `${path} was not linted: ${message}`), ...lookups, ...(shellcheck.warning ? [shellcheck.warning] : []), ...published.warnings]
    warnings.forEach((warning) => core.warning(warning))
    if (published.notice) core.notice(published.notice, { title: 'dockerfile-guard could not write to GitHub' })
    if (inputs.annotations) emit(annotations(counted, rules, { reserved: { error: failed ? 1 : 0, warning: warnings.length, note: published.notice ? 1 : 0 } }))
    await writeSummary({ report: { ...summary, overflow: published.overflow }, problems, notice: published.notice })
    setOutputs({ sarifFile, files: files.length, counts, summaryUrl: published.summaryUrl })
    if (failed) core.setFailed(failed)
  } catch (error) {
    // A configuration mistake is shown on the line of the file it is in.
    if (error instanceof ConfigError) core.error(error.reason, { title: 'dockerfile-guard configuration', file: error.path, startLine: error.line, startColumn: error.column })
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}
