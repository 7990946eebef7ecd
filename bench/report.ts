/** Plain-text tables and the targets summary. */
import type { WorkloadFigures } from './workload.ts'

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)))
  const line = (cells: string[]) =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

export const ms = (value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? '–' : value < 10 ? `${value.toFixed(1)} ms` : `${value.toFixed(0)} ms`
export const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || b === 0 ? '–' : `${(a / b).toFixed(2)}x`
export const bytes = (n: number) => (n >= 2 ** 20 ? `${(n / 2 ** 20).toFixed(2)} MiB` : `${(n / 1024).toFixed(1)} KiB`)
const num = (n: number) => Math.round(n).toLocaleString('en-US')
const pct = (n: number) => `${n.toFixed(0)} %`

/** Both servers side by side on one workload, with Capital Room / bare ratios. */
export function workloadTable(capital: WorkloadFigures, bare: WorkloadFigures): string {
  const row = (name: string, f: (w: WorkloadFigures) => number | undefined, format: (n: number) => string) => {
    const a = f(capital)
    const b = f(bare)
    return [name, a === undefined ? '–' : format(a), b === undefined ? '–' : format(b), ratio(a, b)]
  }
  return table(
    ['', 'Capital Room', 'bare Hocuspocus', 'ratio'],
    [
      row('latency p50', (w) => w.latency?.p50, ms),
      row('latency p95', (w) => w.latency?.p95, ms),
      row('latency p99', (w) => w.latency?.p99, ms),
      row('latency max', (w) => w.latency?.max, ms),
      row('acknowledged p50 (at the sender)', (w) => w.ack?.p50, ms),
      row('acknowledged p99 (at the sender)', (w) => w.ack?.p99, ms),
      row('moves sent/s', (w) => w.sentPerSecond, num),
      row('delivered updates/s', (w) => w.deliveredPerSecond, num),
      row('not delivered (2 s after)', (w) => w.missing, num),
      row('server CPU, all threads (of 1 core)', (w) => w.serverCpu, pct),
      row('server CPU, main thread', (w) => w.serverMainCpu, pct),
      row('server event-loop delay p99', (w) => w.serverLoopDelay.p99, ms),
      row('server event-loop delay max', (w) => w.serverLoopDelay.max, ms),
      row(
        'server RSS at end',
        (w) => w.serverRssMb,
        (n) => `${n.toFixed(0)} MB`,
      ),
      row(
        'server peak RSS',
        (w) => w.serverMaxRssMb,
        (n) => `${n.toFixed(0)} MB`,
      ),
      row('harness CPU (of 1 core)', (w) => w.harnessCpu, pct),
      row('other programs CPU', (w) => w.otherCpu ?? undefined, pct),
    ],
  )
}

export interface Target {
  name: string
  /** null: not measured. */
  met: boolean | null
  figure: string
}

export function summary(targets: Target[]): string {
  return table(
    ['target', 'result', 'figure'],
    targets.map((t) => [t.name, t.met === null ? 'not measured' : t.met ? 'met' : 'NOT MET', t.figure]),
  )
}
