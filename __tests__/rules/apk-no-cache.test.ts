import rule from '../../src/rules/apk-no-cache.js'
import { testRule } from '../helpers/test-rule.js'

const FROM = 'FROM alpine:3.20\n'

testRule(rule, {
  valid: [
    { name: 'apk add --no-network: the run-time dependencies of the official images, no index fetched', code: 'FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc && runDeps=so:libc.musl-x86_64.so.1 && apk add --no-network --virtual .rundeps $runDeps && apk del --no-network .build-deps\n' },
    // hadolint test/Hadolint/Rule/DL3019Spec.hs (each also as an ONBUILD trigger)
    { name: 'DL3019: apk add with --no-cache', code: 'RUN apk add --no-cache flex=2.6.4-r1\n' },
    { name: 'DL3019: apk add with --no-cache (onbuild)', code: 'ONBUILD RUN apk add --no-cache flex=2.6.4-r1\n' },
    { name: "DL3019: don't warn: apk add with BuildKit cache mount", code: 'RUN --mount=type=cache,target=/var/cache/apk apk add -U curl=7.77.0\n' },
    { name: "DL3019: don't warn: apk add with BuildKit cache mount (onbuild)", code: 'ONBUILD RUN --mount=type=cache,target=/var/cache/apk apk add -U curl=7.77.0\n' },
    { name: "DL3019: don't warn: apk add with BuildKit cache mount in wrong dir and --no-cache", code: 'RUN --mount=type=cache,target=/var/cache/foo apk add --no-cache -U curl=7.77.0\n' },
    { name: "DL3019: don't warn: apk add with BuildKit cache mount in wrong dir and --no-cache (onbuild)", code: 'ONBUILD RUN --mount=type=cache,target=/var/cache/foo apk add --no-cache -U curl=7.77.0\n' },
    // Trivy checks/docker/missing_apk_no_cache_test.rego
    { name: 'DS025: test_basic_allowed', code: 'FROM alpine:3.17\nRUN apk add --no-cache python3\nRUN pip install --no-cache-dir -r /usr/src/app/requirements.txt\nCMD ["python", "/usr/src/app/app.py"]\n' },
    { name: 'DS025: test_last_no_cache_allowed', code: 'FROM alpine:3.14\nRUN apk add bash --no-cache\n' },
    {
      name: 'DS025: test_basic_denied (differs: the apk add is in a stage the final image does not use)',
      code: 'FROM alpine:3.17\nRUN apk add python3\nRUN pip install --no-cache-dir -r /usr/src/app/requirements.txt\nCMD ["python", "/usr/src/app/app.py"]\nFROM alpine:3.4\n'
    },
    // KICS assets/queries/dockerfile/apk_add_using_local_cache_path/test
    { name: 'kics ae9c56a6: negative', code: 'FROM gliderlabs/alpine:3.3\nRUN apk add --no-cache python\nWORKDIR /app\nONBUILD COPY . /app\nONBUILD RUN virtualenv /env && /env/bin/pip install -r /app/requirements.txt\nEXPOSE 8080\nCMD ["/env/bin/python", "main.py"]' },
    { name: 'kics ae9c56a6: negative2', code: 'FROM gliderlabs/alpine:3.3\nRUN apk add --no-cache python\nWORKDIR /app\nONBUILD COPY . /app\nONBUILD RUN virtualenv /env; \\\n    /env/bin/pip install -r /app/requirements.txt\nEXPOSE 8080\nCMD ["/env/bin/python", "main.py"]\n' },
    { name: 'kics ae9c56a6: negative3', code: 'from gliderlabs/alpine:3.3\nrun apk add --no-cache python\nworkdir /app\nonbuild COPY . /app\nonbuild RUN virtualenv /env && /env/bin/pip install -r /app/requirements.txt\nexpose 8080\ncmd ["/env/bin/python", "main.py"]' },
    // beyond hadolint
    { name: '--no-cache before the verb', code: FROM + 'RUN apk --no-cache add curl\n' },
    { name: 'index deleted later in the RUN', code: FROM + 'RUN apk update && apk add curl && rm -rf /var/cache/apk/*\n' },
    { name: 'apk update whose index is deleted', code: FROM + 'RUN apk update && apk add --no-cache curl && rm -rf /var/cache/apk/*\n' },
    { name: 'a cache mount with a trailing slash', code: FROM + 'RUN --mount=type=cache,target=/var/cache/apk/ apk add curl\n' },
    { name: 'a cache mount at /etc/apk/cache', code: FROM + 'RUN --mount=type=cache,target=/etc/apk/cache apk add --update curl\n' },
    { name: 'a build stage the final image only copies from', code: FROM.replace('\n', ' AS build\n') + 'RUN apk add build-base\nRUN make\nFROM alpine:3.20\nCOPY --from=build /app /app\n' },
    { name: 'apk del and apk info need no index', code: FROM + 'RUN apk info && apk del curl\n' },
    { name: 'an orphaned apk update is another rule\'s', code: FROM + 'RUN apk update\n' },
    { name: 'cache moved by --cache-dir into a mount', code: FROM + 'RUN --mount=type=cache,target=/tmp/apk apk add --cache-dir /tmp/apk curl\n' }
  ],
  invalid: [
    // hadolint test/Hadolint/Rule/DL3019Spec.hs
    { name: 'DL3019: apk add without --no-cache', code: 'RUN apk add flex=2.6.4-r1\n', lines: [1], messages: ['`apk add` without `--no-cache`'], fix: 'add --no-cache' },
    { name: 'DL3019: apk add without --no-cache (onbuild)', code: 'ONBUILD RUN apk add flex=2.6.4-r1\n', lines: [1] },
    { name: 'DL3019: warn: apk add with BuildKit cache mount to wrong dir', code: 'RUN --mount=type=cache,target=/var/cache/foo apk add -U curl=7.77.0\n', lines: [1] },
    { name: 'DL3019: warn: apk add with BuildKit cache mount to wrong dir (onbuild)', code: 'ONBUILD RUN --mount=type=cache,target=/var/cache/foo apk add -U curl=7.77.0\n', lines: [1] },
    // Trivy checks/docker/missing_apk_no_cache_test.rego
    { name: 'DS025: test_deny_run_is_array', code: 'FROM alpine:3.17\nRUN ["apk", "add", "python3"]\nRUN pip install --no-cache-dir -r /usr/src/app/requirements.txt\nCMD ["python", "/usr/src/app/app.py"]\n', lines: [2] },
    { name: 'DS025: test_wrong_flag_name_denied', code: 'FROM alpine:3.5\nRUN apk add --no-cacher bash\n', lines: [2] },
    { name: 'DS025: test_deny_no_cache_flag_with_other_command', code: 'FROM alpine:3.17\nRUN apk upgrade --no-cache && apk add python3\n', lines: [2], messages: ['`apk add`'] },
    // KICS assets/queries/dockerfile/apk_add_using_local_cache_path/test
    { name: 'kics ae9c56a6: positive2', code: 'FROM gliderlabs/alpine:3.3\nRUN apk add --update-cache python\nWORKDIR /app\nONBUILD COPY . /app\nONBUILD RUN virtualenv /env; \\\n    /env/bin/pip install -r /app/requirements.txt\nEXPOSE 8080\nCMD ["/env/bin/python", "main.py"]\n', lines: [2] },
    { name: 'kics ae9c56a6: positive3', code: 'from gliderlabs/alpine:3.3\nrun apk add --update-cache python\nworkdir /app\nonbuild COPY . /app\nonbuild RUN virtualenv /env && /env/bin/pip install -r /app/requirements.txt\nexpose 8080\ncmd ["/env/bin/python", "main.py"]', lines: [2] },
    // beyond hadolint
    { name: 'apk update then apk add', code: FROM + 'RUN apk update && apk add curl\n', lines: [2], fix: 'add --no-cache' },
    { name: 'apk upgrade', code: FROM + 'RUN apk upgrade --update\n', lines: [2], messages: ['`apk upgrade`'], fix: 'upgrade --no-cache' },
    { name: 'apk update before apk add --no-cache', code: FROM + 'RUN apk update && apk add --no-cache curl\n', lines: [2], messages: ['drop `apk update`'] },
    { name: 'index deleted in a later RUN', code: FROM + 'RUN apk add --update curl\nRUN rm -rf /var/cache/apk/*\n', lines: [2] },
    { name: 'each apk add is reported with its fix', code: FROM + 'RUN apk add --virtual .deps gcc && \\\n    apk add curl\n', lines: [2, 3] },
    { name: 'inside sh -c', code: FROM + `RUN sh -c 'apk add curl'\n`, lines: [2], fix: 'add --no-cache' },
    { name: 'exec form', code: FROM + 'RUN ["apk", "add", "curl"]\n', lines: [2], fix: '"add", "--no-cache"' },
    { name: 'heredoc', code: FROM + 'RUN <<EOF\napk update\napk add curl\nEOF\n', lines: [4] },
    { name: 'the final stage built FROM another', code: FROM.replace('\n', ' AS base\n') + 'RUN apk add curl\nFROM base\nRUN echo ok\n', lines: [2] }
  ]
})
