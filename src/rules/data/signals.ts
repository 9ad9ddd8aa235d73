// The signals STOPSIGNAL takes, as BuildKit checks them: moby/sys signal.ParseSignal, with the Linux
// SignalMap of signal_linux.go. A name is looked up upper-cased, its `SIG` prefix dropped; a number is
// taken as it is (0 and words that are not numbers are refused).

/** The first and last real-time signal, as moby numbers them. */
const RTMIN = 34
const RTMAX = 64

/** The highest signal number Linux has. */
export const MAX_SIGNAL = RTMAX

/** Linux's signals by the names ParseSignal knows (no `SIG` prefix), with their numbers. */
export const SIGNALS: ReadonlyMap<string, number> = new Map([
  ['HUP', 1], ['INT', 2], ['QUIT', 3], ['ILL', 4], ['TRAP', 5], ['ABRT', 6], ['IOT', 6], ['BUS', 7],
  ['FPE', 8], ['KILL', 9], ['USR1', 10], ['SEGV', 11], ['USR2', 12], ['PIPE', 13], ['ALRM', 14],
  ['TERM', 15], ['STKFLT', 16], ['CHLD', 17], ['CLD', 17], ['CONT', 18], ['STOP', 19], ['TSTP', 20],
  ['TTIN', 21], ['TTOU', 22], ['URG', 23], ['XCPU', 24], ['XFSZ', 25], ['VTALRM', 26], ['PROF', 27],
  ['WINCH', 28], ['IO', 29], ['POLL', 29], ['PWR', 30], ['SYS', 31],
  // The real-time signals, by name from either end: RTMIN+1 … RTMIN+15 and RTMAX-14 … RTMAX-1 only.
  ['RTMIN', RTMIN], ['RTMAX', RTMAX],
  ...Array.from({ length: 15 }, (_, i): [string, number] => [`RTMIN+${i + 1}`, RTMIN + i + 1]),
  ...Array.from({ length: 14 }, (_, i): [string, number] => [`RTMAX-${i + 1}`, RTMAX - i - 1])
])
