// Which files a command writes, for rules about sensitive paths (`/etc/sudoers`, `/etc/shadow`,
// `~/.npmrc`, apt sources): redirects, `tee`, copies, in-place edits.
import { readOptions } from './options.js'
import type { Command, Word } from './types.js'
import { table } from '../lookup.js'

/** Copy-like tools: the destination is the last operand, or the `-t DIR` value. */
const COPIERS = table<string>({ cp: 'tS', mv: 'tS', install: 'mgotS', ln: 'tS' })

/**
 * The files a command writes or replaces, as written: its `>`/`>>`/`&>` targets, the files of `tee`,
 * the destination of `cp`/`mv`/`install`/`ln`, the files `sed -i` edits, the `of=` of `dd`.
 * A wrapper's redirect belongs to the wrapper (`sudo echo x > f` writes as the caller), so each
 * command of a wrapper chain reports only its own.
 */
export function writtenFiles(command: Command): Word[] {
  const files: Word[] = []
  for (const r of command.redirects) if (r.target && /^(>|>>|>\||&>|&>>)$/.test(r.op)) files.push(r.target)
  const program = command.program
  if (program === 'tee') {
    files.push(...readOptions(command, { short: '' }).operands)
  } else if (COPIERS[program]) {
    const read = readOptions(command, { short: COPIERS[program], long: ['--target-directory', '--suffix', '--mode', '--owner', '--group'] })
    const target = read.options.find((o) => o.name === '-t' || o.name === '--target-directory')?.value
    const directoryOnly = program === 'install' && read.options.some((o) => o.name === '-d' || o.name === '--directory')
    if (target) files.push(target)
    else if (read.operands.length >= 2 && !directoryOnly) files.push(read.operands[read.operands.length - 1])
  } else if (program === 'sed') {
    const read = readOptions(command, { short: 'efl', long: ['--expression', '--file', '--line-length'] })
    const inPlace = read.options.some((o) => o.name === '-i' || o.name.startsWith('--in-place'))
    // Without -e/-f the first operand is the script, not a file.
    const scripted = read.options.some((o) => ['-e', '-f', '--expression', '--file'].includes(o.name))
    if (inPlace) files.push(...read.operands.slice(scripted ? 0 : 1))
  } else if (program === 'dd') {
    for (const arg of command.args) if (arg.value.startsWith('of=')) files.push({ ...arg, value: arg.value.slice(3) })
  }
  return files.length ? files.filter((f) => f.value !== '-' && !f.value.startsWith('/dev/')) : files
}

/** False when `writtenFiles` finds nothing: no redirect, and none of the tools it reads (a test before any list is made). */
export function mayWriteFiles(command: Command): boolean {
  const program = command.program
  return command.redirects.length > 0 || program === 'tee' || program === 'sed' || program === 'dd' || COPIERS[program] !== undefined
}

/** The paths `rm` deletes, as written: `rm -rf "$tempDir" /var/lib/apt/lists/*`. */
export function removedPaths(command: Command): Word[] {
  return command.program === 'rm' ? readOptions(command, { short: '' }).operands : []
}
