/**
 * Validates every update a participant sends before the server applies, stores or forwards it.
 *
 * Each open document has a shadow Y.Doc holding exactly what was accepted. An incoming update is
 * applied to the shadow first and the records it touched are checked; only then does Hocuspocus apply
 * it to the live document (and the persistence extension store it). A refused update never reaches the
 * live document; the shadow is rebuilt from the live document plus the updates still in flight, and the
 * sender is disconnected with a close reason.
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
import * as Y from 'yjs'
import { CloseEvents, parseDocumentName, type DocumentKind } from '../../shared/protocol.ts'
import { CloseError, type ConnectionContext } from './context.ts'
import type { ControlState } from '../../shared/control.ts'
import { changeRules, type ChangeInput, type KeyChange } from './recordRules.ts'
import { isEmptyUpdate, isFromConnection, SYNC_STEP_1 } from './syncMessages.ts'

interface Shadow {
  doc: Y.Doc
  map: Y.Map<unknown>
  /** What the last applied update changed, filled by observers registered once with the shadow. */
  changes: { types: ChangeInput['changedTypes']; keys: KeyChange[] }
  deletedAuthorship: ChangeInput['deletedAuthorship']
  /** At least the document's size: its size when last measured plus every accepted update since. */
  bytes: number
  inFlight: Map<Connection, Uint8Array[]>
}

export class WriteGuard implements Extension {
  priority = 800
  private readonly shadows = new Map<string, Shadow>()
  private readonly maxDocumentBytes: number
  private readonly controlOf: (roomId: string) => ControlState
  private readonly onRefused: (documentName: string, context: ConnectionContext, reason: string) => void

  constructor(opts: { maxDocumentBytes: number; controlOf: WriteGuard['controlOf']; onRefused: WriteGuard['onRefused'] }) {
    this.maxDocumentBytes = opts.maxDocumentBytes
    this.controlOf = opts.controlOf
    this.onRefused = opts.onRefused
  }

  async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload) {
    const kind = parseDocumentName(documentName)?.kind
    if (kind) this.shadows.set(documentName, cloneShadow(kind, document, new Map(), new Map()))
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload) {
    this.shadows.get(documentName)?.doc.destroy()
    this.shadows.delete(documentName)
  }

  async beforeSync({ type, payload, connection, document, documentName, context }: beforeSyncPayload<ConnectionContext>) {
    if (type === SYNC_STEP_1 || connection.readOnly || isEmptyUpdate(payload)) return
    const shadow = this.shadows.get(documentName)
    const kind = parseDocumentName(documentName)?.kind
    if (!shadow || !kind) throw new CloseError(CloseEvents.Forbidden, `no guard for ${documentName}`)

    if (shadow.bytes + payload.byteLength > this.maxDocumentBytes) {
      // The running count only grows (moves replace content); measure the real size before refusing.
      shadow.bytes = Y.encodeStateAsUpdateV2(shadow.doc).byteLength
      if (shadow.bytes + payload.byteLength > this.maxDocumentBytes) {
        this.refuse(connection, documentName, context, CloseEvents.DocumentTooLarge, `document would exceed ${this.maxDocumentBytes} bytes`)
      }
    }
    shadow.changes.types = new Map()
    shadow.changes.keys = []
    let problem: string | null
    try {
      Y.applyUpdate(shadow.doc, payload, connection)
      problem = changeRules[kind].check({
        map: shadow.map,
        changedTypes: shadow.changes.types,
        keyChanges: shadow.changes.keys,
        context,
        control: this.controlOf(context.roomId),
        deletedAuthorship: shadow.deletedAuthorship,
      })
    } catch (error) {
      problem = `malformed update: ${(error as Error).message}`
    }
    if (problem) {
      this.shadows.set(documentName, cloneShadow(kind, document, shadow.inFlight, shadow.deletedAuthorship, shadow.bytes))
      shadow.doc.destroy()
      this.refuse(connection, documentName, context, CloseEvents.InvalidRecord, problem)
    }
    shadow.bytes += payload.byteLength
    const pending = shadow.inFlight.get(connection) ?? []
    pending.push(payload)
    shadow.inFlight.set(connection, pending)
  }

  /** Once a connection's message is handled, its updates are in the live document. */
  async afterHandleMessage({ connection, documentName }: afterHandleMessagePayload) {
    this.shadows.get(documentName)?.inFlight.delete(connection)
  }

  async onDisconnect({ documentName }: onDisconnectPayload) {
    const shadow = this.shadows.get(documentName)
    if (!shadow) return
    for (const connection of shadow.inFlight.keys()) {
      if (!connection.document.hasConnection(connection)) shadow.inFlight.delete(connection)
    }
  }

  /** Updates written by the server itself (not by a connection) must reach the shadow too. */
  async onChange({ documentName, update, transactionOrigin }: onChangePayload) {
    if (isFromConnection(transactionOrigin)) return
    const shadow = this.shadows.get(documentName)
    if (!shadow) return
    Y.applyUpdate(shadow.doc, update, 'server')
    shadow.bytes += update.byteLength
  }

  private refuse(connection: Connection, documentName: string, context: ConnectionContext, event: { code: number; reason: string }, message: string): never {
    this.onRefused(documentName, context, message)
    // Close the whole socket, not only this document: the sender's client is misbehaving.
    setImmediate(() => connection.webSocket.close(event.code, event.reason))
    throw new CloseError(event, message)
  }
}

/** A shadow of the live document plus the accepted updates not yet applied to it. */
function cloneShadow(kind: DocumentKind, document: Y.Doc, inFlight: Shadow['inFlight'], deletedAuthorship: Shadow['deletedAuthorship'], bytes?: number): Shadow {
  const doc = new Y.Doc({ gc: true })
  const map = changeRules[kind].mainMap(doc)
  const state = Y.encodeStateAsUpdate(document)
  Y.applyUpdate(doc, state)
  for (const updates of inFlight.values()) for (const update of updates) Y.applyUpdate(doc, update)
  const changes: Shadow['changes'] = { types: new Map(), keys: [] }
  // Registered once, not around every update: validation is on the path to every broadcast.
  doc.on('afterTransaction', (transaction: Y.Transaction) => {
    changes.types = transaction.changed
  })
  map.observe((event) => {
    event.changes.keys.forEach(({ action, oldValue }, key) => changes.keys.push({ key, action, oldValue }))
  })
  return { doc, map, changes, deletedAuthorship, bytes: bytes ?? state.byteLength, inFlight }
}
