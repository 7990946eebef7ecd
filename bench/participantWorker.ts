/**
 * A participant worker process: opens its share of the connections, moves notes with its senders,
 * and measures, at every receiver, the time from a move being sent to its arrival, and at every
 * sender, the time from a move to the server's acknowledgement of it.
 */
import { connectParticipant, moveNote, noteId, type FullParticipant } from './board.ts'
import { connectLightReceiver, sentTimesIn, type LightReceiver } from './lightReceiver.ts'
import {
  HISTOGRAM_BUCKET_MS,
  preciseNow,
  sentAtOf,
  type FromWorker,
  type ToWorker,
  type WorkerResult,
} from './messages.ts'

const full: { participant: FullParticipant; sender: boolean; moved: (sentAt: number) => void }[] = []
const light: LightReceiver[] = []
const histogram = new Map<number, number>()
let arrivals = 0
let maxLatency = 0
const ackHistogram = new Map<number, number>()
let acks = 0
let sent = 0
let sentInWindow = 0
let closed = 0
let window = { start: Infinity, end: -Infinity }
let cpuAtStart: NodeJS.CpuUsage | null = null
let cpuInWindow: number | null = null
let noteCount = 0
const timers = new Set<NodeJS.Timeout>()

function send(message: FromWorker) {
  process.send!(message)
}

function inWindow(sentAt: number) {
  return sentAt >= window.start && sentAt < window.end
}

function count(into: Map<number, number>, latency: number) {
  const bucket = Math.max(0, Math.floor(latency / HISTOGRAM_BUCKET_MS))
  into.set(bucket, (into.get(bucket) ?? 0) + 1)
}

function arrived(sentAt: number) {
  if (!inWindow(sentAt)) return
  const latency = preciseNow() - sentAt
  count(histogram, latency)
  arrivals++
  if (latency > maxLatency) maxLatency = latency
}

/**
 * The provider counts its updates not yet acknowledged (one per move: batching is off) and the server
 * acknowledges them in order, so each drop of the count acknowledges the oldest moves still waiting.
 */
function trackAcknowledgements(participant: FullParticipant): (sentAt: number) => void {
  const waiting: number[] = []
  let unsynced = participant.provider.unsyncedChanges
  participant.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
    const now = preciseNow()
    for (let acknowledged = unsynced - number; acknowledged > 0 && waiting.length > 0; acknowledged--) {
      const sentAt = waiting.shift()!
      if (!inWindow(sentAt)) continue
      count(ackHistogram, now - sentAt)
      acks++
    }
    unsynced = number
  })
  return (sentAt) => void waiting.push(sentAt)
}

async function connect(message: Extract<ToWorker, { type: 'connect' }>) {
  noteCount = message.noteCount
  const failures: string[] = []
  const plans = message.connections
  for (let i = 0; i < plans.length; i += 10) {
    await Promise.all(
      plans.slice(i, i + 10).map(async (plan) => {
        try {
          if (plan.full || plan.sender) {
            const participant = await connectParticipant(message.wsUrl, message.documentName, plan.token)
            participant.provider.on('close', () => void closed++)
            participant.records.observe((event) => {
              if (event.transaction.local) return
              for (const key of event.keysChanged) {
                const sentAt = sentAtOf(participant.records.get(key)?.props?.url)
                if (sentAt !== null) arrived(sentAt)
              }
            })
            full.push({
              participant,
              sender: plan.sender,
              moved: plan.sender ? trackAcknowledgements(participant) : () => {},
            })
          } else {
            const receiver = await connectLightReceiver(message.wsUrl, message.documentName, plan.token, (update) => {
              for (const sentAt of sentTimesIn(update)) arrived(sentAt)
            })
            light.push(receiver)
          }
        } catch (error) {
          failures.push((error as Error).message)
        }
      }),
    )
  }
  send({ type: 'connected', failures })
}

function later(ms: number, fn: () => void) {
  const timer = setTimeout(
    () => {
      timers.delete(timer)
      fn()
    },
    Math.max(0, ms),
  )
  timers.add(timer)
}

function start(message: Extract<ToWorker, { type: 'start' }>) {
  window = { start: message.windowStart, end: message.windowEnd }
  later(message.windowStart - preciseNow(), () => (cpuAtStart = process.cpuUsage()))
  later(message.windowEnd - preciseNow(), () => {
    const used = process.cpuUsage(cpuAtStart ?? undefined)
    cpuInWindow = used.user + used.system
  })
  const senders = full.filter((f) => f.sender)
  const intervalMs = 1000 / message.rate
  let running = senders.length
  const finished = async () => {
    if (--running > 0) return
    await Promise.all(senders.map((s) => s.participant.acknowledged(30_000).catch(() => {})))
    send({ type: 'sendersDone' })
  }
  if (senders.length === 0) later(message.stopAt - preciseNow(), () => send({ type: 'sendersDone' }))
  for (const sender of senders) {
    let moves = 0
    later(Math.random() * intervalMs, () => {
      const timer = setInterval(() => {
        const now = preciseNow()
        if (moves >= message.movesPerSender || now >= message.stopAt) {
          clearInterval(timer)
          timers.delete(timer)
          void finished()
          return
        }
        sender.moved(now)
        moveNote(sender.participant.records, noteId(Math.floor(Math.random() * noteCount)), now)
        moves++
        sent++
        if (now >= window.start && now < window.end) sentInWindow++
      }, intervalMs)
      timers.add(timer)
    })
  }
}

function result(): WorkerResult {
  if (cpuInWindow === null) {
    const used = process.cpuUsage(cpuAtStart ?? undefined)
    cpuInWindow = used.user + used.system
  }
  return {
    histogram: [...histogram],
    arrivals,
    maxLatency,
    ackHistogram: [...ackHistogram],
    acks,
    sentInWindow,
    sent,
    cpuInWindow,
    closed: closed + light.filter((l) => l.closed).length,
  }
}

process.on('disconnect', () => process.exit(0))
process.on('message', (message: ToWorker) => {
  const run = async () => {
    if (message.type === 'connect') await connect(message)
    if (message.type === 'start') start(message)
    if (message.type === 'collect') send({ type: 'result', result: result() })
    if (message.type === 'close') {
      for (const timer of timers) clearTimeout(timer)
      for (const { participant } of full) participant.destroy()
      for (const receiver of light) receiver.close()
      setTimeout(() => process.exit(0), 200)
    }
  }
  run().catch((error) => send({ type: 'failed', message: (error as Error).stack ?? String(error) }))
})
