// Every rule of the other linters our rules are mapped to, with a short title, and for those no
// rule of ours claims (`equivalents` or `related` in the rule's metadata) the reason why. The docs
// index renders one coverage table per tool from this file and the rules, and
// __tests__/coverage.test.ts fails when a rule claims an id that is not listed here or an id here
// is neither claimed nor explained. Sources: ../shared/research/rules-union.md §1–5 (Trivy
// trivy-checks, Checkov, BuildKit, KICS v2.1.2, hadolint 2.15), plus Trivy's DS032 and Checkov's
// CKV2_DOCKER_18, which are newer than that note.
import { table } from './lookup.js'
import type { Rule, Tool } from './rules/types.js'

export interface OtherRule {
  /** The tool's own title, shortened. */
  title: string
  /** Why no rule here catches the same cases or the same concern (`not yet: …` where one is planned). */
  notCovered?: string
}

export type HadolintSeverity = 'error' | 'warning' | 'info' | 'style' | 'ignore'

export interface HadolintRule extends OtherRule {
  /** hadolint's default severity; `ignore` rules do not run unless a configuration raises them. */
  severity: HadolintSeverity
}

/**
 * Every DL rule hadolint 2.15 has (71 codes; DL3005, DL3017, DL3031, DL3039 and DL4002 were retired).
 * The ShellCheck `SC` codes it runs on RUN bodies are not rules of hadolint's own and are not listed.
 */
export const HADOLINT_RULES = table<HadolintRule>({
  DL1001: { severity: 'ignore', title: 'Inline ignore pragmas' },
  DL3000: { severity: 'error', title: 'Use absolute WORKDIR' },
  DL3001: { severity: 'info', title: 'Pointless commands (ssh, vim, shutdown, service, ps, free, top, kill, mount, ifconfig)' },
  DL3002: { severity: 'warning', title: 'Last USER should not be root' },
  DL3003: { severity: 'warning', title: 'Use WORKDIR to switch to a directory' },
  DL3004: { severity: 'error', title: 'Do not use sudo' },
  DL3006: { severity: 'warning', title: 'Always tag the version of an image explicitly' },
  DL3007: { severity: 'warning', title: 'Using latest is prone to errors' },
  DL3008: { severity: 'warning', title: 'Pin versions in apt-get install' },
  DL3009: { severity: 'info', title: 'Delete the apt-get lists after installing something' },
  DL3010: { severity: 'info', title: 'Use ADD for extracting archives into an image' },
  DL3011: { severity: 'error', title: 'Valid UNIX ports range from 0 to 65535' },
  DL3012: { severity: 'error', title: 'Multiple HEALTHCHECK instructions' },
  DL3013: { severity: 'warning', title: 'Pin versions in pip' },
  DL3014: { severity: 'warning', title: 'Use the -y switch with apt-get' },
  DL3015: { severity: 'info', title: 'Avoid additional packages by specifying --no-install-recommends' },
  DL3016: { severity: 'warning', title: 'Pin versions in npm' },
  DL3018: { severity: 'warning', title: 'Pin versions in apk add' },
  DL3019: { severity: 'info', title: 'Use the --no-cache switch with apk add' },
  DL3020: { severity: 'error', title: 'Use COPY instead of ADD for files and folders' },
  DL3021: { severity: 'error', title: 'COPY with more than 2 arguments requires the last argument to end with /' },
  DL3022: { severity: 'warning', title: 'COPY --from should reference a previously defined FROM alias' },
  DL3023: { severity: 'error', title: 'COPY --from cannot reference its own FROM alias' },
  DL3024: { severity: 'error', title: 'FROM aliases (stage names) must be unique' },
  DL3025: { severity: 'warning', title: 'Use JSON notation for CMD and ENTRYPOINT arguments' },
  DL3026: { severity: 'error', title: 'Use only an allowed registry in the FROM image' },
  DL3027: { severity: 'warning', title: 'Do not use apt; use apt-get or apt-cache' },
  DL3028: { severity: 'warning', title: 'Pin versions in gem install' },
  DL3029: { severity: 'warning', title: 'Do not use --platform with FROM' },
  DL3030: { severity: 'warning', title: 'Use the -y switch with yum install' },
  DL3032: { severity: 'warning', title: '`yum clean all` missing after yum command' },
  DL3033: { severity: 'warning', title: 'Specify version with yum install' },
  DL3034: { severity: 'warning', title: 'Non-interactive switch missing from zypper command' },
  DL3035: { severity: 'warning', title: 'Do not use zypper dist-upgrade' },
  DL3036: { severity: 'warning', title: '`zypper clean` missing after zypper use' },
  DL3037: { severity: 'warning', title: 'Specify version with zypper install' },
  DL3038: { severity: 'warning', title: 'Use the -y switch with dnf install' },
  DL3040: { severity: 'warning', title: '`dnf clean all` missing after dnf command' },
  DL3041: { severity: 'warning', title: 'Specify version with dnf install' },
  DL3042: { severity: 'warning', title: 'Avoid cache directory with pip install --no-cache-dir' },
  DL3043: { severity: 'error', title: 'ONBUILD, FROM or MAINTAINER triggered from within ONBUILD' },
  DL3044: { severity: 'error', title: 'Do not refer to an environment variable within the same ENV statement' },
  DL3045: { severity: 'warning', title: 'COPY to a relative destination without WORKDIR set' },
  DL3046: { severity: 'warning', title: 'useradd without -l and a high UID creates a large image' },
  DL3047: { severity: 'info', title: 'wget without --progress bloats the build log' },
  DL3048: { severity: 'style', title: 'Invalid label key' },
  DL3049: { severity: 'info', title: 'Label is missing' },
  DL3050: { severity: 'info', title: 'Superfluous label present' },
  DL3051: { severity: 'warning', title: 'Label is empty' },
  DL3052: { severity: 'warning', title: 'Label is not a valid URL' },
  DL3053: { severity: 'warning', title: 'Label is not a valid RFC 3339 time' },
  DL3054: { severity: 'warning', title: 'Label is not a valid SPDX identifier' },
  DL3055: { severity: 'warning', title: 'Label is not a valid git hash' },
  DL3056: { severity: 'warning', title: 'Label does not conform to semantic versioning' },
  DL3057: { severity: 'ignore', title: 'HEALTHCHECK instruction missing' },
  DL3058: { severity: 'warning', title: 'Label is not a valid RFC 5322 email' },
  DL3059: { severity: 'info', title: 'Multiple consecutive RUN instructions' },
  DL3060: { severity: 'info', title: '`yarn cache clean` missing after yarn install' },
  DL3061: { severity: 'error', title: 'Invalid instruction order: begin with FROM, ARG or a comment' },
  DL3062: { severity: 'warning', title: 'Pin versions in go install' },
  DL3063: { severity: 'warning', title: 'Stage name is a reserved word' },
  DL3064: { severity: 'warning', title: 'Sensitive data in ARG or ENV' },
  DL3065: { severity: 'warning', title: 'Redundant --platform=$TARGETPLATFORM in FROM' },
  DL3066: { severity: 'info', title: 'USER should be a numeric user id' },
  DL3067: { severity: 'warning', title: 'Do not copy the entire filesystem of another stage' },
  DL4000: { severity: 'error', title: 'MAINTAINER is deprecated' },
  DL4001: { severity: 'warning', title: 'Either use wget or curl, but not both' },
  DL4003: { severity: 'warning', title: 'Multiple CMD instructions found' },
  DL4004: { severity: 'error', title: 'Multiple ENTRYPOINT instructions found' },
  DL4005: { severity: 'warning', title: 'Use SHELL to change the default shell' },
  DL4006: { severity: 'warning', title: 'Set the SHELL option -o pipefail before RUN with a pipe in it' }
})

/** Trivy's Dockerfile checks (trivy-checks `checks/docker`; DS003, DS018 and DS028 never existed). */
const TRIVY = table<OtherRule>({
  DS001: { title: "':latest' tag used" },
  DS002: { title: "Image user should not be 'root'" },
  DS004: { title: 'Port 22 exposed' },
  DS005: { title: 'ADD instead of COPY' },
  DS006: { title: "COPY '--from' referring to the current image" },
  DS007: { title: 'Multiple ENTRYPOINT instructions listed' },
  DS008: { title: 'Exposed port out of range' },
  DS009: { title: 'WORKDIR path not absolute' },
  DS010: { title: "RUN using 'sudo'" },
  DS011: { title: 'COPY with more than two arguments not ending with slash' },
  DS012: { title: 'Duplicate aliases defined in different FROMs' },
  DS013: { title: "'RUN cd ...' to change directory" },
  DS014: { title: "RUN using 'wget' and 'curl'" },
  DS015: { title: "'yum clean all' missing" },
  DS016: { title: 'Multiple CMD instructions listed' },
  DS017: { title: "'RUN <package-manager> update' instruction alone" },
  DS019: { title: "'dnf clean all' missing" },
  DS020: { title: "'zypper clean' missing" },
  DS021: { title: "'apt-get' missing '-y' to avoid manual input" },
  DS022: { title: 'Deprecated MAINTAINER used' },
  DS023: { title: 'Multiple HEALTHCHECK defined' },
  DS024: { title: "'apt-get dist-upgrade' used (deprecated in Trivy)" },
  DS025: { title: "'apk add' is missing '--no-cache'" },
  DS026: { title: 'No HEALTHCHECK defined' },
  DS027: { title: "'microdnf clean all' missing" },
  DS029: { title: "'apt-get' missing '--no-install-recommends'" },
  DS030: { title: 'WORKDIR should not be mounted on system dirs' },
  DS031: { title: 'Secrets passed via build-args or envs or copied secret files' },
  DS032: { title: 'RUN with pipe without pipefail' }
})

/** Checkov's Dockerfile checks (`checkov/dockerfile/checks`, graph checks included). */
const CHECKOV = table<OtherRule>({
  CKV_DOCKER_1: { title: 'Ensure port 22 is not exposed' },
  CKV_DOCKER_2: { title: 'Ensure that HEALTHCHECK instructions have been added to container images' },
  CKV_DOCKER_3: { title: 'Ensure that a user for the container has been created' },
  CKV_DOCKER_4: { title: 'Ensure that COPY is used instead of ADD in Dockerfiles' },
  CKV_DOCKER_5: { title: 'Ensure update instructions are not used alone in the Dockerfile' },
  CKV_DOCKER_6: { title: 'Ensure that LABEL maintainer is used instead of MAINTAINER (deprecated)' },
  CKV_DOCKER_7: { title: 'Ensure the base image uses a non latest version tag' },
  CKV_DOCKER_8: { title: 'Ensure the last USER is not root' },
  CKV_DOCKER_9: { title: "Ensure that APT isn't used" },
  CKV_DOCKER_10: { title: 'Ensure that WORKDIR values are absolute paths' },
  CKV_DOCKER_11: { title: 'Ensure FROM aliases are unique for multistage builds' },
  CKV2_DOCKER_1: { title: "Ensure that sudo isn't used" },
  CKV2_DOCKER_2: { title: "Ensure that certificate validation isn't disabled with curl" },
  CKV2_DOCKER_3: { title: "Ensure that certificate validation isn't disabled with wget" },
  CKV2_DOCKER_4: { title: "Ensure that certificate validation isn't disabled with the pip '--trusted-host' option" },
  CKV2_DOCKER_5: { title: "Ensure that certificate validation isn't disabled with the PYTHONHTTPSVERIFY environment variable" },
  CKV2_DOCKER_6: { title: "Ensure that certificate validation isn't disabled with the NODE_TLS_REJECT_UNAUTHORIZED environment variable" },
  CKV2_DOCKER_7: { title: "Ensure that packages with untrusted or missing signatures are not used by apk via '--allow-untrusted'" },
  CKV2_DOCKER_8: { title: "Ensure that packages with untrusted or missing signatures are not used by apt-get via '--allow-unauthenticated'" },
  CKV2_DOCKER_9: { title: "Ensure that packages with untrusted or missing GPG signatures are not used by dnf, tdnf or yum via '--nogpgcheck'" },
  CKV2_DOCKER_10: { title: "Ensure that packages with untrusted or missing signatures are not used by rpm via '--nodigest', '--nosignature', '--noverify' or '--nofiledigest'" },
  CKV2_DOCKER_11: { title: "Ensure that the '--force-yes' option is not used" },
  CKV2_DOCKER_12: { title: "Ensure that certificate validation isn't disabled for npm via the NPM_CONFIG_STRICT_SSL environment variable" },
  CKV2_DOCKER_13: { title: "Ensure that certificate validation isn't disabled for npm or yarn by setting strict-ssl to false" },
  CKV2_DOCKER_14: { title: "Ensure that certificate validation isn't disabled for git via the GIT_SSL_NO_VERIFY environment variable" },
  CKV2_DOCKER_15: { title: "Ensure that yum and dnf are not configured to disable SSL certificate validation via 'sslverify'" },
  CKV2_DOCKER_16: { title: "Ensure that certificate validation isn't disabled with pip via the PIP_TRUSTED_HOST environment variable" },
  CKV2_DOCKER_17: { title: "Ensure that 'chpasswd' is not used to set or remove passwords" },
  CKV2_DOCKER_18: { title: "Ensure that certificate validation isn't disabled for go via the GOINSECURE environment variable" }
})

/** BuildKit's build checks (`docker build --check`; `frontend/dockerfile/linter/ruleset.go`). */
const BUILDKIT = table<OtherRule>({
  StageNameCasing: { title: 'Stage names should be lowercase' },
  FromAsCasing: { title: "The 'as' keyword should match the case of the 'from' keyword" },
  NoEmptyContinuation: { title: 'Empty continuation lines will become errors in a future release' },
  ConsistentInstructionCasing: { title: 'All commands within the Dockerfile should use the same casing' },
  DuplicateStageName: { title: 'Stage names should be unique' },
  ReservedStageName: { title: 'Reserved words should not be used as stage names' },
  JSONArgsRecommended: { title: 'JSON arguments recommended for ENTRYPOINT and CMD to prevent unintended behavior related to OS signals' },
  MaintainerDeprecated: { title: 'The MAINTAINER instruction is deprecated, use a label instead' },
  UndefinedArgInFrom: { title: 'FROM command must use declared ARGs' },
  WorkdirRelativePath: { title: 'Relative workdir without an absolute workdir declared within the build' },
  UndefinedVar: { title: 'Variables should be defined before their use' },
  MultipleInstructionsDisallowed: { title: 'Multiple instructions of the same type should not be used in the same stage' },
  LegacyKeyValueFormat: { title: 'Legacy key/value format with whitespace separator should not be used' },
  InvalidBaseImagePlatform: {
    title: 'Base image platform does not match expected target platform',
    notCovered: "it needs the base image's manifest from the registry, which a linter of the Dockerfile alone does not fetch"
  },
  RedundantTargetPlatform: { title: 'Setting platform to predefined $TARGETPLATFORM in FROM is redundant' },
  SecretsUsedInArgOrEnv: { title: 'Sensitive data should not be used in the ARG or ENV commands' },
  InvalidDefaultArgInFrom: { title: 'Default value for global ARG results in an empty or invalid base image name' },
  FromPlatformFlagConstDisallowed: { title: 'FROM --platform flag should not use a constant value' },
  CopyIgnoredFile: { title: 'Attempting to copy a file that is excluded by .dockerignore' },
  InvalidDefinitionDescription: { title: 'Comment for build stage or argument should follow the format `# <name> <description>` (experimental)' },
  ExposeProtoCasing: { title: 'Protocol in EXPOSE instruction should be lowercase' },
  ExposeInvalidFormat: { title: 'IP address and host-port mapping should not be used in EXPOSE instruction' }
})

/** KICS's Dockerfile queries (v2.1.2), by the first 8 hex digits of their id, plus the common secrets query. */
const KICS = table<OtherRule>({
  '67fd0c4a': { title: "Last User Is 'root'" },
  fd54f200: { title: 'Missing User Instruction' },
  '9513a694': { title: 'Add Instead of Copy' },
  '965a08d7': { title: 'Apt Get Install Pin Version Not Defined' },
  '8a301064': { title: 'Changing Default Shell Using RUN Command' },
  '22cd11f7': { title: 'Gem Install Without Version' },
  '9efb0b2d': { title: 'Image Version Not Explicit' },
  f45ea400: { title: "Image Version Using 'latest'" },
  '93d88cf7': { title: 'Missing Version Specification In dnf install' },
  '45e1fca5': { title: 'Missing Zypper Non-interactive Switch' },
  b86987e1: { title: 'Not Using JSON In CMD And ENTRYPOINT Arguments' },
  e36d8880: { title: 'NPM Install Command Without Pinned Version' },
  '8ada6e80': { title: 'Run Using Sudo' },
  d3499f6d: { title: 'Unpinned Package Version in Apk Add' },
  '02d9c71f': { title: 'Unpinned Package Version in Pip Install' },
  '6452c424': { title: 'Yum install Without Version' },
  '77783205': { title: 'APT-GET Missing Flags To Avoid Manual Input' },
  aa93e17f: { title: 'Chown Flag Exists' },
  cdddb86f: { title: "COPY '--from' References Current FROM Alias" },
  '6db6e0c2': { title: 'Copy With More Than Two Arguments Not Ending With Slash' },
  '4b410d24': { title: 'Curl or Wget Instead of Add' },
  '5907595b': { title: 'Exposing Port 22 (SSH)' },
  b03a748a: { title: 'Healthcheck Instruction Missing' },
  '99614418': { title: 'MAINTAINER Instruction Being Used' },
  '295acb63': { title: 'Missing Dnf Clean All' },
  '7ebd323c': { title: 'Missing Flag From Dnf Install' },
  '38300d1a': { title: 'Missing Zypper Clean' },
  '41c195f4': { title: 'Multiple CMD Instructions Listed' },
  '6938958b': { title: 'Multiple ENTRYPOINT Instructions Listed' },
  '0008c003': { title: 'Multiple RUN, ADD, COPY, Instructions Listed' },
  f2f903fb: { title: 'Pip install Keeping Cached Packages' },
  f4a6bcd3: { title: "RUN Instruction Using 'cd' Instead of WORKDIR" },
  fc775e75: { title: "Run Using 'wget' and 'curl'" },
  b84a0b47: { title: 'Run Using apt' },
  f2daed12: { title: 'Same Alias In Different Froms' },
  efbf148a: { title: 'Shell Running A Pipe Without Pipefail Flag' },
  '9bae49be': { title: 'Update Instruction Alone' },
  '68a51e22': { title: 'Using Unnamed Build Stages' },
  '6b376af8': { title: 'WORKDIR Path Not Absolute' },
  '00481784': { title: 'Yum Clean All Missing' },
  '6e19193a': { title: 'Yum Install Allows Manual Input' },
  '562952e4': { title: 'Zypper Install Without Version' },
  ae9c56a6: { title: 'Apk Add Using Local Cache Path' },
  df746b39: { title: 'Apt Get Install Lists Were Not Deleted' },
  '7384dfb2': { title: 'APT-GET Not Avoiding Additional Packages' },
  '9b6b0f38': { title: 'Run Utilities And POSIX Commands' },
  '71bf8cf8': { title: 'UNIX Ports Out Of Range' },
  b16e8501: { title: 'Using Platform Flag with FROM Command' },
  a88baa34: { title: 'Passwords And Secrets (common query, also run on Dockerfiles)' }
})

/** Every rule of every tool, in the order the docs list them. */
export const OTHER_TOOL_RULES: Readonly<Record<Tool, Readonly<Record<string, OtherRule>>>> = {
  hadolint: HADOLINT_RULES,
  trivy: TRIVY,
  checkov: CHECKOV,
  buildkit: BUILDKIT,
  kics: KICS
}

/** Our rules that stand for a rule of another tool: the same cases, or the same concern. Retired rules stand for nothing. */
export function claimsOf(tool: Tool, id: string, rules: readonly Rule[]): { equivalents: Rule[]; related: Rule[] } {
  const live = rules.filter((rule) => !rule.deprecated)
  return {
    equivalents: live.filter((rule) => rule.equivalents?.[tool]?.includes(id)),
    related: live.filter((rule) => rule.related?.[tool]?.includes(id))
  }
}
