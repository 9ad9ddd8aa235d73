// The action's steps, in order: the only module that knows the order. Each step lives in
// src/action/; the engine and the reports are the same the CLI uses.
import * as core from '@actions/core'
import * as github from '@actions/github'
import { annotations, emit } from './action/annotations.js'
import { readDockerfiles, selectDockerfiles } from './action/dockerfiles.js'
import { setOutputs } from './action/outputs.js'
import { lineLinks, logFindings, writeSarif, writeSummary } from './action/reports.js'
import { failure } from './action/verdict.js'
import { readInputs } from './inputs.js'
import { lint } from './lint.js'
import { countBySeverity } from './report/counts.js'
import { toSarif } from './report/sarif.js'
import { rules } from './rules/index.js'
import { VERSION } from './version.js'

export async function run(): Promise<void> {
  try {
    const inputs = readInputs()
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
    const selection = await selectDockerfiles(inputs, workspace, github.context, () => github.getOctokit(inputs.token))
    const { files, problems: unreadable } = await readDockerfiles(workspace, selection.paths)
    const problems = [...selection.problems, ...unreadable]
    const warnings = problems.map(({ path, message }) => `${path} was not linted: ${message}`)
    if (inputs.uploadSarif) warnings.push('upload-sarif is not supported yet: upload the SARIF file with github/codeql-action/upload-sarif (see the README).')
    warnings.forEach((warning) => core.warning(warning))

    const findings = files.flatMap((file) => lint(file))
    logFindings(findings, files.length)
    let sarifFile = ''
    if (inputs.sarifFile) {
      const sources = new Map(files.map((file) => [file.path, file.text]))
      sarifFile = await writeSarif(workspace, inputs.sarifFile, toSarif(findings, rules, { version: VERSION, category: inputs.category, sources }))
      core.info(`SARIF written to ${sarifFile}`)
    }

    // Until the pull-request review narrows them to the diff (`filter`), every finding counts.
    const counts = countBySeverity(findings)
    const failed = failure(counts, inputs.failOn)
    if (inputs.annotations) emit(annotations(findings, rules, { reserved: { error: failed ? 1 : 0, warning: warnings.length } }))
    await writeSummary({ findings, rules, files: files.length, problems, lineUrl: lineLinks(github.context) })
    setOutputs({ sarifFile, files: files.length, counts })
    if (failed) core.setFailed(failed)
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}
