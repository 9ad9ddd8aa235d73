import rule from '../../src/rules/no-insecure-build-options.js'
import { testRule } from '../helpers/test-rule.js'

const from = 'FROM alpine:3.20\n'

testRule(rule, {
  valid: [
    `${from}RUN --network=none --security=sandbox make test\n`,
    { name: 'other mounts and flags', code: `${from}RUN --mount=type=cache,target=/root/.cache --network=default apk add --no-cache git\n` },
    { name: 'an ARG without default is not guessed at', code: `${from}ARG NET\nRUN --network=$NET make\n` },
    { name: 'a harmless run label', code: `${from}LABEL RUN="docker run --rm -it -p 8080:8080 IMAGE"\n` },
    { name: 'a read-only data volume', code: `${from}LABEL RUN="docker run -v /srv/data:/data:ro IMAGE"\n` },
    { name: 'other labels may mention the flags', code: `${from}LABEL org.opencontainers.image.description="never run with --privileged"\n` },
    { name: 'privileged inside a RUN is not a label (and not this rule)', code: `${from}RUN echo "docker run --privileged" > /usr/share/doc/usage\n` },
    { name: '--privileged=false', code: `${from}LABEL RUN="podman run --privileged=false IMAGE"\n` }
  ],
  invalid: [
    { code: `${from}RUN --security=insecure make install\n`, lines: [2], messages: ['`RUN --security=insecure`'] },
    { code: `${from}RUN --network=host make\n`, lines: [2], messages: ['`RUN --network=host`'] },
    { name: 'both, after a mount', code: `${from}RUN --mount=type=cache,target=/c --network=host --security=insecure make\n`, lines: [2, 2] },
    { name: 'from an ARG default', code: `${from}ARG NET=host\nRUN --network=\${NET} make\n`, lines: [3] },
    { name: 'an ONBUILD trigger', code: `${from}ONBUILD RUN --network=host make\n`, lines: [2] },
    {
      name: 'an Atomic RUN label',
      code: `${from}LABEL RUN="docker run -it --rm --privileged --net=host --pid=host -v /:/host -e HOST=/host IMAGE"\n`,
      lines: [2],
      messages: ["`LABEL RUN` tells users to run the image with `--privileged`, `--net=host`, `--pid=host`, the host's root filesystem (`/:/host`)"]
    },
    { name: 'the Docker socket in INSTALL', code: `${from}LABEL INSTALL="docker run --rm -v /var/run/docker.sock:/var/run/docker.sock IMAGE /install.sh"\n`, lines: [2], messages: ['the Docker socket'] },
    { name: 'a root bind mount with --mount', code: `${from}LABEL UNINSTALL="docker run --mount type=bind,source=/,target=/host IMAGE"\n`, lines: [2] },
    { name: 'capabilities and unconfined profiles', code: `${from}LABEL RUN="docker run --cap-add=SYS_ADMIN --security-opt seccomp=unconfined IMAGE"\n`, lines: [2], messages: ['`--cap-add=SYS_ADMIN`, `--security-opt=seccomp=unconfined`'] },
    { name: 'one label among others, continued over lines', code: `${from}LABEL maintainer="ops@example.com" \\\n      RUN="docker run --network host IMAGE"\n`, lines: [3] }
  ]
})
