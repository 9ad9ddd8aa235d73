// Options of a `docker run` command line that hand the container the host: what an Atomic-style
// `LABEL RUN="docker run …"` should never tell users to type.
import { parseShell } from '../../shell/parse.js'
import { findFlag, flagValues } from '../../shell/helpers.js'

const CLIENTS = new Set(['docker', 'podman', 'nerdctl'])
const NAMESPACES = ['--net', '--network', '--pid', '--ipc', '--uts', '--userns']

/** The host-exposing options of every `docker`/`podman` command in the text, as the user would read them. */
export function hostExposingOptions(commandLine: string): string[] {
  const found: string[] = []
  for (const command of parseShell(commandLine).commands) {
    if (!CLIENTS.has(command.program)) continue
    const privileged = findFlag(command, '--privileged')
    if (privileged && !/=false$/i.test(privileged.value)) found.push('`--privileged`')
    for (const name of NAMESPACES) {
      if (flagValues(command, name).some((v) => v.value === 'host')) found.push(`\`${name}=host\``)
    }
    for (const mount of flagValues(command, '-v', '--volume', '--mount')) {
      const source = /(?:^|,)(?:source|src)=([^,]*)/.exec(mount.value)?.[1] ?? mount.value.split(':')[0]
      if (source === '/') found.push(`the host's root filesystem (\`${mount.value}\`)`)
      else if (source.endsWith('docker.sock')) found.push(`the Docker socket (\`${mount.value}\`)`)
    }
    for (const cap of flagValues(command, '--cap-add')) {
      if (/^(all|(cap_)?sys_admin)$/i.test(cap.value)) found.push(`\`--cap-add=${cap.value}\``)
    }
    for (const opt of flagValues(command, '--security-opt')) {
      if (/unconfined$|^label[:=]disable$/i.test(opt.value)) found.push(`\`--security-opt=${opt.value}\``)
    }
  }
  return found
}
