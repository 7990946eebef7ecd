/**
 * Validates every update a participant sends before the server applies, stores or forwards it.
 *
 * What an update would change in the document's main map is read from the update and the live
 * document (mapChanges.ts) and checked; only then does Hocuspocus apply it to the live document (and
 * the persistence extension store it). A refused update never reaches the live document, and its
 * sender is disconnected with a close reason.
 *
 * The few updates that cannot be read that way are applied to a shadow copy of the document instead.
 * Once made, the copy takes every later change too, until SHADOW_IDLE_MS pass without an update that
 * needs it: a board normally holds no copy, and a stream of such updates does not rebuild one each time.
 */
import type {
  afterHandleMessagePayload,
  afterLoadDocumentPayload,
  afterUnloadDocumentPayload,
  beforeSyncPayload,
  Connection,
  Extension,
  onChangePayload,
  onDisconnectPayload,
} from '@hocuspocus/server'
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import { CloseEvents, parseDocumentName } from '../../shared/protocol.ts'
import { CloseError, type ConnectionContext } from './context.ts'
import type { ControlState } from '../../shared/control.ts'
import { readMapChanges, type KeyChange, type MapChanges } from './mapChanges.ts'
import { changeRules, type ChangeInput, type ChangeRule } from './recordRules.ts'
import type { Refusals } from '../refusals.ts'
import type { BoardQuota } from './boardQuota.ts'
import { junkInUpdate } from './junkUpdates.ts'
import { ShadowDocument } from './shadowDocument.ts'
import { isEmptyUpdate, isFromConnection, SYNC_STEP_1 } from './syncMessages.ts'
import type { WriterLinks } from './writerLinks.ts'

/** Why an update whose predecessors the server lacks is refused (a network artifact, not misbehaviour). */
const INCOMPLETE_UPDATE = 'the update depends on changes the server does not have'

/** How long a shadow copy is kept after the last update that needed it. */
const SHADOW_IDLE_MS = 10_000

/**
 * Measuring a document's real size encodes all of it (about 1 s for a 20,000-note board): it may take
 * at most this share of the main thread, so a board at its cap cannot be made to measure on every update.
 */
const MEASURE_SHARE = 0.01

/** A refusal decided before the update touched any shadow copy, with its own close event. */
class Refusal extends Error {
  readonly event: { code: number; reason: string }
  constructor(event: { code: number; reason: string }, message: string) {
    super(message)
    this.event = event
  }
}

interface GuardedDocument {
  rule: ChangeRule
  /** The live document's main map. */
  map: Y.Map<unknown>
  shadow: ShadowDocument | null
  shadowNeededAt: number
  deletedAuthorship: ChangeInput['deletedAuthorship']
  /**
   * At least the document's size: its size when last measured plus every accepted update since. Null
   * until its first write: measuring means encoding the whole document (60 ms for a board of 5,000
   * ideas), which a document opened only to be read, as by the list view, never needs.
   */
  bytes: number | null
  /** When `bytes` may be measured again (performance.now()). */
  measureAgainAt: number
  /** Updates accepted but not applied to the live document yet, by connection. */
  inFlight: Map<Connection, Uint8Array[]>
}

export class WriteGuard implements Extension {
  priority = 800
  private readonly documents = new Map<string, GuardedDocument>()
  private readonly maxDocumentBytes: number
  private readonly controlOf: (roomId: string) => ControlState
  private readonly onRefused: (documentName: string, context: ConnectionContext, reason: string) => void
  /** Which Yjs client ids are tied to a person on each board (anonymity in city and anonymous modes). */
  private readonly links: WriterLinks | null
  /** Each participant's share of each board. */
  private readonly quota: BoardQuota | null
  /** Shadow copies and refusals per participant: the budget, and who is shut out. */
  private readonly refusals: Refusals | null

  constructor(opts: {
    maxDocumentBytes: number
    controlOf: WriteGuard['controlOf']
    onRefused: WriteGuard['onRefused']
    links?: WriterLinks
    quota?: BoardQuota
    refusals?: Refusals
  }) {
    this.maxDocumentBytes = opts.maxDocumentBytes
    this.controlOf = opts.controlOf
    this.onRefused = opts.onRefused
    this.links = opts.links ?? null
    this.quota = opts.quota ?? null
    this.refusals = opts.refusals ?? null
  }

  async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload) {
    const kind = parseDocumentName(documentName)?.kind
    if (!kind) return
    const rule = changeRules[kind]
    this.documents.set(documentName, {
      rule,
      // As a Y.Map: the reader compares the parents of the live document's items with it.
      map: document.getMap(rule.mapName),
      shadow: null,
      shadowNeededAt: 0,
      deletedAuthorship: new Map(),
      bytes: null,
      measureAgainAt: 0,
      inFlight: new Map(),
    })
    if (kind === 'board') this.links?.load(documentName, document.getMap(rule.mapName))
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload) {
    this.documents.get(documentName)?.shadow?.destroy()
    this.documents.delete(documentName)
    this.links?.unload(documentName)
  }

  async beforeSync({
    type,
    payload,
    connection,
    document,
    documentName,
    context,
  }: beforeSyncPayload<ConnectionContext>) {
    if (type === SYNC_STEP_1 || connection.readOnly || isEmptyUpdate(payload)) return
    if (this.controlOf(context.roomId).closed) {
      // The room closed and this connection has not been made read-only yet (it may have closed on
      // another instance a moment ago): make it so now. Hocuspocus reads readOnly after this hook,
      // so the update is dropped like any read-only connection's.
      context.mayWrite = false
      connection.readOnly = true
      return
    }
    const guarded = this.documents.get(documentName)
    if (!guarded) throw new CloseError(CloseEvents.Forbidden, `no guard for ${documentName}`)

    guarded.bytes ??= measure(guarded, document)
    // An update that only deletes is always taken, even at the document cap or out of quota.
    let deleteOnly: boolean | undefined
    const onlyDeletes = () => (deleteOnly ??= Y.parseUpdateMeta(payload).from.size === 0)
    // What the update adds to the document: its size less the values it replaces or deletes (Yjs keeps
    // only a tombstone of those), so a record moved again and again does not count as growth. Near
    // the cap it is read here; otherwise from the changes checked below, at no extra cost.
    let added = payload.byteLength
    if (guarded.bytes + added > this.maxDocumentBytes && !onlyDeletes()) {
      const plain = guarded.inFlight.size === 0 ? readPlain(document, guarded, payload) : null
      added = Math.max(0, added - replacedBytes(plain ?? []))
    }
    if (guarded.bytes + added > this.maxDocumentBytes && !onlyDeletes()) {
      // The running count drifts upwards (tombstones, updates read from a copy): measure the real size
      // before refusing, as often as MEASURE_SHARE of the main thread allows.
      const started = performance.now()
      if (started >= guarded.measureAgainAt) {
        guarded.bytes = measure(guarded, document)
        const took = performance.now() - started
        guarded.measureAgainAt = started + took / MEASURE_SHARE
      }
      if (guarded.bytes + added > this.maxDocumentBytes) {
        this.refuse(
          connection,
          documentName,
          context,
          CloseEvents.DocumentTooLarge,
          `document would exceed ${this.maxDocumentBytes} bytes`,
        )
      }
    }
    let problem: string | null
    let event: { code: number; reason: string } = CloseEvents.InvalidRecord
    try {
      const changes = this.changesOf(guarded, document, payload, connection, context.session.sub)
      added = Math.max(0, payload.byteLength - replacedBytes(changes.keys))
      const control = this.controlOf(context.roomId)
      problem = changes.incomplete
        ? INCOMPLETE_UPDATE
        : guarded.rule.check({ changes, context, control, deletedAuthorship: guarded.deletedAuthorship })
      if (!problem && context.kind === 'board' && this.links) {
        problem = this.links.checkWrite(documentName, payload, changes.keys, control.identityMode, context.user.id)
      }
      if (problem) {
        // A shadow that took the update no longer matches what is accepted: the next one is made afresh.
        guarded.shadow?.destroy()
        guarded.shadow = null
      } else if (context.kind === 'board' && this.quota && !onlyDeletes()) {
        problem = this.quota.charge(documentName, context.session.sub, changes.keys)
        if (problem) event = CloseEvents.QuotaExceeded
      }
    } catch (error) {
      if (error instanceof Refusal) {
        event = error.event
        problem = error.message
      } else {
        guarded.shadow?.destroy()
        guarded.shadow = null
        problem = `malformed update: ${(error as Error).message}`
      }
    }
    if (problem) this.refuse(connection, documentName, context, event, problem)
    guarded.bytes += added
    const pending = guarded.inFlight.get(connection) ?? []
    pending.push(payload)
    guarded.inFlight.set(connection, pending)
  }

  /** Once a connection's message is handled, its updates are in the live document. */
  async afterHandleMessage({ connection, documentName }: afterHandleMessagePayload) {
    this.documents.get(documentName)?.inFlight.delete(connection)
  }

  async onDisconnect({ documentName }: onDisconnectPayload) {
    const guarded = this.documents.get(documentName)
    if (!guarded) return
    for (const connection of guarded.inFlight.keys()) {
      if (!connection.document.hasConnection(connection)) guarded.inFlight.delete(connection)
    }
  }

  /** Updates written by the server itself (not by a connection) must reach a shadow too. */
  async onChange({ documentName, update, transactionOrigin }: onChangePayload) {
    if (isFromConnection(transactionOrigin)) return
    const guarded = this.documents.get(documentName)
    if (!guarded) return
    guarded.shadow?.apply(update, 'server')
    if (guarded.bytes !== null) guarded.bytes += update.byteLength
  }

  /** What `update` would change: read from it when it is plain, else from applying it to the shadow. */
  private changesOf(
    guarded: GuardedDocument,
    live: Y.Doc,
    update: Uint8Array,
    connection: Connection,
    participantId: string,
  ): MapChanges {
    // Updates accepted but not applied yet are not in the live document: only the shadow has them.
    const keys = guarded.inFlight.size === 0 ? readPlain(live, guarded, update) : null
    const now = performance.now()
    if (keys !== null && (guarded.shadow === null || now - guarded.shadowNeededAt > SHADOW_IDLE_MS)) {
      guarded.shadow?.destroy()
      guarded.shadow = null
      return { keys, outside: null, incomplete: false }
    }
    if (keys === null) {
      // What no document could accept is refused from the update alone, before any copy is made.
      const junk = junkInUpdate(update, guarded.rule.mapName)
      if (junk) throw new Refusal(CloseEvents.InvalidRecord, junk)
      guarded.shadowNeededAt = now
    }
    if (guarded.shadow === null) {
      // A copy costs the main thread the whole document: each participant gets a few per minute.
      if (this.refusals && !this.refusals.takeShadow(participantId)) {
        throw new Refusal(
          CloseEvents.RateLimited,
          'too many updates that need a copy of the document; send it again later',
        )
      }
      guarded.shadow = new ShadowDocument(live, [...guarded.inFlight.values()].flat(), guarded.rule.mapName)
    }
    return guarded.shadow.apply(update, connection)
  }

  private refuse(
    connection: Connection,
    documentName: string,
    context: ConnectionContext,
    event: { code: number; reason: string },
    message: string,
  ): never {
    this.onRefused(documentName, context, message)
    // "Send it again later" is no misbehaviour, nor is an update that lost its predecessors on a flaky
    // network (the client's resync on reconnect sends them); every other refusal counts towards a shut-out.
    if (event.code !== CloseEvents.RateLimited.code && message !== INCOMPLETE_UPDATE) {
      this.refusals?.refused(context.session.sub, message)
    }
    // Close the whole socket, not only this document: the sender's client is misbehaving.
    setImmediate(() => connection.webSocket.close(event.code, event.reason))
    throw new CloseError(event, message)
  }
}

/** The update's changes if `readMapChanges` can read them; null if the shadow must decide (malformed updates included). */
function readPlain(live: Y.Doc, guarded: GuardedDocument, update: Uint8Array) {
  try {
    return readMapChanges(live, guarded.map, guarded.rule.mapName, update)
  } catch {
    return null
  }
}

/** The encoded size of the values that `changes` replace or delete: their content is dropped from the document. */
function replacedBytes(changes: KeyChange[]): number {
  let bytes = 0
  for (const change of changes) {
    if (change.action === 'add') continue
    const encoder = encoding.createEncoder()
    encoding.writeAny(encoder, change.oldValue as Parameters<typeof encoding.writeAny>[1])
    bytes += encoding.length(encoder)
  }
  return bytes
}

/** The document's size now: the live document and the updates accepted but not applied to it yet. */
function measure(guarded: GuardedDocument, document: Y.Doc): number {
  return Y.encodeStateAsUpdateV2(document).byteLength + inFlightBytes(guarded)
}

function inFlightBytes(guarded: GuardedDocument): number {
  let bytes = 0
  for (const updates of guarded.inFlight.values()) for (const update of updates) bytes += update.byteLength
  return bytes
}
