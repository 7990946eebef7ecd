/**
 * The facilitation state of each room, kept live on the server: while a room's board is open, its
 * control document is open too (a direct connection), so the write guard can read the identity mode
 * and the lock at any moment. The lock is applied to connections here: while the board is locked,
 * participants' board connections are read-only; facilitators keep editing.
 */
import type {
  afterLoadDocumentPayload,
  afterUnloadDocumentPayload,
  connectedPayload,
  Connection,
  DirectConnection,
  Extension,
  Hocuspocus,
  onConfigurePayload,
} from '@hocuspocus/server'
import { OutgoingMessage } from '@hocuspocus/server'
import type * as Y from 'yjs'
import { isFromConnection } from './syncMessages.ts'
import { isLockedOut } from '../../shared/access.ts'
import { CONTROL_KEY, DEFAULT_CONTROL, readControl, type ControlState } from '../../shared/control.ts'
import { documentName, parseDocumentName } from '../../shared/protocol.ts'
import type { ConnectionContext } from './context.ts'

export class Facilitation implements Extension {
  priority = 950
  private readonly states = new Map<string, ControlState>()
  private readonly controlConnections = new Map<string, Promise<DirectConnection>>()
  private instance: Hocuspocus | undefined
  private readonly phaseListeners: ((roomId: string, phase: string, endedPhase: string) => void)[] = []

  /** Calls `listener` when a facilitator on this instance moves the room to another phase. */
  onPhaseChange(listener: (roomId: string, phase: string, endedPhase: string) => void) {
    this.phaseListeners.push(listener)
  }

  /** The room's facilitation state (defaults when its control document is not open). */
  get(roomId: string): ControlState {
    return this.states.get(roomId) ?? DEFAULT_CONTROL
  }

  /** Whether the room's control document is open here (otherwise `get` answers the defaults). */
  has(roomId: string): boolean {
    return this.states.has(roomId)
  }

  /** Hocuspocus hands itself over here, so a server-side write works before any document is open. */
  async onConfigure({ instance }: onConfigurePayload) {
    this.instance = instance
  }

  /** A server-side write to the room's control document (timer, voting); opens it (from storage) if need be. */
  async write(roomId: string, change: (control: Y.Map<unknown>) => void): Promise<void> {
    if (!this.instance) throw new Error('facilitation is not attached to Hocuspocus yet')
    const connection = await this.instance.openDirectConnection(documentName(roomId, 'control'))
    try {
      await connection.transact((doc) => change(doc.getMap(CONTROL_KEY)))
    } finally {
      await connection.disconnect({ unloadImmediately: false })
    }
  }

  /** Recomputes read-only for every connection of the room (after a lock change or the room closing). */
  refreshAccess(roomId: string) {
    const locked = this.get(roomId).locked
    for (const kind of ['board', 'control'] as const) {
      const document = this.instance?.documents.get(documentName(roomId, kind))
      for (const connection of document?.connections.keys() ?? []) applyAccess(connection, locked)
    }
  }

  /**
   * The room closed (here, or on another instance: the control document's `closed` arrives through
   * the Redis relay like any change): nobody connected writes it any more.
   */
  private closeConnections(roomId: string) {
    for (const kind of ['board', 'control'] as const) {
      for (const connection of this.instance?.documents.get(documentName(roomId, kind))?.connections.keys() ?? []) {
        ;(connection.context as ConnectionContext).mayWrite = false
      }
    }
    this.refreshAccess(roomId)
  }

  async afterLoadDocument({ documentName: name, document, instance }: afterLoadDocumentPayload) {
    this.instance = instance
    const target = parseDocumentName(name)
    if (target?.kind === 'board') {
      // Keep the control document open as long as the board is.
      const opening = instance.openDirectConnection(documentName(target.roomId, 'control'))
      this.controlConnections.set(target.roomId, opening)
      await opening
    } else if (target?.kind === 'control') {
      const map = document.getMap(CONTROL_KEY)
      const update = (event?: Y.YMapEvent<unknown>) => {
        const before = this.states.get(target.roomId)
        const after = readControl(map.toJSON())
        this.states.set(target.roomId, after)
        if (after.closed && !before?.closed) this.closeConnections(target.roomId)
        else if (before?.locked !== after.locked) this.refreshAccess(target.roomId)
        // Only the instance whose participant made the change reacts (others see it through Redis).
        if (event && before && before.phase !== after.phase && isFromConnection(event.transaction.origin)) {
          const name = (state: ControlState) => state.phases[state.phase] ?? `Phase ${state.phase + 1}`
          for (const listener of this.phaseListeners) listener(target.roomId, name(after), name(before))
        }
      }
      map.observe(update)
      update()
    }
  }

  async connected({ connection, context }: connectedPayload<ConnectionContext>) {
    if (this.get(context.roomId).closed) context.mayWrite = false
    applyAccess(connection, this.get(context.roomId).locked)
  }

  async afterUnloadDocument({ documentName: name }: afterUnloadDocumentPayload) {
    const target = parseDocumentName(name)
    if (target?.kind === 'board') {
      const connection = this.controlConnections.get(target.roomId)
      this.controlConnections.delete(target.roomId)
      await (await connection)?.disconnect()
    } else if (target?.kind === 'control') {
      this.states.delete(target.roomId)
    }
  }
}

/**
 * Observers and closed rooms never write; while locked, participants don't write the board. Updates
 * a read-only connection sent were dropped, so a connection that may write again is asked to sync
 * (SyncStep1): its client answers with everything the server lacks, through the write guard as usual.
 */
function applyAccess(connection: Connection, locked: boolean) {
  const context = connection.context as ConnectionContext
  const lockedOut = isLockedOut(locked, context.session.role, context.kind)
  const readOnly = !context.mayWrite || lockedOut
  const regainsWrite = connection.readOnly && !readOnly
  connection.readOnly = readOnly
  if (regainsWrite) {
    connection.send(
      new OutgoingMessage(connection.messageAddress)
        .createSyncMessage()
        .writeFirstSyncStepFor(connection.document)
        .toUint8Array(),
    )
  }
}
