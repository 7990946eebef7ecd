/**
 * `npm run bench`: figures printed, nothing asserted. Runs the real server (embedded storage) and a
 * bare Hocuspocus on the same workloads, each server alone in a child process, participants in worker
 * processes, this process coordinating and measuring. Knobs: bench/options.ts (BENCH_* variables).
 */
import { measureSnapshot } from './snapshotTime.ts'
import { measurePublication } from './publicationTime.ts'
import { measureFirstLoad } from './firstLoad.ts'
import { browserViews, measureBrowserBoard } from './browserBoard.ts'
import { measureRefusalFlood, measureUnauthenticatedSockets } from './trust.ts'
import { measureClusters } from './suggestClusters.ts'
import { availableParallelism, loadavg } from 'node:os'
import { killAllChildren } from './children.ts'
import { measureDocumentSize, type SizeFigures } from './docSize.ts'
import { measureJoins, type JoinFigures } from './joinTime.ts'
import { readBenchOptions } from './options.ts'
import { bytes, ms, ratio, summary, table, workloadTable, type Target } from './report.ts'
import { removeAllTempDirs } from './tempDirs.ts'
import type { ServerKind } from './messages.ts'
import { p99Of, pool, runWorkload, type RunFigures } from './workload.ts'
import { measureYjsDoor } from './yjsDoor.ts'

const JOIN_TARGET_MS = 250
const SNAPSHOT_TARGET_MS = 200
const P99_TARGET_RATIO = 1.2
const SIZE_TARGET_RATIO = 1.5
const FIRST_LOAD_TARGET_BYTES = 1.5 * 1024 * 1024
const FLOOD_P99_TARGET_MS = 50
const UNAUTHENTICATED_TARGET_MIB = 100
const PUBLICATION_TARGET_MS = 1000
const TIME_DURING_PUBLICATION_TARGET_MS = 50
const CLUSTERS_TARGET_MS = 500
const YJS_DOOR_TARGET_MS = 1000
const CANVAS_TARGET_MS = 2000
const LIST_TARGET_MS = 1000

const options = readBenchOptions(process.env)
const wanted = (section: string) => options.only === null || options.only.has(section)
const targets: Target[] = []
const began = performance.now()

function heading(title: string) {
  console.log(`\n== ${title} ${'='.repeat(Math.max(0, 96 - title.length))}`)
}

async function clusters() {
  heading('Cluster suggestions (suggestClusters, one thread), median of 3 runs')
  const figures = measureClusters([500, 2000])
  console.log(
    table(
      ['ideas', 'wall time', 'CPU time (one core)', 'groups'],
      figures.map((f) => [f.ideas.toLocaleString('en-US'), ms(f.wallMs), ms(f.cpuMs), String(f.groups)]),
    ),
  )
  const largest = figures[figures.length - 1]
  targets.push({
    name: `cluster suggestions for ${largest.ideas.toLocaleString('en-US')} ideas under ${CLUSTERS_TARGET_MS} ms on one core`,
    met: largest.cpuMs < CLUSTERS_TARGET_MS,
    figure: `${ms(largest.cpuMs)} CPU (${ms(largest.wallMs)} wall); 500 ideas: ${ms(figures[0].cpuMs)} CPU`,
  })
}

async function workloads() {
  for (const workload of options.workloads) {
    heading(`${workload.name}, board of ${options.notes.toLocaleString('en-US')} notes`)
    const others = workload.connections - workload.senders
    console.log(
      `${workload.connections} connections, all receiving; ${workload.senders} move notes (full Yjs clients)` +
        (others
          ? `, ${others} only receive (${workload.fullReceivers ? 'full Yjs clients' : 'light: read the send time from the update bytes, no Y.Doc'})`
          : '') +
        `; ${options.rounds} rounds of ${options.warmupSeconds} s warm-up + ${options.seconds} s measured per server, alternating which goes first, pooled` +
        `; load average before: ${loadavg()[0].toFixed(2)}`,
    )
    const runs: Record<ServerKind, RunFigures[]> = { capital: [], bare: [] }
    for (let round = 0; round < options.rounds; round++) {
      const order: ServerKind[] = round % 2 === 0 ? ['capital', 'bare'] : ['bare', 'capital']
      for (const kind of order) runs[kind].push(await runWorkload(kind, workload, options))
    }
    const capital = pool('capital', runs.capital)
    const bare = pool('bare', runs.bare)
    console.log(workloadTable(capital, bare))
    console.log(
      'latency p99 per round (Capital Room / bare): ' +
        runs.capital
          .map((run, i) => `${ms(p99Of(run))} / ${ms(p99Of(runs.bare[i]))} = ${ratio(p99Of(run), p99Of(runs.bare[i]))}`)
          .join('; '),
    )
    for (const figures of [capital, bare])
      for (const problem of figures.problems) console.log(`  ! ${figures.kind}: ${problem}`)
    const p99Ratio = capital.latency && bare.latency ? capital.latency.p99 / bare.latency.p99 : NaN
    targets.push({
      name: `p99 within ${P99_TARGET_RATIO}x of bare Hocuspocus (${workload.connections} connections)`,
      met: Number.isNaN(p99Ratio) ? null : p99Ratio <= P99_TARGET_RATIO,
      figure: `${ms(capital.latency?.p99)} vs ${ms(bare.latency?.p99)} = ${ratio(capital.latency?.p99, bare.latency?.p99)}`,
    })
  }
}

async function joins() {
  heading(`Join: a new participant syncs a board of ${options.joinNotes.toLocaleString('en-US')} notes`)
  const capital: JoinFigures = await measureJoins('capital', options)
  const bare: JoinFigures = await measureJoins('bare', options)
  console.log(
    table(
      ['', 'Capital Room', 'bare Hocuspocus', 'ratio'],
      [
        [
          `median of ${capital.joins} (board open)`,
          ms(capital.median),
          ms(bare.median),
          ratio(capital.median, bare.median),
        ],
        ['fastest', ms(capital.min), ms(bare.min), ratio(capital.min, bare.min)],
        ['slowest', ms(capital.max), ms(bare.max), ratio(capital.max, bare.max)],
        [
          'first join after restart (from disk)',
          capital.cold === null ? '–' : ms(capital.cold),
          '– (keeps nothing)',
          '–',
        ],
      ],
    ),
  )
  targets.push({
    name: `join of a ${options.joinNotes.toLocaleString('en-US')}-note board under ${JOIN_TARGET_MS} ms`,
    met: capital.median < JOIN_TARGET_MS,
    figure: `median ${ms(capital.median)} (first after restart ${capital.cold === null ? '–' : ms(capital.cold)})`,
  })
}

async function snapshot() {
  heading(
    `Snapshot + distillation of ${options.joinNotes.toLocaleString('en-US')} notes (Capital Room, through the REST API)`,
  )
  const figures = await measureSnapshot(options.joinNotes)
  console.log(
    table(
      ['', `median of ${figures.runs}`],
      [
        ['take a snapshot (POST …/snapshots)', ms(figures.snapshot)],
        ['distil it (POST …/distill)', ms(figures.distill)],
        ['both', ms(figures.total)],
      ],
    ),
  )
  targets.push({
    name: `snapshot + distillation of ${options.joinNotes.toLocaleString('en-US')} notes under ${SNAPSHOT_TARGET_MS} ms`,
    met: figures.total < SNAPSHOT_TARGET_MS,
    figure: `${ms(figures.snapshot)} + ${ms(figures.distill)} = ${ms(figures.total)}`,
  })
}

async function publication() {
  heading('Publication of a room with 200 notes of 2,000 characters (Capital Room, through the REST API)')
  const f = await measurePublication()
  console.log(
    table(
      ['', 'time'],
      [
        ['first PDF (starts the worker thread)', ms(f.firstPdf)],
        ['PDF', ms(f.pdf)],
        ['PDF: CPU time of the process meanwhile', ms(f.pdfCpu)],
        ['Markdown', ms(f.md)],
        ['HTML', ms(f.html)],
        [`/api/time meanwhile: p99 of ${f.time.answers}`, ms(f.time.p99)],
        ['/api/time meanwhile: max', ms(f.time.max)],
      ],
    ),
  )
  targets.push({
    name: `publication PDF of ${f.notes} notes × ${f.chars.toLocaleString('en-US')} characters under ${PUBLICATION_TARGET_MS} ms`,
    met: f.pdf < PUBLICATION_TARGET_MS,
    figure: `${ms(f.pdf)}, CPU ${ms(f.pdfCpu)} (first ${ms(f.firstPdf)})`,
  })
  targets.push({
    name: `/api/time p99 while the publication renders under ${TIME_DURING_PUBLICATION_TARGET_MS} ms`,
    met: f.time.p99 < TIME_DURING_PUBLICATION_TARGET_MS,
    figure: `${ms(f.time.p99)} (max ${ms(f.time.max)})`,
  })
}

async function size() {
  heading(
    `Document size at rest: ${options.moves.toLocaleString('en-US')} moves by ${options.movers} participants on ${options.notes.toLocaleString('en-US')} notes (Capital Room)`,
  )
  const figures: SizeFigures = await measureDocumentSize(options)
  console.log(
    table(
      ['', 'before', 'after', 'ratio'],
      [
        [
          'at rest (compacted snapshot)',
          bytes(figures.before.atRest),
          bytes(figures.after.atRest),
          ratio(figures.after.atRest, figures.before.atRest),
        ],
        [
          'on disk as left (snapshot + log)',
          bytes(figures.before.raw),
          bytes(figures.after.raw),
          ratio(figures.after.raw, figures.before.raw),
        ],
      ],
    ),
  )
  console.log(`${figures.moves.toLocaleString('en-US')} moves acknowledged in ${figures.seconds.toFixed(1)} s`)
  for (const problem of figures.problems) console.log(`  ! ${problem}`)
  targets.push({
    name: `size at rest after ${options.moves.toLocaleString('en-US')} moves under ${SIZE_TARGET_RATIO}x`,
    // What the server left on disk: the whole folder, snapshot and any log.
    met: figures.after.raw / figures.before.raw < SIZE_TARGET_RATIO,
    figure: `${bytes(figures.before.raw)} → ${bytes(figures.after.raw)} on disk = ${ratio(figures.after.raw, figures.before.raw)}`,
  })
}

async function firstLoad() {
  heading('First load in Chromium (empty cache, signed in), transferred bytes')
  const board = await measureFirstLoad('board')
  const list = await measureFirstLoad('list')
  console.log(
    table(
      ['', 'board', 'list'],
      [
        ['transferred (compressed bodies + headers)', bytes(board.transferred), bytes(list.transferred)],
        ['the same bodies uncompressed', bytes(board.uncompressed), bytes(list.uncompressed)],
        ['requests', String(board.requests), String(list.requests)],
        ['navigation to the canvas; to the "New idea" field', ms(board.ms), ms(list.ms)],
      ],
    ),
  )
  targets.push({
    name: 'board first load at most 1.5 MB transferred',
    met: board.transferred <= FIRST_LOAD_TARGET_BYTES,
    figure: `${bytes(board.transferred)} (${bytes(board.uncompressed)} uncompressed)`,
  })
}

async function browserBoard() {
  heading(
    `A room of ${options.joinNotes.toLocaleString('en-US')} ideas in Chromium (1440×900, signed in), from navigation`,
  )
  console.log(`load average before: ${loadavg()[0].toFixed(2)}`)
  const views = browserViews()
  const f = await measureBrowserBoard(options.joinNotes, 3, views)
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  const warm = (values: number[]) => values.slice(1)
  const row = (label: string, values: number[]) => [
    label,
    ms(values[0]),
    ms(median(warm(values))),
    values.map((v) => ms(v)).join(', '),
  ]
  console.log(
    table(
      ['', 'first (empty cache)', `median of the next ${f.runs - 1}`, 'all runs'],
      [
        ...(views.includes('canvas')
          ? [
              row('canvas: every idea a note on the canvas, those in view drawn', f.canvas),
              row('then zoomed out to fit (Shift+1): every note drawn', f.zoomToFit),
            ]
          : []),
        ...(views.includes('list')
          ? [
              row('list view: a screenful of ideas, "New idea" usable', f.list),
              row('the same while someone else is in the room', f.listWithOthers),
            ]
          : []),
      ],
    ),
  )
  console.log(`load average after: ${loadavg()[0].toFixed(2)}`)
  const judge = (values: number[], target: number) => values[0] < target && median(warm(values)) < target
  if (views.includes('canvas'))
    targets.push({
      name: `canvas of ${f.ideas.toLocaleString('en-US')} ideas shown under ${CANVAS_TARGET_MS / 1000} s (first and warm)`,
      met: judge(f.canvas, CANVAS_TARGET_MS),
      figure: `first ${ms(f.canvas[0])}, warm median ${ms(median(warm(f.canvas)))}`,
    })
  if (views.includes('list'))
    targets.push({
      name: `list view of ${f.ideas.toLocaleString('en-US')} ideas: first screen under ${LIST_TARGET_MS / 1000} s (first and warm)`,
      met: judge(f.list, LIST_TARGET_MS),
      figure: `first ${ms(f.list[0])}, warm median ${ms(median(warm(f.list)))}`,
    })
}

async function trust() {
  heading('Trust limits (issue 16): a refusal flood on a 20,000-note board; 1,000 unauthenticated sockets')
  const flood = await measureRefusalFlood(20_000)
  console.log(
    table(
      ['/api/time for everyone else', 'p50', 'p99', 'max', 'requests'],
      [
        [
          'before the flood',
          ms(flood.before.p50),
          ms(flood.before.p99),
          ms(flood.before.max),
          String(flood.before.samples),
        ],
        [
          'during the flood',
          ms(flood.during.p50),
          ms(flood.during.p99),
          ms(flood.during.max),
          String(flood.during.samples),
        ],
      ],
    ),
  )
  console.log(
    `the attacker's sockets were closed with: ${Object.entries(flood.closes)
      .map(([close, n]) => `${close} ×${n}`)
      .join(', ')}`,
  )
  targets.push({
    name: `refusal flood on a 20,000-note board: /api/time p99 under ${FLOOD_P99_TARGET_MS} ms`,
    met: flood.during.p99 < FLOOD_P99_TARGET_MS,
    figure: `${ms(flood.during.p99)} (before: ${ms(flood.before.p99)})`,
  })
  const sockets = await measureUnauthenticatedSockets(1000)
  console.log(
    table(
      ['1,000 unauthenticated sockets', 'server memory added'],
      [
        [
          `${sockets.sockets} open, idle (${sockets.refused} more refused at the cap)`,
          `${sockets.idleMiB.toFixed(1)} MiB`,
        ],
        ['each also sending 60 KiB before authenticating', `${sockets.queuedMiB.toFixed(1)} MiB`],
      ],
    ),
  )
  targets.push({
    name: `1,000 unauthenticated sockets add under ${UNAUTHENTICATED_TARGET_MIB} MiB`,
    met: Math.max(sockets.idleMiB, sockets.queuedMiB) < UNAUTHENTICATED_TARGET_MIB,
    figure: `${sockets.idleMiB.toFixed(1)} MiB idle, ${sockets.queuedMiB.toFixed(1)} MiB with 60 KiB queued each`,
  })
}

async function yjsDoor() {
  heading('The y-websocket door (/yjs) beside /collab (Capital Room, one process)')
  const figures = await measureYjsDoor(options.joinNotes)
  const row = (label: string, [p50, p95, max]: number[]) => [label, ms(p50), ms(p95), ms(max)]
  console.log(
    table(
      ['', 'p50', 'p95', 'max'],
      [
        row(
          `an idea from WebsocketProvider to HocuspocusProvider (${figures.edits}, one at a time)`,
          figures.yjsToCollab,
        ),
        row('an idea from HocuspocusProvider to WebsocketProvider', figures.collabToYjs),
      ],
    ),
  )
  console.log(
    `a new client syncs a board of ${figures.joinNotes.toLocaleString('en-US')} notes (median, polled every 20 ms): ` +
      `/yjs ${ms(figures.joinYjs)}, /collab ${ms(figures.joinCollab)} = ${ratio(figures.joinYjs, figures.joinCollab)}`,
  )
  const slowest = Math.max(figures.yjsToCollab[2], figures.collabToYjs[2])
  targets.push({
    name: `each protocol sees the other's ideas within ${YJS_DOOR_TARGET_MS} ms`,
    met: slowest < YJS_DOOR_TARGET_MS,
    figure: `slowest of ${2 * figures.edits}: ${ms(slowest)}`,
  })
}

async function cleanUp() {
  await killAllChildren()
  removeAllTempDirs()
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    cleanUp().finally(() => process.exit(130))
  })
}

console.log(
  `Capital Room bench: ${availableParallelism()} cores, Node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}\n` +
    'CPU figures are percent of one core; the harness (participant workers + this coordinator) shares the machine with the server.',
)
try {
  if (wanted('clusters')) await clusters()
  if (wanted('workloads')) await workloads()
  if (wanted('join')) await joins()
  if (wanted('snapshot')) await snapshot()
  if (wanted('publication')) await publication()
  if (wanted('size')) await size()
  if (wanted('firstLoad')) await firstLoad()
  if (wanted('browserBoard')) await browserBoard()
  if (wanted('trust')) await trust()
  if (wanted('yjsDoor')) await yjsDoor()
  heading('Targets')
  console.log(summary(targets))
  console.log(`\nbench finished in ${((performance.now() - began) / 1000).toFixed(0)} s`)
} catch (error) {
  process.exitCode = 1
  console.error(error)
} finally {
  await cleanUp()
}
