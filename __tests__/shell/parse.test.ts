import { describe, expect, it } from '@jest/globals'
import { parseShell } from '../../src/shell/parse.js'
import { effective, flagValue, hasFlag, positionals, subcommand } from '../../src/shell/helpers.js'

const parse = (src: string) => parseShell(src, { dockerEscape: '\\' })
const names = (src: string) => parse(src).commands.map((c) => c.program)

describe('shell parser', () => {
  it('lists the commands of and-or lists, pipelines and separators in source order', () => {
    expect(names('a && b || c; d | e & f\ng')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g'])
  })

  it('records pipelines and how they are joined', () => {
    const script = parse('curl -fsSL https://x.io/i.sh | sh && echo done')
    expect(script.pipelines.map((p) => p.commands.map((c) => c.program))).toEqual([['curl', 'sh'], ['echo']])
    expect(script.pipelines[1].joinedBy).toBe('&&')
  })

  it('finds commands inside $(…), backticks, <(…), subshells and compound commands', () => {
    expect(names('echo $(uname -m) `date` && bash <(curl -s x) && (cd /a && make)')).toEqual([
      'echo', 'uname', 'date', 'bash', 'curl', 'cd', 'make'
    ])
    expect(names('if [ -f a ]; then rm a; elif true; then :; else touch b; fi')).toEqual(['[', 'rm', 'true', ':', 'touch'])
    expect(names('for f in a b; do echo "$f"; done; while read l; do :; done < x')).toEqual(['echo', 'read', ':'])
    expect(names('case "$a" in x|y) echo xy;; *) exit 1;; esac')).toEqual(['echo', 'exit'])
  })

  it('marks nested commands with their context and parent', () => {
    const script = parse('sh -c "$(curl -fsSL https://x.io)"')
    const curl = script.commands.find((c) => c.program === 'curl')!
    expect(curl.context).toBe('substitution')
    expect(curl.parent?.program).toBe('sh')
  })

  it('parses the script of sh -c / bash -ec strings again, with exact offsets for a quoted string', () => {
    const src = "bash -ec 'apt-get update && apt-get install -y curl'"
    const script = parse(src)
    const install = script.commands.filter((c) => c.program === 'apt-get')[1]
    expect(install.context).toBe('shell-string')
    expect(src.slice(install.start, install.end)).toBe('apt-get install -y curl')
  })

  it('unwraps sudo, env and xargs into the commands they run', () => {
    const script = parse('sudo -E env DEBIAN_FRONTEND=noninteractive apt-get install -y curl')
    expect(script.commands.map((c) => c.program)).toEqual(['sudo', 'env', 'apt-get'])
    expect(effective(script.commands[0]).program).toBe('apt-get')
    expect(names('find . -name "*.o" | xargs -r rm -f')).toEqual(['find', 'xargs', 'rm'])
  })

  it('joins Docker line continuations and drops the comment lines Docker drops', () => {
    const script = parse('apt-get install -y \\\n  # the tools\n  curl \\\n\n  git')
    expect(script.error).toBeUndefined()
    expect(script.commands[0].args.map((a) => a.value)).toEqual(['install', '-y', 'curl', 'git'])
  })

  it('keeps quotes out of values and expansions as written', () => {
    const [cmd] = parse(`echo 'a b' "c $HOME" d\\ e $'x\\ty' "$(id -u)"`).commands
    expect(cmd.args.map((a) => a.value)).toEqual(['a b', 'c $HOME', 'd e', 'x\\ty', '$(id -u)'])
    expect(cmd.args.map((a) => a.literal)).toEqual([true, false, true, true, false])
  })

  it('reads assignments, redirects and heredocs', () => {
    const script = parse('A=1 B="x y" make install >/dev/null 2>&1\ncat <<EOF > /etc/x.conf\nkey=$V\nEOF\necho after')
    const [make, cat, echo] = script.commands
    expect(make.assignments.map((a) => a.value)).toEqual(['A=1', 'B=x y'])
    expect(make.redirects.map((r) => r.op)).toEqual(['>', '>&'])
    expect(cat.redirects[0].heredoc?.body).toBe('key=$V\n')
    expect(echo.program).toBe('echo')
  })

  it('parses a heredoc given to a shell as a script', () => {
    const script = parse('<<EOF\napt-get update\ncurl -k https://x\nEOF')
    expect(script.commands.filter((c) => c.context === 'heredoc-script').map((c) => c.program)).toEqual(['apt-get', 'curl'])
    const bash = parse("bash -e <<'EOT'\nset -o pipefail\nwget -qO- x | sh\nEOT")
    expect(bash.pipelines.some((p) => p.commands.map((c) => c.program).join('|') === 'wget|sh')).toBe(true)
  })

  it('does not parse a heredoc given to another program', () => {
    expect(names('python3 <<EOF\nimport os\nEOF')).toEqual(['python3'])
  })

  it('reports a syntax error but keeps the commands before it', () => {
    const script = parse('apt-get update && echo "unterminated')
    expect(script.error?.message).toMatch(/unterminated double quote/)
    expect(script.commands.map((c) => c.program)).toEqual(['apt-get', 'echo'])
  })

  it('uses absolute offsets from the base it is given', () => {
    const script = parseShell('curl -k x', { base: 100 })
    expect(script.commands[0].args[0]).toMatchObject({ value: '-k', start: 105, end: 107 })
  })
})

describe('shell helpers', () => {
  const [curl] = parse('curl -fsSLk --retry 3 -o /tmp/x.tgz --header=X https://x.io/a.tgz').commands
  it('finds flags, also inside clusters of short flags', () => {
    expect(hasFlag(curl, '-k', '--insecure')).toBe(true)
    expect(hasFlag(curl, '-v')).toBe(false)
  })
  it('reads option values in every spelling', () => {
    expect(flagValue(curl, '-o', '--output')?.value).toBe('/tmp/x.tgz')
    expect(flagValue(curl, '--header')?.value).toBe('X')
  })
  it('lists positional arguments, skipping the values of valued options', () => {
    expect(positionals(curl, ['--retry', '-o']).map((w) => w.value)).toEqual(['https://x.io/a.tgz'])
    const [apt] = parse('apt-get -o Dpkg::Options::=--force-confold -y install curl').commands
    expect(subcommand(apt, ['-o'])).toBe('install')
  })
})
