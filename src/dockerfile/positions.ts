// Offsets → 1-based lines and columns: the one place positions change base.

export interface Position {
  line: number
  column: number
}

export function positionOf(lineStarts: readonly number[], offset: number): Position {
  let low = 0
  let high = lineStarts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (lineStarts[mid] <= offset) low = mid
    else high = mid - 1
  }
  return { line: low + 1, column: offset - lineStarts[low] + 1 }
}
