import { describe, expect, it } from '@jest/globals'
import { rules } from '../../src/rules/index.js'
import {
  codeClimateCategories,
  concernsOf,
  mostSevere,
  oneLine,
  reportPath,
  sonarCleanCodeAttribute,
  sonarQualities
} from '../../src/report/interchange.js'

const byId = (id: string) => rules.find((rule) => rule.id === id)!

describe('how rules map onto other tools’ vocabularies', () => {
  it('gives every registered rule at least one concern, and security rules security first', () => {
    for (const rule of rules) {
      const concerns = concernsOf(rule)
      expect(concerns.length).toBeGreaterThan(0)
      expect(concerns[0] === 'security').toBe(rule.tags.includes('security'))
    }
  })

  it('puts security rules under Security and SECURITY, correctness under Bug Risk and RELIABILITY, style under Style and MAINTAINABILITY', () => {
    for (const rule of rules.filter((r) => r.tags.includes('security'))) {
      expect(codeClimateCategories(rule)[0]).toBe('Security')
      expect(sonarQualities(rule)[0]).toBe('SECURITY')
      expect(sonarCleanCodeAttribute(rule)).toBe('TRUSTWORTHY')
    }
    expect([codeClimateCategories(byId('valid-port')), sonarQualities(byId('valid-port'))]).toEqual([['Bug Risk'], ['RELIABILITY']])
    expect([codeClimateCategories(byId('lowercase-stage-name')), sonarQualities(byId('lowercase-stage-name'))]).toEqual([['Style'], ['MAINTAINABILITY']])
    expect([codeClimateCategories(byId('apk-no-cache')), sonarCleanCodeAttribute(byId('apk-no-cache'))]).toEqual([['Performance'], 'EFFICIENT'])
    expect(codeClimateCategories(byId('label-key-format'))).toEqual(['Clarity', 'Style'])
    expect(sonarQualities(byId('label-key-format'))).toEqual(['MAINTAINABILITY'])
  })

  it('reads a rule it knows nothing about as a reliability problem', () => {
    expect([codeClimateCategories(undefined), sonarQualities(undefined), sonarCleanCodeAttribute(undefined)]).toEqual([['Bug Risk'], ['RELIABILITY'], 'LOGICAL'])
  })

  it('picks the most severe level', () => {
    expect(mostSevere(['note', 'error', 'warning'])).toBe('error')
    expect(mostSevere(['note', 'warning'])).toBe('warning')
    expect(mostSevere(['note'])).toBe('note')
  })
})

describe('reportPath', () => {
  it.each([
    ['Dockerfile', 'Dockerfile'],
    ['./docker/Dockerfile', 'docker/Dockerfile'],
    ['././Dockerfile', 'Dockerfile'],
    ['docker\\web\\Dockerfile', 'docker/web/Dockerfile'],
    ['C:\\repo\\Dockerfile', 'C:/repo/Dockerfile'],
    ['my app/Dockerfile.ü', 'my app/Dockerfile.ü']
  ])('%s → %s', (path, expected) => {
    expect(reportPath(path)).toBe(expected)
  })
})

describe('oneLine', () => {
  it('shows control characters and bidi overrides instead of writing them, and keeps all other text', () => {
    expect(oneLine('a\nb\r\tc\u0000\u001b[0m\u007f\u202eé🐳')).toBe('a\u240ab\u240d\u2409c\u2400\u241b[0m\u2421\ufffdé🐳')
  })
})
