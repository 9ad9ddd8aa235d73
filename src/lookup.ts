// Tables looked up by words from a Dockerfile (a command's name, a package manager, a group): made
// without a prototype, so that `RUN constructor x` or `toString` finds nothing, where a plain object
// would hand back Object.prototype's members.
export function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries))
}
