// The tool's version, shown in reports and SARIF; a test keeps it equal to package.json's.
import { isShellcheckCode, shellcheckUrl } from './shellcheck/codes.js'

export const VERSION = '0.1.0'
export const REPOSITORY_URL = 'https://github.com/dockerfile-guard/dockerfile-guard'
/** The page that explains a rule: its docs page here, or ShellCheck's wiki page for an `SC` code. */
export const ruleDocUrl = (id: string): string =>
  isShellcheckCode(id) ? shellcheckUrl(id) : `${REPOSITORY_URL}/blob/main/docs/rules/${id}.md`
