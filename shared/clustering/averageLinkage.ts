/**
 * Average-linkage agglomerative clustering cut at a similarity threshold, by the nearest-neighbour
 * chain algorithm (O(n²) time; `sim` is overwritten). Average linkage never merges two clusters more
 * similar than an earlier merge of either, so keeping the merges at or above the threshold, in
 * whatever order the chain finds them, is the same as cutting the dendrogram there: the number of
 * groups follows from the data and the threshold, not from a number asked for.
 *
 * Returns every item's group as ascending indices, including singletons. Ties go to the lowest
 * index, so the result depends only on the order of the items.
 */
export function averageLinkage(sim: Float32Array, n: number, threshold: number): number[][] {
  const size = new Int32Array(n).fill(1)
  const active = new Uint8Array(n).fill(1)
  const parent = Int32Array.from({ length: n }, (_, i) => i)
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]]
    return i
  }
  const chain: number[] = []
  let remaining = n
  let firstActive = 0
  while (remaining > 1) {
    if (chain.length === 0) {
      while (!active[firstActive]) firstActive++
      chain.push(firstActive)
    }
    const a = chain[chain.length - 1]
    const previous = chain.length > 1 ? chain[chain.length - 2] : -1
    // Ties go to the previous chain link (the algorithm needs this to end), then the lowest index.
    let b = previous
    let best = previous >= 0 ? sim[a * n + previous] : -Infinity
    const row = a * n
    for (let c = 0; c < n; c++) {
      if (active[c] && c !== a && sim[row + c] > best) {
        best = sim[row + c]
        b = c
      }
    }
    if (b !== previous) {
      chain.push(b)
      continue
    }
    chain.length -= 2
    const keep = Math.min(a, b)
    const gone = Math.max(a, b)
    const sk = size[keep]
    const sg = size[gone]
    for (let c = 0; c < n; c++) {
      if (!active[c] || c === keep || c === gone) continue
      const merged = (sk * sim[keep * n + c] + sg * sim[gone * n + c]) / (sk + sg)
      sim[keep * n + c] = sim[c * n + keep] = merged
    }
    size[keep] += size[gone]
    active[gone] = 0
    remaining--
    if (best >= threshold) parent[root(gone)] = root(keep)
  }
  const groups = new Map<number, number[]>()
  for (let i = 0; i < n; i++) {
    const r = root(i)
    const group = groups.get(r)
    if (group) group.push(i)
    else groups.set(r, [i])
  }
  return [...groups.values()]
}
