// ShellCheck's findings land on the Dockerfile's own line and column, end included, however the RUN
// is written: continuation lines (with comment lines between them), heredocs, `# escape=\``, CRLF,
// tabs, exec form, characters outside the BMP.
import { describe, expect, it } from '@jest/globals'
import { applyFixes } from '../../src/fix.js'
import { covered, shellcheck, where } from './helpers.js'

describe('positions', () => {
  it('puts each finding of a multi-line RUN on its own line, past continuations and the comment lines between them', async () => {
    const text = [
      'FROM debian:12',
      'RUN apt-get update \\',
      '    # refresh the index first',
      '',
      '    && echo $name \\',
      '    && cd /srv; \\',
      '    for f in $(ls \\',
      '         *.txt); do echo "$f"; done',
      ''
    ].join('\n')
    const findings = await shellcheck(text)
    expect(findings.map(where)).toEqual(['SC2086 5:13-5:18', 'SC2154 5:13-5:18', 'SC2164 6:8-6:15', 'SC2045 7:14-8:16', 'SC2035 8:10-8:11'])
    expect(findings.map((f) => covered(text, f))).toEqual(['$name', '$name', 'cd /srv', '$(ls \\\n         *.txt)', '*'])
    expect(findings[0]).toMatchObject({ path: 'Dockerfile', severity: 'note', message: 'Double quote to prevent globbing and word splitting.' })
    expect(findings[1]).toMatchObject({ severity: 'warning', message: 'name is referenced but not assigned.' })
    expect(findings[3]).toMatchObject({ severity: 'error', message: 'Iterating over ls output is fragile. Use globs.' })
  })

  it('reads a bare heredoc as the script, with ShellCheck’s own directives in it', async () => {
    const text = 'FROM debian:12\nRUN <<EOF\n# shellcheck disable=SC2086\necho $x\ncd /tmp\nEOF\n'
    expect((await shellcheck(text)).map(where)).toEqual(['SC2154 4:6-4:8', 'SC2164 5:1-5:8'])
  })

  it('strips the tabs of a <<- heredoc as BuildKit does, and keeps the columns of the file', async () => {
    const text = 'FROM debian:12\nRUN <<-EOT\n\t\techo $y\n\tEOT\n'
    expect((await shellcheck(text)).map(where)).toEqual(['SC2086 3:8-3:10', 'SC2154 3:8-3:10'])
  })

  it('checks a heredoc RUN with a command as the shell sees it: the command line, then the heredocs', async () => {
    const text = 'FROM debian:12\nRUN cat <<EOF > /etc/motd && echo $z\nhello $w\nEOF\n'
    const findings = await shellcheck(text)
    expect(findings.map(where)).toEqual(['SC2086 2:35-2:37', 'SC2154 2:35-2:37', 'SC2154 3:7-3:9'])
    expect(findings.map((f) => covered(text, f))).toEqual(['$z', '$z', '$w'])
  })

  it('checks a heredoc with a shell shebang in that shell, and skips one in another language', async () => {
    const text = 'FROM debian:12\nRUN <<EOF\n#!/usr/bin/env python3\nprint($x)\nEOF\nRUN <<EOF\n#!/bin/bash\necho $RANDOM $q\nEOF\n'
    expect((await shellcheck(text)).map(where)).toEqual(['SC2086 8:14-8:16', 'SC2154 8:14-8:16'])
  })

  it('joins the continuation lines of a `# escape=\\`` file', async () => {
    const text = '# escape=`\nFROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN echo $a `\n  && cd /x\n'
    expect((await shellcheck(text)).map(where)).toEqual(['SC2086 4:10-4:12', 'SC2154 4:10-4:12', 'SC2164 5:6-5:11'])
  })

  it('reads CRLF lines as LF, as BuildKit does, so no literal carriage return is reported', async () => {
    const text = 'FROM debian:12\r\nRUN echo $a \\\r\n  && echo $b\r\nRUN <<EOF\r\necho $c\r\nEOF\r\n'
    expect((await shellcheck(text)).map(where)).toEqual(['SC2086 2:10-2:12', 'SC2154 2:10-2:12', 'SC2086 3:11-3:13', 'SC2154 3:11-3:13', 'SC2086 5:6-5:8', 'SC2154 5:6-5:8'])
  })

  it('counts a tab as one column, as the file does', async () => {
    const text = 'FROM debian:12\nRUN\techo a \\\n\t\t&& echo\t$t\n'
    const findings = await shellcheck(text)
    expect(findings.map(where)).toEqual(['SC2086 3:11-3:13', 'SC2154 3:11-3:13'])
    expect(covered(text, findings[0])).toBe('$t')
  })

  it('counts a character outside the BMP as two columns, as SARIF’s UTF-16 columns do', async () => {
    const text = 'FROM debian:12\nRUN echo "😀" $x\n'
    expect((await shellcheck(text)).map(where)).toEqual(['SC2086 2:15-2:17', 'SC2154 2:15-2:17'])
  })

  it('takes a continuation with blanks after the backslash, as BuildKit does', async () => {
    const text = 'FROM debian:12\nRUN echo 1 \\  \n  && echo $t\n'
    expect((await shellcheck(text)).map(where)).toEqual(['SC2086 3:11-3:13', 'SC2154 3:11-3:13'])
  })

  it('checks the -c string of an exec-form RUN, at its place inside the JSON string', async () => {
    const text = 'FROM debian:12\nRUN ["sh", "-c", "echo \\"$1\\" $x && cd /y"]\n'
    const findings = await shellcheck(text)
    expect(findings.map(where)).toEqual(['SC2086 2:31-2:33', 'SC2154 2:31-2:33', 'SC2164 2:37-2:42'])
    // ShellCheck's fix, written back into the JSON string, escaped.
    expect(applyFixes(text, [findings[0].fix!])).toBe('FROM debian:12\nRUN ["sh", "-c", "echo \\"$1\\" \\"$x\\" && cd /y"]\n')
  })
})

describe('fixes', () => {
  it('turns ShellCheck’s replacements into one fix of the Dockerfile text', async () => {
    // SC2006 is of ShellCheck's style level: off unless configured.
    const text = 'FROM debian:12\nRUN apt-get update \\\n    && cd $dir; \\\n    echo `pwd`\n'
    const findings = (await shellcheck(text, { levels: { SC2006: 'note' } })).filter((f) => f.fix)
    expect(findings.map(where)).toEqual(['SC2164 3:8-3:15', 'SC2086 3:11-3:15', 'SC2006 4:10-4:15'])
    expect(findings.map((f) => f.fix)).toEqual([
      { line: 3, column: 15, endLine: 3, endColumn: 15, text: ' || exit' },
      { line: 3, column: 11, endLine: 3, endColumn: 15, text: '"$dir"' },
      { line: 4, column: 10, endLine: 4, endColumn: 15, text: '$(pwd)' }
    ])
    expect(applyFixes(text, findings.map((f) => f.fix!))).toBe('FROM debian:12\nRUN apt-get update \\\n    && cd "$dir" || exit; \\\n    echo $(pwd)\n')
  })

  it('gives no fix that would cross a continuation line', async () => {
    const text = 'FROM debian:12\nRUN echo `ls \\\n  -l`\n'
    const [finding] = (await shellcheck(text, { levels: { SC2006: 'note' } })).filter((f) => f.ruleId === 'SC2006')
    expect(where(finding)).toBe('SC2006 2:10-3:6')
    expect(finding.fix).toBeUndefined()
  })
})
