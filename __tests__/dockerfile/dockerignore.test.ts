// moby's own test cases for .dockerignore files: moby/patternmatcher's patternmatcher_test.go and
// ignorefile/ignorefile_test.go, case by case, then what copy-ignored-file asks of the module.
import { describe, expect, it } from '@jest/globals'
import { DockerignoreError, parseDockerignore } from '../../src/dockerfile/dockerignore.js'
import { cleanPath } from '../../src/dockerfile/helpers.js'

/** moby's `MatchesOrParentMatches` over a list of patterns. */
const excluded = (patterns: string[], path: string) => parseDockerignore(patterns.join('\n')).excludedBy(path) !== undefined
/** moby's deprecated `Matches(file, patterns)` (used by TestMatch): the path cleaned, and `.` never matched. */
const matches = (path: string, patterns: string[]) => cleanPath(path) !== '.' && excluded(patterns, cleanPath(path))
/** moby's `MatchesExact` for one pattern: no parent directory looked at. */
const exactly = (pattern: string, path: string) => parseDockerignore(pattern).patterns[0].matches(path)

describe('patternmatcher_test.go', () => {
  it('TestWildcardMatches, TestPatternMatches', () => {
    expect(matches('fileutils.go', ['*'])).toBe(true)
    expect(matches('fileutils.go', ['*.go'])).toBe(true)
  })

  it('an exception before or after a pattern, and folder exceptions (TestExclusionPattern…, TestPatternMatchesFolder…)', () => {
    expect(matches('fileutils.go', ['!fileutils.go', '*.go'])).toBe(true)
    expect(matches('docs/README.md', ['docs', '!docs/README.md'])).toBe(false)
    expect(matches('docs/README.md', ['docs/', '!docs/README.md'])).toBe(false)
    expect(matches('docs/README.md', ['docs/*', '!docs/README.md'])).toBe(false)
    expect(matches('fileutils.go', ['*.go', '!fileutils.go'])).toBe(false)
    expect(matches('.', ['*.go'])).toBe(false)
  })

  it('rejects a lone `!` and a malformed pattern, and matches nothing without patterns (TestSingleExclamationError, TestMatchesWith…)', () => {
    expect(() => parseDockerignore('!')).toThrow(DockerignoreError)
    expect(() => parseDockerignore('[')).toThrow(DockerignoreError)
    expect(matches('/any/path/there', [])).toBe(false)
  })

  // TestMatches: exact matches the path itself, inexact only through a parent directory.
  const tests: [string, string, 'fail' | 'exact' | 'inexact'][] = [
    ['**', 'file', 'exact'],
    ['**', 'file/', 'exact'],
    ['**/', 'file', 'exact'],
    ['**/', 'file/', 'exact'],
    ['**', '/', 'exact'],
    ['**/', '/', 'exact'],
    ['**', 'dir/file', 'exact'],
    ['**/', 'dir/file', 'exact'],
    ['**', 'dir/file/', 'exact'],
    ['**/', 'dir/file/', 'exact'],
    ['**/**', 'dir/file', 'exact'],
    ['**/**', 'dir/file/', 'exact'],
    ['dir/**', 'dir/file', 'exact'],
    ['dir/**', 'dir/file/', 'exact'],
    ['dir/**', 'dir/dir2/file', 'exact'],
    ['dir/**', 'dir/dir2/file/', 'exact'],
    ['**/dir', 'dir', 'exact'],
    ['**/dir', 'dir/file', 'inexact'],
    ['**/dir2/*', 'dir/dir2/file', 'exact'],
    ['**/dir2/*', 'dir/dir2/file/', 'inexact'],
    ['**/dir2/**', 'dir/dir2/dir3/file', 'exact'],
    ['**/dir2/**', 'dir/dir2/dir3/file/', 'exact'],
    ['**file', 'file', 'exact'],
    ['**file', 'dir/file', 'exact'],
    ['**/file', 'dir/file', 'exact'],
    ['**file', 'dir/dir/file', 'exact'],
    ['**/file', 'dir/dir/file', 'exact'],
    ['**/file*', 'dir/dir/file', 'exact'],
    ['**/file*', 'dir/dir/file.txt', 'exact'],
    ['**/file*txt', 'dir/dir/file.txt', 'exact'],
    ['**/file*.txt', 'dir/dir/file.txt', 'exact'],
    ['**/file*.txt*', 'dir/dir/file.txt', 'exact'],
    ['**/**/*.txt', 'dir/dir/file.txt', 'exact'],
    ['**/**/*.txt2', 'dir/dir/file.txt', 'fail'],
    ['**/*.txt', 'file.txt', 'exact'],
    ['**/**/*.txt', 'file.txt', 'exact'],
    ['a**/*.txt', 'a/file.txt', 'exact'],
    ['a**/*.txt', 'a/dir/file.txt', 'exact'],
    ['a**/*.txt', 'a/dir/dir/file.txt', 'exact'],
    ['a/*.txt', 'a/dir/file.txt', 'fail'],
    ['a/*.txt', 'a/file.txt', 'exact'],
    ['a/*.txt**', 'a/file.txt', 'exact'],
    ['a[b-d]e', 'ae', 'fail'],
    ['a[b-d]e', 'ace', 'exact'],
    ['a[b-d]e', 'aae', 'fail'],
    ['a[^b-d]e', 'aze', 'exact'],
    ['.*', '.foo', 'exact'],
    ['.*', 'foo', 'fail'],
    ['abc.def', 'abcdef', 'fail'],
    ['abc.def', 'abc.def', 'exact'],
    ['abc.def', 'abcZdef', 'fail'],
    ['abc?def', 'abcZdef', 'exact'],
    ['abc?def', 'abcdef', 'fail'],
    ['**/foo/bar', 'foo/bar', 'exact'],
    ['**/foo/bar', 'dir/foo/bar', 'exact'],
    ['**/foo/bar', 'dir/dir2/foo/bar', 'exact'],
    ['abc/**', 'abc', 'fail'],
    ['abc/**', 'abc/def', 'exact'],
    ['abc/**', 'abc/def/ghi', 'exact'],
    ['**/.foo', '.foo', 'exact'],
    ['**/.foo', 'bar.foo', 'fail'],
    ['a(b)c/def', 'a(b)c/def', 'exact'],
    ['a(b)c/def', 'a(b)c/xyz', 'fail'],
    ['a.|)$(}+{bc', 'a.|)$(}+{bc', 'exact'],
    ['dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl', 'dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl', 'exact'],
    ['dist/*.whl', 'dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl', 'exact'],
    // not on Windows
    ['a\\\\', 'a\\', 'exact'],
    ['a\\*b', 'a*b', 'exact']
  ]
  it.each(tests)('TestMatches: %j on %j: %s', (pattern, text, pass) => {
    expect(exactly(pattern, text)).toBe(pass === 'exact')
    expect(excluded([pattern], text)).toBe(pass !== 'fail')
  })

  const multiPatternTests: [string[], string, boolean][] = [
    [['**', '!util/docker/web'], 'util/docker/web/foo', false],
    [['**', '!util/docker/web', 'util/docker/web/foo'], 'util/docker/web/foo', true],
    [['**', '!dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl'], 'dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl', false],
    [['**', '!dist/*.whl'], 'dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl', false]
  ]
  it.each(multiPatternTests)('TestMatches (several patterns): %j on %j: %s', (patterns, text, pass) => {
    expect(excluded(patterns, text)).toBe(pass)
  })

  it('keeps every pattern, blank ones left out, and knows exceptions, spaces trimmed (TestCleanPatterns…)', () => {
    expect(parseDockerignore('docs\nconfig').patterns).toHaveLength(2)
    expect(parseDockerignore('docs\nconfig\n').patterns).toHaveLength(2)
    for (const text of ['docs\n!docs/README.md', 'docs\n  !docs/README.md', 'docs\n!docs/README.md  ']) {
      expect(parseDockerignore(text).patterns.map((p) => p.exception)).toEqual([false, true])
    }
  })

  // TestMatch: Go's filepath.Match cases, through the deprecated Matches; an error is a file BuildKit refuses.
  const matchTests: [string, string, boolean | 'error'][] = [
    ['abc', 'abc', true],
    ['*', 'abc', true],
    ['*c', 'abc', true],
    ['a*', 'a', true],
    ['a*', 'abc', true],
    ['a*', 'ab/c', true],
    ['a*/b', 'abc/b', true],
    ['a*/b', 'a/c/b', false],
    ['a*b*c*d*e*/f', 'axbxcxdxe/f', true],
    ['a*b*c*d*e*/f', 'axbxcxdxexxx/f', true],
    ['a*b*c*d*e*/f', 'axbxcxdxe/xxx/f', false],
    ['a*b*c*d*e*/f', 'axbxcxdxexxx/fff', false],
    ['a*b?c*x', 'abxbbxdbxebxczzx', true],
    ['a*b?c*x', 'abxbbxdbxebxczzy', false],
    ['ab[c]', 'abc', true],
    ['ab[b-d]', 'abc', true],
    ['ab[e-g]', 'abc', false],
    ['ab[^c]', 'abc', false],
    ['ab[^b-d]', 'abc', false],
    ['ab[^e-g]', 'abc', true],
    ['a\\*b', 'a*b', true],
    ['a\\*b', 'ab', false],
    ['a?b', 'a☺b', true],
    ['a[^a]b', 'a☺b', true],
    ['a???b', 'a☺b', false],
    ['a[^a][^a][^a]b', 'a☺b', false],
    ['[a-ζ]*', 'α', true],
    ['*[a-ζ]', 'A', false],
    ['a?b', 'a/b', false],
    ['a*b', 'a/b', false],
    ['[\\]a]', ']', true],
    ['[\\-]', '-', true],
    ['[x\\-]', 'x', true],
    ['[x\\-]', '-', true],
    ['[x\\-]', 'z', false],
    ['[\\-x]', 'x', true],
    ['[\\-x]', '-', true],
    ['[\\-x]', 'a', false],
    ['[]a]', ']', 'error'],
    ['[-]', '-', 'error'],
    ['[x-]', 'x', 'error'],
    ['[x-]', '-', 'error'],
    ['[x-]', 'z', 'error'],
    ['[-x]', 'x', 'error'],
    ['[-x]', '-', 'error'],
    ['[-x]', 'a', 'error'],
    ['\\', 'a', 'error'],
    ['[a-b-c]', 'a', 'error'],
    ['[', 'a', 'error'],
    ['[^', 'a', 'error'],
    ['[^bc', 'a', 'error'],
    ['a[', 'a', 'error'],
    ['a[', 'ab', 'error'],
    ['*x', 'xxx', true]
  ]
  it.each(matchTests)('TestMatch: %j on %j: %s', (pattern, text, match) => {
    if (match === 'error') expect(() => parseDockerignore(pattern)).toThrow(DockerignoreError)
    else expect(matches(text, [pattern])).toBe(match)
  })

  it('refuses a pattern whose regular expression does not compile, which moby reports when matching (moby/moby#52203)', () => {
    expect(() => parseDockerignore('[Local-Only]/')).toThrow(DockerignoreError)
  })
})

describe('ignorefile_test.go', () => {
  it('TestReadAll: comments and blank lines skipped, a leading `/` dropped, `!` kept with the space after it removed', () => {
    const text = 'test1\n/test2\n/a/file/here\n\nlastfile\n# this is a comment\n! /inverted/abs/path\n'
    const read = parseDockerignore(text).patterns.map((p) => (p.exception ? '!' : '') + p.text)
    expect(read).toEqual(['test1', 'test2', 'a/file/here', 'lastfile', '!inverted/abs/path'])
    // The file's last two lines, `!` and `! `, read as a lone `!`, which patternmatcher refuses.
    expect(() => parseDockerignore(`${text}!`)).toThrow(DockerignoreError)
    expect(() => parseDockerignore(`${text}! `)).toThrow(/line 8/)
  })

  it('drops a UTF-8 BOM and CRs, cleans patterns, and keeps their lines', () => {
    const ignore = parseDockerignore('\uFEFFnode_modules\r\n  # not a comment: it does not start the line\r\n./build/../dist/\r\n')
    expect(ignore.patterns.map((p) => [p.text, p.line])).toEqual([
      ['node_modules', 1],
      ['# not a comment: it does not start the line', 2],
      ['dist', 3]
    ])
  })
})

describe('excludesAll', () => {
  const all = (text: string, path: string) => parseDockerignore(text).excludesAll(path)?.line

  it('is the pattern that leaves out a path or a parent of it, the last that matches', () => {
    expect(all('docs\n', 'docs')).toBe(1)
    expect(all('docs\n', 'docs/a/b.md')).toBe(1)
    expect(all('*\nnode_modules\n', 'node_modules')).toBe(2)
    expect(all('docs\n', 'src')).toBeUndefined()
  })

  it('is nothing when a later exception may bring back the path or something under it', () => {
    expect(all('docs\n!docs/README.md\n', 'docs')).toBeUndefined()
    expect(all('docs\n!docs/README.md\n', 'docs/README.md')).toBeUndefined()
    expect(all('docs\n!docs/README.md\n', 'docs/guide.md')).toBe(1)
    expect(all('*\n!src/**/*.go\n', 'src')).toBeUndefined()
    expect(all('*\n!**/*.go\n', 'vendor')).toBeUndefined()
    expect(all('*\n!s*/main.go\n', 'src')).toBeUndefined()
    expect(all('*\n!foo\n', 'bar')).toBe(1)
    expect(all('*\n!foo/a\n', 'foo/b')).toBe(1)
    // An exception before the excluding line brings nothing back.
    expect(all('!docs/README.md\ndocs\n', 'docs')).toBe(2)
  })

  it('takes the context root as left out only by a line that leaves out everything', () => {
    expect(all('*\n', '.')).toBe(1)
    expect(all('**\n', '.')).toBe(1)
    expect(all('**/*\n', '.')).toBe(1)
    expect(all('.*\n', '.')).toBeUndefined()
    expect(all('*\n!src\n', '.')).toBeUndefined()
  })

  it('takes a wildcard source as left out when its directory is, or when it is a line of the file itself', () => {
    expect(all('docs\n', 'docs/*.md')).toBe(1)
    expect(all('*.md\n', '*.md')).toBe(1)
    expect(all('*.md\n!README.md\n', '*.md')).toBeUndefined()
    expect(all('?.txt\n', '*.txt')).toBeUndefined()
    expect(all('a*.txt\n', '*.txt')).toBeUndefined()
    expect(all('docs/a.md\n', 'docs/*.md')).toBeUndefined()
  })
})
