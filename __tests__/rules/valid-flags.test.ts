import rule from '../../src/rules/valid-flags.js'
import { testRule } from '../helpers/test-rule.js'

const SHA = 'sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d'

// BuildKit's own cases: frontend/dockerfile/instructions/parse_test.go (TestErrorCases' "MAINTAINER
// unknown flag", TestRunCmdFlagsUsed's tmpfs mount).
const buildkit = {
  valid: [{ name: 'BuildKit: a tmpfs mount', code: 'FROM alpine:3.20\nRUN --mount=type=tmpfs,target=/foo/ echo hello\n' }],
  invalid: [{ name: 'BuildKit: MAINTAINER unknown flag', code: 'FROM alpine:3.20\nMAINTAINER --boo joe@example.com\n', lines: [2], messages: ['MAINTAINER takes no flags, and reads `--boo` as one, so BuildKit rejects it ("unknown flag: --boo")'] }]
}

testRule(rule, {
  valid: [
    ...buildkit.valid,
    { name: 'cache mounts', code: 'FROM debian:bookworm-slim\nRUN --mount=type=cache,target=/var/cache/apt,sharing=locked \\\n    --mount=type=cache,target=/var/lib/apt,sharing=locked \\\n    apt-get update && apt-get install -y --no-install-recommends curl\n' },
    { name: 'secret and ssh mounts', code: 'FROM node:22-bookworm-slim\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc,required npm ci\nRUN --mount=type=secret,id=aws,env=AWS_ACCESS_KEY_ID,required=true aws s3 ls\nRUN --mount=type=ssh,required git clone git@github.com:acme/app.git\n' },
    { name: 'bind mounts', code: 'FROM alpine:3.20 AS build\nFROM alpine:3.20\nRUN --mount=type=bind,from=build,source=/out,target=/in cp -r /in /app\nRUN --mount=target=/src,rw make -C /src\nRUN --mount=type=bind,src=.,dst=/src,readonly ls /src\n' },
    { name: 'cache owner and mode, tmpfs size', code: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/root/.cache,uid=1000,gid=1000,mode=0755 ls\nRUN --mount=type=tmpfs,target=/tmp,size=64m ls\nRUN --mount=type=tmpfs,target=/tmp,size=1.5GiB ls\n' },
    { name: 'options in any case, type anywhere', code: 'FROM alpine:3.20\nRUN --mount=Target=/x,Type=Cache,Sharing=Private ls\n' },
    { name: 'mount values from known and unknown variables', code: 'FROM alpine:3.20\nARG UID=1000\nRUN --mount=type=cache,target=/x,uid=${UID},gid=$GID,id=$CACHE_ID ls\n' },
    { name: 'network, security and device', code: 'FROM alpine:3.20\nRUN --network=none ls\nRUN --network=host ls\nRUN --network=default ls\nRUN --security=insecure ls\nRUN --security=sandbox ls\nRUN --device=nvidia.com/gpu=all ls\n' },
    { name: "COPY's flags", code: 'FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=build --chown=10001:10001 --chmod=755 --link /out /app\nCOPY --link=true --chmod=0644 --exclude=*.md --exclude=.git --parents ./a/./b /c/\nCOPY --link=False --chmod=u+x a /a\nCOPY --chmod=a+rX,go-w a /a\nCOPY --from= a /a\n' },
    { name: "ADD's flags", code: `FROM alpine:3.20\nADD --checksum=${SHA} https://example.com/app.tar.gz /app/\nADD --keep-git-dir=true https://github.com/acme/app.git#v1 /src\nADD --checksum=782dee8d8b3e3e6a7ed9e4ab1b0c4c9b0fc83a8b https://github.com/moby/buildkit.git#v0.10.1 /buildkit\nADD --unpack=true --chown=app --chmod=644 --link --exclude=*.txt app.tar.gz /app/\n` },
    { name: 'FROM --platform', code: 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build\n' },
    { name: 'a --chmod from an unknown or a known variable', code: 'FROM alpine:3.20\nARG MODE=755\nCOPY --chmod=$MODE a /a\nCOPY --chmod=${UNKNOWN} a /a\n' },
    { name: 'quoted values', code: 'FROM alpine:3.20\nCOPY --chown="app:app" --chmod=\'755\' a /a\nRUN --network="none" ls\n' },
    { name: 'exec form CMD and ENTRYPOINT with --options', code: 'FROM alpine:3.20\nENTRYPOINT ["app", "--config", "/etc/app.yaml"]\nCMD ["--port", "8080"]\n' },
    { name: 'options of the command are not flags', code: 'FROM debian:bookworm-slim\nRUN apt-get install -y --no-install-recommends curl\nRUN ["sh", "-c", "--x"]\nCMD app --port 8080\n' },
    { name: 'a first word holding -- ends the flags', code: 'FROM alpine:3.20\nCOPY a--b --x /c/\n' },
    { name: 'ARG and STOPSIGNAL flags are not read', code: 'FROM alpine:3.20\nARG --required NAME\nSTOPSIGNAL --x SIGTERM\n' },
    { name: 'a heredoc after the flags', code: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/root/.cache <<EOF\napk add --no-cache curl\nEOF\n' },
    { name: 'HEALTHCHECK options are valid-healthcheck\'s', code: 'FROM alpine:3.20\nHEALTHCHECK --intervall=30s CMD x\n' },
    { name: 'a custom frontend takes its own flags', code: '# syntax=example.com/frontend:1\nFROM alpine:3.20\nRUN --sandbox=strict make\n' },
    { name: "Docker's own frontend is not custom", code: '# syntax=docker/dockerfile:1\nFROM alpine:3.20\nCOPY --parents --exclude=*.md . /src/\n' }
  ],
  invalid: [
    ...buildkit.invalid,
    { name: 'a misspelt flag', code: 'FROM alpine:3.20\nCOPY --chwon=10001:10001 app /app\n', lines: [2], messages: ['`--chwon` is not a flag of COPY, so BuildKit rejects it ("unknown flag: --chwon"). Did you mean `--chown`? COPY takes `--from`, `--chown`, `--chmod`, `--link`, `--exclude`, `--parents`.'] },
    { name: 'a flag in the wrong case', code: 'FROM alpine:3.20\nCOPY --Link a /a\n', lines: [2], messages: ['Did you mean `--link`?'] },
    { name: "another instruction's flag", code: 'FROM alpine:3.20 AS build\nFROM alpine:3.20\nADD --from=build a /a\nCOPY --checksum=sha256:abc a /a\n', lines: [3, 4], messages: ['`--from` is not a flag of ADD', '`--checksum` is not a flag of COPY'] },
    { name: 'a value after a space', code: 'FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from build /out /app\n', lines: [3], messages: ['`--from` has no value, so BuildKit rejects it ("missing a value on flag: --from"). Write it `--from=<value>`, with `=`'] },
    { name: 'FROM --platform without a value', code: 'FROM --platform alpine:3.20\n', lines: [1], messages: ['missing a value on flag: --platform'] },
    { name: 'a misspelt FROM flag', code: 'FROM --plattform=linux/amd64 alpine:3.20\n', lines: [1], messages: ['Did you mean `--platform`?'] },
    { name: 'a flag given twice', code: 'FROM alpine:3.20\nCOPY --chown=1:1 --chown=2:2 a /a\n', lines: [2], messages: ['`--chown` is given twice, so BuildKit rejects it ("duplicate flag specified: --chown")'] },
    { name: 'a boolean that is not', code: 'FROM alpine:3.20\nCOPY --link=yes a /a\nCOPY --link= a /a\n', lines: [2, 3], messages: ['`--link=yes` is not a boolean, so BuildKit rejects it ("expecting boolean value for flag link, not: yes")', '`--link` is given `=` and no value'] },
    { name: 'a boolean from a variable', code: 'FROM alpine:3.20\nARG LINK=true\nCOPY --link=$LINK a /a\n', lines: [3], messages: ['expands no variables here'] },
    { name: 'RUN flags misspelt', code: 'FROM alpine:3.20\nRUN --networks=none ls\nRUN --mounts=type=cache,target=/x ls\n', lines: [2, 3], messages: ['Did you mean `--network`?', 'Did you mean `--mount`?'] },
    { name: 'a network mode BuildKit does not know', code: 'FROM alpine:3.20\nRUN --network=bridge ls\nRUN --network=NONE ls\n', lines: [2, 3], messages: ['`--network=bridge` is not a value of `--network`, so BuildKit rejects it ("invalid network mode "bridge"")', 'Did you mean `none`?'] },
    { name: 'a network mode from a variable', code: 'FROM alpine:3.20\nARG NET=none\nRUN --network=$NET ls\n', lines: [3], messages: ['BuildKit does not expand variables here.'] },
    { name: 'a security mode BuildKit does not know', code: 'FROM alpine:3.20\nRUN --security=privileged ls\n', lines: [2], messages: ['security "privileged" is not valid'] },
    { name: 'a mount type misspelt', code: 'FROM alpine:3.20\nRUN --mount=type=cahce,target=/root/.cache ls\n', lines: [2], messages: ['`type=cahce` is not a mount type, so BuildKit rejects it ("unsupported mount type "cahce""). Did you mean `cache`?'] },
    { name: 'a mount option misspelt', code: 'FROM alpine:3.20\nRUN --mount=type=cache,targt=/root/.cache ls\n', lines: [2], messages: ["`--mount` has no option `targt`, so BuildKit rejects it (\"unexpected key 'targt' in 'targt=/root/.cache'\"). Did you mean `target`?"] },
    { name: 'a mount option without its value', code: 'FROM alpine:3.20\nRUN --mount=type=cache,target ls\n', lines: [2], messages: ["The `--mount` option `target` has no value, so BuildKit rejects it (\"invalid field 'target' must be a key=value pair\")"] },
    { name: 'a mount option with no name', code: 'FROM alpine:3.20\nRUN --mount==x ls\n', lines: [2], messages: ['The `--mount` option `=x` has no name'] },
    { name: 'a trailing comma', code: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/x, ls\n', lines: [2], messages: ['`--mount` has an empty option'] },
    { name: 'an empty mount', code: 'FROM alpine:3.20\nRUN --mount= ls\n', lines: [2], messages: ['`--mount=` mounts nothing'] },
    { name: 'a sharing mode misspelt', code: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/x,sharing=lock ls\n', lines: [2], messages: ['Did you mean `locked`?'] },
    { name: 'sharing on a bind mount', code: 'FROM alpine:3.20\nRUN --mount=type=bind,target=/x,sharing=locked ls\n', lines: [2], messages: ['invalid cache sharing set for bind mount'] },
    { name: 'a boolean option that is not', code: 'FROM alpine:3.20\nRUN --mount=type=bind,target=/x,ro=yes ls\n', lines: [2], messages: ['`ro=yes` is not a boolean, so BuildKit rejects it ("invalid value for ro: yes")'] },
    { name: 'a user name as uid', code: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/x,uid=app ls\n', lines: [2], messages: ['invalid value app for uid'] },
    { name: 'mode not octal, and on a bind mount', code: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/x,mode=0789 ls\nRUN --mount=type=bind,target=/x,mode=0755 ls\n', lines: [2, 3], messages: ['invalid value 0789 for mode', 'mode not allowed for "bind" type mounts'] },
    { name: 'size on a cache mount', code: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/x,size=64m ls\n', lines: [2], messages: ["unexpected key 'size' for mount type 'cache'"] },
    { name: 'a size that is none', code: 'FROM alpine:3.20\nRUN --mount=type=tmpfs,target=/x,size=lots ls\n', lines: [2], messages: ['invalid value for size: lots'] },
    { name: 'required before the type', code: 'FROM alpine:3.20\nRUN --mount=required,type=secret,id=x ls\nRUN --mount=type=cache,target=/x,required ls\n', lines: [2, 3], messages: ["unexpected key 'required' for mount type 'bind'", "unexpected key 'required' for mount type 'cache'"] },
    { name: 'a secret mount without id', code: 'FROM alpine:3.20\nRUN --mount=type=secret,required cat /run/secrets/x\n', lines: [2], messages: ['invalid secret mount. one of source, target required'] },
    { name: 'a secret mount with from or both source and id', code: 'FROM alpine:3.20\nRUN --mount=type=secret,id=a,from=b ls\nRUN --mount=type=secret,id=a,source=b ls\n', lines: [2, 3], messages: ['secret mount should not have a from', "both source and id can't be set"] },
    { name: "a variable in a mount's from", code: 'FROM alpine:3.20\nARG IMAGE=alpine:3.20\nRUN --mount=type=bind,from=$IMAGE,target=/x ls\n', lines: [3], messages: ["'from' doesn't support variable expansion, define alias stage instead"] },
    { name: 'a mount over /', code: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/ ls\nRUN --mount=type=bind,target=/.. ls\n', lines: [2, 3], messages: ['invalid mount target "/"'] },
    { name: 'a mode that is not one', code: 'FROM alpine:3.20\nCOPY --chmod=855 a /a\nCOPY --chmod=10000 a /a\nCOPY --chmod=rwxr-xr-x a /a\nCOPY --chmod=0o755 a /a\n', lines: [2, 3, 4, 5], messages: ["`--chmod=855` is not a file mode, so BuildKit rejects it (\"invalid chmod parameter: '855'\")"] },
    { name: 'a mode from a known variable', code: 'FROM alpine:3.20\nARG MODE=888\nADD --chmod=$MODE a /a\n', lines: [3], messages: ["invalid chmod parameter: '888'"] },
    { name: 'a checksum that is no SHA-256 digest', code: 'FROM alpine:3.20\nADD --checksum=sha256:abc https://example.com/a.tgz /a\nADD --checksum=md5:d41d8cd98f00b204e9800998ecf8427e https://example.com/a.tgz /a\n', lines: [2, 3], messages: ['is not a SHA-256 digest'] },
    { name: 'a checksum for a local file, or several', code: `FROM alpine:3.20\nADD --checksum=${SHA} app.tgz /app/\nADD --checksum=${SHA} https://example.com/a https://example.com/b /x/\n`, lines: [2, 3], messages: ["checksum can't be specified for non-HTTP(S) sources", "checksum can't be specified for multiple sources"] },
    { name: 'WORKDIR takes no flags', code: 'FROM alpine:3.20\nWORKDIR --x /a\n', lines: [2], messages: ['WORKDIR takes no flags, and reads `--x` as one, so BuildKit rejects it ("unknown flag: --x").'] },
    { name: 'a shell-form CMD starting with an option', code: 'FROM alpine:3.20\nENTRYPOINT ["app"]\nCMD --port 8080\n', lines: [3], messages: ['CMD takes no flags, and reads `--port` as one, so BuildKit rejects it ("unknown flag: --port"). To pass `--port` to the program, write the CMD in exec form: `CMD ["--port", "8080"]`.'] },
    { name: 'ENV and USER with flags', code: 'FROM alpine:3.20\nENV --foo=bar A=b\nUSER --x app\n', lines: [2, 3] },
    { name: 'an ONBUILD trigger', code: 'FROM alpine:3.20\nONBUILD COPY --chwon=app . /app\n', lines: [2], messages: ['this image builds, but every image built `FROM` it fails ("unknown flag: --chwon")'] },
    { name: 'each flag over continuation lines', code: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/a \\\n    --mount=type=cahce,target=/b \\\n    --netwrk=none \\\n    ls\n', lines: [3, 4] },
    { name: 'Windows escape', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY --chwon=app `\n  app.exe C:/app/\n', lines: [3] },
    { name: 'CRLF line ends', code: 'FROM alpine:3.20\r\nRUN --network=bridge \\\r\n  ls\r\n', lines: [2] },
    { name: 'a quoted value', code: 'FROM alpine:3.20\nRUN --network="bridge" ls\n', lines: [2] }
  ]
})
