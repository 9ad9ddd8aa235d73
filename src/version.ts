// The tool's version, shown in reports and SARIF; a test keeps it equal to package.json's.
export const VERSION = '0.1.0'
export const REPOSITORY_URL = 'https://github.com/dockerfile-guard/dockerfile-guard'
export const ruleDocUrl = (id: string): string => `${REPOSITORY_URL}/blob/main/docs/rules/${id}.md`
