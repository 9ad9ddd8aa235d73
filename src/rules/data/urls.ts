// URLs in words: which ones travel over plain HTTP to somewhere other than this machine.

/** The plain-HTTP URL a word holds (`http://…`, or the value of `--option=http://…`); loopback URLs excepted. */
export function plainHttpUrl(word: string): string | undefined {
  const url = /^(?:--?[\w-]+=)?(http:\/\/.*)$/is.exec(word)?.[1]
  return url !== undefined && !isLoopback(url) ? url : undefined
}

/** Hosts whose traffic never crosses a network someone else controls. */
function isLoopback(url: string): boolean {
  const authority = url.slice('http://'.length).split(/[/?#]/)[0]
  const host = authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d*$/, '').toLowerCase()
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127\.\d+\.\d+\.\d+$/.test(host) ||
    host === '[::1]' ||
    host === '0.0.0.0' ||
    host === 'host.docker.internal'
  )
}
