// Commands that run another command: `sudo apt-get …` is an apt-get as far as every rule about
// apt-get is concerned (and a sudo for the rule about sudo).
import type { Command, Word } from './types.js'
import { table } from '../lookup.js'

interface Wrapper {
  /** Options that take a value as the next word. */
  valued: string[]
  /** Leading operands before the command (`timeout 10s cmd`, `gosu user cmd`). */
  operands?: number
  /** `NAME=value` words before the command are environment assignments. */
  assignments?: boolean
}

const WRAPPERS = table<Wrapper>({
  sudo: { valued: ['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U', '-T', '--user', '--group'], assignments: true },
  doas: { valued: ['-u', '-C'] },
  env: { valued: ['-u', '-C', '-S', '--unset', '--chdir'], assignments: true },
  nice: { valued: ['-n', '--adjustment'] },
  nohup: { valued: [] },
  time: { valued: ['-f', '-o'] },
  exec: { valued: ['-a'] },
  command: { valued: [] },
  builtin: { valued: [] },
  stdbuf: { valued: ['-i', '-o', '-e'] },
  timeout: { valued: ['-s', '-k', '--signal', '--kill-after'], operands: 1 },
  xargs: { valued: ['-I', '-n', '-P', '-d', '-L', '-s', '-E', '-a', '--max-args', '--max-procs', '--delimiter', '--arg-file'] },
  gosu: { valued: [], operands: 1 },
  'su-exec': { valued: [], operands: 1 },
  runuser: { valued: ['-u', '-g', '-G', '--user', '--group'] },
  chroot: { valued: ['--userspec', '--groups'], operands: 1 },
  tini: { valued: ['-s', '-p', '-e'] },
  'dumb-init': { valued: ['-r', '--rewrite'] },
  unbuffer: { valued: [] },
  eatmydata: { valued: [] },
  fakeroot: { valued: ['-l', '-s', '-i'] },
  'setarch': { valued: [], operands: 1 },
  'linux32': { valued: [] },
  'linux64': { valued: [] }
})

/** The command a wrapper runs, as a command of its own, or undefined when `command` wraps nothing. */
export function unwrap(command: Command): Command | undefined {
  const wrapper = WRAPPERS[command.program]
  if (!wrapper) return undefined
  const assignments: Word[] = []
  let operands = wrapper.operands ?? 0
  let i = 0
  for (; i < command.args.length; i++) {
    const arg = command.args[i].value
    if (arg === '--') {
      i++
      break
    }
    if (wrapper.valued.includes(arg)) i++
    else if (arg.startsWith('-') && arg.length > 1) continue
    else if (wrapper.assignments && /^[A-Za-z_][A-Za-z0-9_]*=/.test(arg)) assignments.push(command.args[i])
    else if (operands > 0) operands--
    else break
  }
  while (operands-- > 0 && i < command.args.length) i++
  const name = command.args[i]
  if (!name) return undefined
  const slash = name.value.lastIndexOf('/')
  return {
    name: name.value,
    program: slash < 0 ? name.value : name.value.slice(slash + 1),
    nameWord: name,
    args: command.args.slice(i + 1),
    assignments,
    redirects: [],
    pipeline: command.pipeline,
    context: 'wrapped',
    parent: command,
    start: name.start,
    end: command.end
  }
}
