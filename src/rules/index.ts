// The one registry of rules, in the order their docs are listed. A retired rule stays here with
// `deprecated: true` so its id is never reused.
import type { Rule } from './types.js'
import parseError from './parse-error.js'
import noRootUser from './no-root-user.js'
// imports: images
import preferSmallerBaseImage from './prefer-smaller-base-image.js'
import noEolBaseImage from './no-eol-base-image.js'
import baseImageNearingEol from './base-image-nearing-eol.js'
import pinBaseImage from './pin-base-image.js'
import pinImageDigest from './pin-image-digest.js'
import trustedBaseRegistry from './trusted-base-registry.js'
import noFloatingTagWithDigest from './no-floating-tag-with-digest.js'
import preferCopy from './prefer-copy.js'
import verifyRemoteAdd from './verify-remote-add.js'
import noPlainHttp from './no-plain-http.js'
import noInsecureBuildOptions from './no-insecure-build-options.js'
import trustedSyntaxFrontend from './trusted-syntax-frontend.js'
// imports: remote-exec
import noCurlPipeShell from './no-curl-pipe-shell.js'
import verifyDownloads from './verify-downloads.js'
import usePipefail from './use-pipefail.js'
import aptNoInstallRecommends from './apt-no-install-recommends.js'
import noOrphanPackageUpdate from './no-orphan-package-update.js'
// imports: users
import missingUser from './missing-user.js'
import noSudo from './no-sudo.js'
import noPasswordInImage from './no-password-in-image.js'
import noSetuid from './no-setuid.js'
import noWorldWritable from './no-world-writable.js'
import noPrivilegeGrants from './no-privilege-grants.js'
import noSshPort from './no-ssh-port.js'
import noSshServer from './no-ssh-server.js'
import noPrivilegedPort from './no-privileged-port.js'
// imports: secrets
import noSecretsInArgEnv from './no-secrets-in-arg-env.js'
import noHardcodedSecrets from './no-hardcoded-secrets.js'
import noCredentialsInRun from './no-credentials-in-run.js'
import noBuildArgCredentials from './no-build-arg-credentials.js'
import noSecretFiles from './no-secret-files.js'
import noDockerSocket from './no-docker-socket.js'
// imports: trust
import noTlsBypass from './no-tls-bypass.js'
import noSignatureBypass from './no-signature-bypass.js'
import trustedPackageRepositories from './trusted-package-repositories.js'
import multiStageBuild from './multi-stage-build.js'
import healthcheck from './healthcheck.js'
// imports: instructions
import absoluteWorkdir from './absolute-workdir.js'
import validPort from './valid-port.js'
import singleHealthcheck from './single-healthcheck.js'
import copyMultipleSourcesToDirectory from './copy-multiple-sources-to-directory.js'
import copyFromKnownStage from './copy-from-known-stage.js'
import copyFromOtherStage from './copy-from-other-stage.js'
import uniqueStageNames from './unique-stage-names.js'
import execFormCmd from './exec-form-cmd.js'
import copyRelativeDestination from './copy-relative-destination.js'
import noCopyWholeStage from './no-copy-whole-stage.js'
import singleCmd from './single-cmd.js'
import singleEntrypoint from './single-entrypoint.js'
import addToExtractArchives from './add-to-extract-archives.js'
// imports: stages
import fromFirst from './from-first.js'
import validOnbuildTrigger from './valid-onbuild-trigger.js'
import noReservedStageName from './no-reserved-stage-name.js'
import noConstantPlatform from './no-constant-platform.js'
import noRedundantTargetPlatform from './no-redundant-target-platform.js'
import envSameInstructionReference from './env-same-instruction-reference.js'
import numericUser from './numeric-user.js'
import noMaintainer from './no-maintainer.js'
import noInlineIgnore from './no-inline-ignore.js'
// imports: labels
import requiredLabels from './required-labels.js'
import noUnlistedLabels from './no-unlisted-labels.js'
import noEmptyLabel from './no-empty-label.js'
import labelUrl from './label-url.js'
import labelRfc3339 from './label-rfc3339.js'
import labelSpdx from './label-spdx.js'
import labelGitHash from './label-git-hash.js'
import labelSemver from './label-semver.js'
import labelEmail from './label-email.js'
import labelKeyFormat from './label-key-format.js'
// imports: run
import noPointlessCommands from './no-pointless-commands.js'
import useWorkdir from './use-workdir.js'
import combineConsecutiveRuns from './combine-consecutive-runs.js'
import oneDownloadTool from './one-download-tool.js'
import useShellInstruction from './use-shell-instruction.js'
import useraddNoLogInit from './useradd-no-log-init.js'
import wgetProgress from './wget-progress.js'
// imports: packages
import aptCleanLists from './apt-clean-lists.js'
import apkNoCache from './apk-no-cache.js'
import yumCleanAll from './yum-clean-all.js'
import dnfCleanAll from './dnf-clean-all.js'
import zypperClean from './zypper-clean.js'
import pipNoCacheDir from './pip-no-cache-dir.js'
import yarnCacheClean from './yarn-cache-clean.js'
import pinAptVersions from './pin-apt-versions.js'
import pinApkVersions from './pin-apk-versions.js'
import pinPipVersions from './pin-pip-versions.js'
import pinNpmVersions from './pin-npm-versions.js'
import pinGemVersions from './pin-gem-versions.js'
import pinYumVersions from './pin-yum-versions.js'
import pinDnfVersions from './pin-dnf-versions.js'
import pinZypperVersions from './pin-zypper-versions.js'
import pinGoVersions from './pin-go-versions.js'
import aptGetYes from './apt-get-yes.js'
import yumYes from './yum-yes.js'
import zypperNonInteractive from './zypper-non-interactive.js'
import dnfYes from './dnf-yes.js'
import noApt from './no-apt.js'
import noZypperDistUpgrade from './no-zypper-dist-upgrade.js'
// imports: buildkit
import lowercaseStageName from './lowercase-stage-name.js'
import fromAsSameCase from './from-as-same-case.js'
import consistentInstructionCasing from './consistent-instruction-casing.js'
import lowercaseExposeProtocol from './lowercase-expose-protocol.js'
import keyEqualsValue from './key-equals-value.js'
import noEmptyContinuation from './no-empty-continuation.js'
import exposeContainerPortOnly from './expose-container-port-only.js'
import undefinedArgInFrom from './undefined-arg-in-from.js'
import validDefaultArgInFrom from './valid-default-arg-in-from.js'
import stageDescriptionFormat from './stage-description-format.js'
import undefinedVariable from './undefined-variable.js'
// imports: syntax
import unknownInstruction from './unknown-instruction.js'
import instructionArguments from './instruction-arguments.js'
import shellExecForm from './shell-exec-form.js'
import validJsonForm from './valid-json-form.js'
import validHealthcheck from './valid-healthcheck.js'
import validFlags from './valid-flags.js'
import validFrom from './valid-from.js'
import validParserDirectives from './valid-parser-directives.js'
import misplacedParserDirective from './misplaced-parser-directive.js'
import validStopsignal from './valid-stopsignal.js'
import validKeyValue from './valid-key-value.js'
// imports: context
import copyIgnoredFile from './copy-ignored-file.js'
import copySourceInContext from './copy-source-in-context.js'
// imports: other-tools
import noAptDistUpgrade from './no-apt-dist-upgrade.js'
import noSystemWorkdir from './no-system-workdir.js'
import noCopyChown from './no-copy-chown.js'
import noStageIndex from './no-stage-index.js'

export const rules: readonly Rule[] = [
  parseError,
  noRootUser,
  // rules: images
  preferSmallerBaseImage,
  noEolBaseImage,
  baseImageNearingEol,
  pinBaseImage,
  pinImageDigest,
  trustedBaseRegistry,
  noFloatingTagWithDigest,
  preferCopy,
  verifyRemoteAdd,
  noPlainHttp,
  noInsecureBuildOptions,
  trustedSyntaxFrontend,
  // rules: remote-exec
  noCurlPipeShell,
  verifyDownloads,
  usePipefail,
  aptNoInstallRecommends,
  noOrphanPackageUpdate,
  // rules: users
  missingUser,
  noSudo,
  noPasswordInImage,
  noSetuid,
  noWorldWritable,
  noPrivilegeGrants,
  noSshPort,
  noSshServer,
  noPrivilegedPort,
  // rules: secrets
  noSecretsInArgEnv,
  noHardcodedSecrets,
  noCredentialsInRun,
  noBuildArgCredentials,
  noSecretFiles,
  noDockerSocket,
  // rules: trust
  noTlsBypass,
  noSignatureBypass,
  trustedPackageRepositories,
  multiStageBuild,
  healthcheck,
  // rules: instructions
  absoluteWorkdir,
  validPort,
  singleHealthcheck,
  copyMultipleSourcesToDirectory,
  copyFromKnownStage,
  copyFromOtherStage,
  uniqueStageNames,
  execFormCmd,
  copyRelativeDestination,
  noCopyWholeStage,
  singleCmd,
  singleEntrypoint,
  addToExtractArchives,
  // rules: stages
  fromFirst,
  validOnbuildTrigger,
  noReservedStageName,
  noConstantPlatform,
  noRedundantTargetPlatform,
  envSameInstructionReference,
  numericUser,
  noMaintainer,
  noInlineIgnore,
  // rules: labels
  requiredLabels,
  noUnlistedLabels,
  noEmptyLabel,
  labelUrl,
  labelRfc3339,
  labelSpdx,
  labelGitHash,
  labelSemver,
  labelEmail,
  labelKeyFormat,
  // rules: run
  noPointlessCommands,
  useWorkdir,
  combineConsecutiveRuns,
  oneDownloadTool,
  useShellInstruction,
  useraddNoLogInit,
  wgetProgress,
  // rules: packages
  aptCleanLists,
  apkNoCache,
  yumCleanAll,
  dnfCleanAll,
  zypperClean,
  pipNoCacheDir,
  yarnCacheClean,
  pinAptVersions,
  pinApkVersions,
  pinPipVersions,
  pinNpmVersions,
  pinGemVersions,
  pinYumVersions,
  pinDnfVersions,
  pinZypperVersions,
  pinGoVersions,
  aptGetYes,
  yumYes,
  zypperNonInteractive,
  dnfYes,
  noApt,
  noZypperDistUpgrade,
  // rules: buildkit
  lowercaseStageName,
  fromAsSameCase,
  consistentInstructionCasing,
  lowercaseExposeProtocol,
  keyEqualsValue,
  noEmptyContinuation,
  exposeContainerPortOnly,
  undefinedArgInFrom,
  validDefaultArgInFrom,
  stageDescriptionFormat,
  undefinedVariable,
  // rules: syntax
  unknownInstruction,
  instructionArguments,
  shellExecForm,
  validJsonForm,
  validHealthcheck,
  validFlags,
  validFrom,
  validParserDirectives,
  misplacedParserDirective,
  validStopsignal,
  validKeyValue,
  // rules: context
  copyIgnoredFile,
  copySourceInContext,
  // rules: other-tools
  noAptDistUpgrade,
  noSystemWorkdir,
  noCopyChown,
  noStageIndex,
]
