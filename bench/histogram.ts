/** Latency histograms: sparse [bucket, count] pairs of HISTOGRAM_BUCKET_MS buckets, merged and read. */
import { HISTOGRAM_BUCKET_MS, type Histogram } from './messages.ts'

export interface Percentiles {
  p50: number
  p95: number
  p99: number
}

export function mergeHistograms(histograms: Histogram[]): Histogram {
  const counts = new Map<number, number>()
  for (const histogram of histograms)
    for (const [bucket, count] of histogram) counts.set(bucket, (counts.get(bucket) ?? 0) + count)
  return [...counts].sort((a, b) => a[0] - b[0])
}

/** p50/p95/p99 (upper bucket edges) of a sorted histogram; null when it is empty. */
export function percentiles(histogram: Histogram): Percentiles | null {
  const total = histogram.reduce((sum, [, count]) => sum + count, 0)
  if (total === 0) return null
  const at = (p: number) => {
    const wanted = Math.ceil(p * total)
    let seen = 0
    for (const [bucket, count] of histogram) {
      seen += count
      if (seen >= wanted) return (bucket + 1) * HISTOGRAM_BUCKET_MS
    }
    return NaN
  }
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) }
}
