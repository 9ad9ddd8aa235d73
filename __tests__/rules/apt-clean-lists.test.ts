import rule from '../../src/rules/apt-clean-lists.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM debian:bookworm-slim\n'
/** hadolint's onBuildRuleCatches: every RUN as an ONBUILD trigger. */
const onbuild = (code: string) => code.replace(/^RUN /gm, 'ONBUILD RUN ')

// hadolint test/Hadolint/Rule/DL3009Spec.hs
const STAGE_IMAGE = 'FROM ubuntu as foo\nRUN apt-get update && apt-get install python\nFROM scratch\nRUN echo hey!\n'
const LAST_STAGE = 'FROM ubuntu as foo\nRUN hey!\nFROM scratch\nRUN apt-get update && apt-get install python\n'
const INTERMEDIATE = 'FROM ubuntu as foo\nRUN apt-get update && apt-get install python\nFROM foo\nRUN hey!\n'
const INTERMEDIATE_CLEANS = 'FROM ubuntu as foo\nRUN apt-get update && apt-get install python && rm -rf /var/lib/apt/lists/*\nFROM foo\nRUN hey!\n'
const CLEANUP = 'FROM scratch\nRUN apt-get update && apt-get install python && rm -rf /var/lib/apt/lists/*\n'
const NO_CLEANUP = 'FROM scratch\nRUN apt-get update && apt-get install python\n'
const MOUNT_LISTS = 'RUN --mount=type=cache,target=/var/lib/apt/lists \\\n    apt-get update && apt-get install python\n'
const MOUNT_BOTH_1 =
  'RUN --mount=type=cache,target=/var/lib/apt \\\n    --mount=type=cache,target=/var/cache/apt \\\n    rm -f /etc/apt/apt.conf.d/docker-clean && \\\n    apt-get update && apt-get install python\n'
const MOUNT_BOTH_2 =
  'RUN rm -f /etc/apt/apt.conf.d/docker-clean\nRUN --mount=type=cache,target=/var/cache/apt \\\n    --mount=type=cache,target=/var/lib/apt \\\n    apt-get update && apt-get install foo\n'
const MOUNT_CACHE_ONLY = 'RUN --mount=type=cache,target=/var/cache/apt \\\n    rm -f /etc/apt/apt.conf.d/docker-clean && \\\n    apt-get update && apt-get install python\n'
const MOUNT_LIB_ONLY = 'RUN rm -f /etc/apt/apt.conf.d/docker-clean\nRUN --mount=type=cache,target=/var/lib/apt \\\n    apt-get update && apt-get install python\n'

// KICS assets/queries/dockerfile/apt_get_install_lists_were_not_deleted/test: each file has a stage per
// case, and only the final stage's image is checked here, so each stage is also tried on its own.
const KICS_POSITIVE =
  'FROM busybox1\nRUN apt-get update && apt-get install --no-install-recommends -y python\n\nFROM busybox2\nRUN apt-get install python\n\nFROM busybox3\nRUN apt-get update && apt-get install --no-install-recommends -y python\nRUN rm -rf /var/lib/apt/lists/*\n\nFROM busybox4\nRUN apt-get update && apt-get install --no-install-recommends -y python\nRUN rm -rf /var/lib/apt/lists/*\nRUN apt-get clean\n'
const KICS_NEGATIVE1 =
  'FROM busyboxneg1\nRUN apt-get update && apt-get install --no-install-recommends -y python \\\n  && apt-get clean \\\n  && rm -rf /var/lib/apt/lists/*\n\nFROM busyboxneg2\nRUN apt-get update && apt-get install --no-install-recommends -y python && apt-get clean\n\nFROM busyboxneg3\nRUN apt-get update && apt-get install --no-install-recommends -y python \\\n  && apt-get clean\n\nFROM busyboxneg4\nRUN apt-get update && apt-get install --no-install-recommends -y python \\\n  && rm -rf /var/lib/apt/lists/*\n'
const KICS_NEGATIVE2 =
  'FROM busyboxneg5\nRUN apt-get update; \\\n  apt-get install --no-install-recommends -y python; \\\n  apt-get clean; \\\n  rm -rf /var/lib/apt/lists/*\n\nFROM busyboxneg6\nRUN apt-get update; \\\n  apt-get install --no-install-recommends -y python; \\\n  apt-get clean\n\nFROM busyboxneg7\nRUN set -eux; \\\n\tapt-get update; \\\n\tapt-get install -y --no-install-recommends package=0.0.0; \\\n\trm -rf /var/lib/apt/lists/*\n'
/** The stages of a KICS sample, each as a Dockerfile of its own. */
const stages = (file: string) => file.split(/\n\n(?=from )/i).map((stage) => stage.replace(/\n*$/, '\n'))
const lower = (file: string) => file.replace(/^(FROM|RUN) /gm, (keyword) => keyword.toLowerCase())

testRule(rule, {
  valid: [
    { name: 'DL3009: apt-get cleanup in stage image', code: STAGE_IMAGE },
    { name: 'DL3009: no warn apt-get cleanup in intermediate stage that cleans lists', code: INTERMEDIATE_CLEANS },
    { name: 'DL3009: no warn apt-get cleanup in intermediate stage that cleans lists (onbuild)', code: onbuild(INTERMEDIATE_CLEANS) },
    { name: 'DL3009: no warn apt-get cleanup in intermediate stage when stage not used later', code: STAGE_IMAGE },
    { name: 'DL3009: apt-get cleanup', code: CLEANUP },
    { name: 'DL3009: apt-get cleanup (onbuild)', code: onbuild(CLEANUP) },
    { name: "DL3009: don't warn: BuildKit cache mount to apt lists directory", code: MOUNT_LISTS },
    { name: "DL3009: don't warn: BuildKit cache mount to apt lists directory (onbuild)", code: onbuild(MOUNT_LISTS) },
    { name: "DL3009: don't warn: BuildKit cache mount to apt directories 1", code: MOUNT_BOTH_1 },
    { name: "DL3009: don't warn: BuildKit cache mount to apt directories 1 (onbuild)", code: onbuild(MOUNT_BOTH_1) },
    { name: "DL3009: don't warn: BuildKit cache mount to apt directories 2", code: MOUNT_BOTH_2 },
    { name: "DL3009: don't warn: BuildKit cache mount to apt directories 2 (onbuild)", code: onbuild(MOUNT_BOTH_2) },
    // KICS df746b39 (the names of its samples; negative3 is negative1 in lower case)
    { name: 'kics df746b39: negative1', code: KICS_NEGATIVE1 },
    { name: 'kics df746b39: negative1, busyboxneg1 alone', code: stages(KICS_NEGATIVE1)[0] },
    { name: 'kics df746b39: negative1, busyboxneg4 alone', code: stages(KICS_NEGATIVE1)[3] },
    { name: 'kics df746b39: negative2', code: KICS_NEGATIVE2 },
    { name: 'kics df746b39: negative2, busyboxneg5 alone', code: stages(KICS_NEGATIVE2)[0] },
    { name: 'kics df746b39: negative2, busyboxneg7 alone', code: stages(KICS_NEGATIVE2)[2] },
    { name: 'kics df746b39: negative3', code: lower(KICS_NEGATIVE1) },
    { name: 'kics df746b39: positive, busybox2 alone (differs: no update in the RUN, so no lists to delete)', code: stages(KICS_POSITIVE)[1] },
    // beyond hadolint
    { name: 'lists deleted with the directory', code: FROM + 'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists\n' },
    { name: 'lists deleted with a parent directory', code: FROM + 'RUN apt-get update && apt-get install -y curl && rm -fr /var/lib/apt/*\n' },
    { name: 'lists deleted with a glob', code: FROM + 'RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists*\n' },
    { name: 'apt-get distclean', code: FROM + 'RUN apt-get update && apt-get install -y curl && apt-get distclean\n' },
    { name: 'deleted through an ARG', code: FROM + 'ARG LISTS=/var/lib/apt/lists\nRUN apt-get update && apt-get install -y curl && rm -rf "$LISTS"/*\n' },
    { name: 'an rm of a variable not known here may delete them', code: FROM + 'RUN apt-get update && apt-get install -y curl && rm -rf "$CLEAN_DIRS"\n' },
    { name: 'a cache mount on /var/lib/apt holds the lists (docker-clean kept)', code: FROM + 'RUN --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y curl\n' },
    { name: 'a tmpfs mount on the lists', code: FROM + 'RUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get update && apt-get install -y curl\n' },
    { name: 'a mount target from an ARG', code: FROM + 'ARG LISTS=/var/lib/apt/lists\nRUN --mount=type=cache,target=$LISTS apt-get update && apt-get install -y curl\n' },
    { name: 'inside sh -c', code: FROM + `RUN sh -c 'apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*'\n` },
    { name: 'heredoc', code: FROM + 'RUN <<EOF\nset -e\napt-get update\napt-get install -y curl\nrm -rf /var/lib/apt/lists/*\nEOF\n' },
    { name: 'a build stage the final image only copies from', code: 'FROM debian:bookworm-slim AS build\nRUN apt-get update && apt-get install -y gcc\nRUN gcc -o /app app.c\nFROM gcr.io/distroless/base-debian12\nCOPY --from=build /app /app\n' },
    { name: 'a stage used as a base by a build stage only', code: 'FROM debian:bookworm-slim AS base\nRUN apt-get update && apt-get install -y gcc\nFROM base AS build\nRUN make\nFROM scratch\nCOPY --from=build /app /app\n' },
    { name: 'apt-get clean does not stand in for the lists, but docker-clean kept: no archives finding', code: FROM + 'RUN apt-get update && apt-get install -y curl && apt-get clean && rm -rf /var/lib/apt/lists/*\n' },
    { name: 'docker-clean off, archives cleaned', code: FROM + 'RUN rm -f /etc/apt/apt.conf.d/docker-clean\nRUN apt-get update && apt-get install -y curl && apt-get clean && rm -rf /var/lib/apt/lists/*\n' },
    { name: 'apt-cache reads only', code: FROM + 'RUN apt-cache policy curl\n' },
    { name: 'not apt', code: 'FROM alpine:3.20\nRUN apk update && apk add curl\n' }
  ],
  invalid: [
    { name: 'DL3009: apt-get no cleanup', code: NO_CLEANUP, lines: [2], messages: ['`apt-get update` downloads package lists that nothing in this RUN deletes'] },
    { name: 'DL3009: apt-get no cleanup (onbuild)', code: onbuild(NO_CLEANUP), lines: [2] },
    { name: 'DL3009: apt-get cleanup in stage image (onbuild)', code: onbuild(STAGE_IMAGE), lines: [2] },
    { name: 'DL3009: apt-get no cleanup in last stage', code: LAST_STAGE, lines: [4] },
    { name: 'DL3009: apt-get no cleanup in last stage (onbuild)', code: onbuild(LAST_STAGE), lines: [4] },
    { name: 'DL3009: apt-get no cleanup in intermediate stage', code: INTERMEDIATE, lines: [2] },
    { name: 'DL3009: apt-get no cleanup in intermediate stage (onbuild)', code: onbuild(INTERMEDIATE), lines: [2] },
    { name: 'DL3009: no warn apt-get cleanup in intermediate stage when stage not used later (onbuild)', code: onbuild(STAGE_IMAGE), lines: [2] },
    { name: 'DL3009: warn: BuildKit cache mount to apt cache directory only', code: MOUNT_CACHE_ONLY, lines: [3], messages: ['`apt-get update`'] },
    { name: 'DL3009: warn: BuildKit cache mount to apt cache directory only (onbuild)', code: onbuild(MOUNT_CACHE_ONLY), lines: [3] },
    { name: 'DL3009: warn: BuildKit cache mount to apt lists directory only', code: MOUNT_LIB_ONLY, lines: [3], messages: ['keeps the .deb files it downloads in /var/cache/apt/archives'] },
    { name: 'DL3009: warn: BuildKit cache mount to apt lists directory only (onbuild)', code: onbuild(MOUNT_LIB_ONLY), lines: [3] },
    // KICS df746b39 (positive3 is positive in lower case)
    { name: 'kics df746b39: positive (differs: only the final stage is checked, KICS also reports lines 2, 5 and 8)', code: KICS_POSITIVE, lines: [12] },
    { name: 'kics df746b39: positive, busybox1 alone', code: stages(KICS_POSITIVE)[0], lines: [2] },
    { name: 'kics df746b39: positive, busybox3 alone', code: stages(KICS_POSITIVE)[2], lines: [2] },
    { name: 'kics df746b39: positive2', code: 'FROM busybox5\nRUN set -eux; \\\n\tapt-get update; \\\n\tapt-get install -y --no-install-recommends package=0.0.0\n', lines: [3] },
    { name: 'kics df746b39: positive3 (differs, as positive)', code: lower(KICS_POSITIVE), lines: [12] },
    { name: 'kics df746b39: negative1, busyboxneg2 alone (differs: apt-get clean leaves the lists)', code: stages(KICS_NEGATIVE1)[1], lines: [2] },
    { name: 'kics df746b39: negative1, busyboxneg3 alone (differs: apt-get clean leaves the lists)', code: stages(KICS_NEGATIVE1)[2], lines: [2] },
    { name: 'kics df746b39: negative2, busyboxneg6 alone (differs: apt-get clean leaves the lists)', code: stages(KICS_NEGATIVE2)[1], lines: [2] },
    // beyond hadolint
    { name: 'apt', code: FROM + 'RUN apt update && apt install -y curl\n', lines: [2], messages: ['`apt update`'] },
    { name: 'lists deleted before the update', code: FROM + 'RUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y curl\n', lines: [2] },
    { name: 'lists deleted in a later RUN', code: FROM + 'RUN apt-get update && apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/*\n', lines: [2] },
    { name: 'an rm of other directories', code: FROM + 'RUN apt-get update && apt-get install -y curl && rm -rf /tmp/* /var/tmp/* /var/lib/apt/lists/partial\n', lines: [2] },
    { name: 'an rm of a variable under another directory', code: FROM + 'RUN apt-get update && apt-get install -y curl && rm -rf /tmp/$BUILD\n', lines: [2] },
    { name: 'apt-get clean leaves the lists', code: FROM + 'RUN apt-get update && apt-get install -y curl && apt-get clean\n', lines: [2] },
    { name: 'a bind mount is no cache', code: FROM + 'RUN --mount=type=bind,target=/var/lib/apt/lists apt-get update && apt-get install -y curl\n', lines: [2] },
    { name: 'reported once per RUN, at the last update', code: FROM + 'RUN apt-get update && apt-get install -y curl && \\\n    apt-get update && apt-get install -y git\n', lines: [3] },
    { name: 'heredoc', code: FROM + 'RUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n', lines: [3] },
    { name: 'sudo', code: FROM + 'RUN sudo apt-get update && sudo apt-get install -y curl\n', lines: [2] },
    { name: 'exec form', code: FROM + 'RUN ["apt-get", "update"]\n', lines: [2] },
    { name: 'the final stage built FROM a build stage', code: 'FROM debian:bookworm-slim AS base\nRUN apt-get update && apt-get install -y curl\nFROM base AS app\nRUN echo ok\n', lines: [2] },
    { name: 'docker-clean off in a stage it is built FROM, no archives cache', code: 'FROM debian:bookworm-slim AS base\nRUN rm -f /etc/apt/apt.conf.d/docker-clean\nFROM base\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl\n', lines: [4], messages: ['/var/cache/apt/archives'] },
    { name: 'Keep-Downloaded-Packages turned on', code: FROM + `RUN echo 'Binary::apt::APT::Keep-Downloaded-Packages "true";' > /etc/apt/apt.conf.d/keep-cache\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl\n`, lines: [3] },
    { name: 'lists and archives both left', code: FROM + 'RUN rm -f /etc/apt/apt.conf.d/docker-clean && apt-get update && apt-get install -y curl\n', lines: [2, 2] }
  ]
})
