/**
 * Adjusted Rand index (Hubert & Arabie, 1985) of two labelings of the same items: 1 for identical
 * partitions (whatever the label names), about 0 for a labeling no better than chance, negative
 * when worse than chance.
 *
 * `a[i]` and `b[i]` are the cluster labels of item `i` in each partition. When both partitions are
 * trivial in the same way (everything in one cluster, or every item alone) the index is 0/0; like
 * scikit-learn we return 1, since the partitions are then identical.
 */
export function adjustedRandIndex(a: readonly string[], b: readonly string[]): number {
  if (a.length !== b.length) throw new RangeError(`labelings differ in length: ${a.length} vs ${b.length}`)
  const n = a.length
  if (n < 2) return 1

  const cells = new Map<string, number>()
  const rows = new Map<string, number>()
  const cols = new Map<string, number>()
  for (let i = 0; i < n; i++) {
    // JSON keeps the pair unambiguous whatever characters the labels contain.
    const cell = JSON.stringify([a[i], b[i]])
    cells.set(cell, (cells.get(cell) ?? 0) + 1)
    rows.set(a[i], (rows.get(a[i]) ?? 0) + 1)
    cols.set(b[i], (cols.get(b[i]) ?? 0) + 1)
  }

  const index = sumPairs(cells.values())
  const rowPairs = sumPairs(rows.values())
  const colPairs = sumPairs(cols.values())
  const expected = (rowPairs * colPairs) / pairs(n)
  const max = (rowPairs + colPairs) / 2
  if (max === expected) return 1
  return (index - expected) / (max - expected)
}

function pairs(k: number): number {
  return (k * (k - 1)) / 2
}

function sumPairs(counts: Iterable<number>): number {
  let sum = 0
  for (const k of counts) sum += pairs(k)
  return sum
}
