/**
 * Durable documents. An accepted update is appended to storage, and the append has completed, before
 * Hocuspocus applies it, acknowledges it to the sender and broadcasts it: an acknowledged edit is on
 * disk. A failed write closes the sender's connection (its client keeps the edit and resends it on
 * reconnect) and never drops the document from memory. A new board is seeded with its fixed
 * document and page records.
 */
import type {
  afterUnloadDocumentPayload,
  beforeSyncPayload,
  Extension,
  onChangePayload,
  onLoadDocumentPayload,
} from '@hocuspocus/server'
import { isTransactionOrigin } from '@hocuspocus/server'
import type { Logger } from 'pino'
import * as Y from 'yjs'
import { RECORDS_KEY, seedRecords } from '../../shared/board/schema.ts'
import { CloseEvents, parseDocumentName } from '../../shared/protocol.ts'
import type { DocumentStore } from '../storage/types.ts'
import { CloseError } from './context.ts'
import { isEmptyUpdate, isFromConnection, SYNC_STEP_1 } from './syncMessages.ts'

/** The origin @hocuspocus/extension-redis gives updates it applies on behalf of another instance. */
function isFromRedis(origin: unknown): boolean {
  return isTransactionOrigin(origin) && origin.source === 'redis'
}

export class Persistence implements Extension {
  priority = 700
  private readonly store: DocumentStore
  private readonly log: Logger
  /** Appends of server-side writes not yet on disk, so callers can wait for them. */
  private readonly pendingServerWrites = new Set<Promise<void>>()

  constructor(deps: { store: DocumentStore; log: Logger }) {
    this.store = deps.store
    this.log = deps.log
  }

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload) {
    const state = await this.store.load(documentName)
    if (state) {
      Y.applyUpdateV2(document, state)
    } else if (parseDocumentName(documentName)?.kind === 'board') {
      const seed = boardSeed()
      await this.store.append(documentName, seed)
      Y.applyUpdate(document, seed)
    }
  }

  async beforeSync({ type, payload, connection, documentName }: beforeSyncPayload) {
    if (type === SYNC_STEP_1 || connection.readOnly || isEmptyUpdate(payload)) return
    try {
      await this.store.append(documentName, payload)
    } catch (error) {
      this.log.error({ err: error, documentName }, 'could not store an update; the sender will resend it')
      // Close the whole socket, not only this document: a provider told only that the document closed
      // would sit detached until its own timeout; a closed socket makes it reconnect and resend.
      setImmediate(() => connection.webSocket.close(CloseEvents.StorageFailure.code, CloseEvents.StorageFailure.reason))
      throw new CloseError(CloseEvents.StorageFailure, 'the update could not be stored')
    }
  }

  /**
   * Server-side writes (direct connections) are stored as they happen. Updates relayed from another
   * instance through Redis are not: that instance stored them before applying them, in the same database.
   */
  async onChange({ documentName, update, transactionOrigin }: onChangePayload) {
    if (isFromConnection(transactionOrigin) || isFromRedis(transactionOrigin)) return
    const write = this.store.append(documentName, update).catch((error) => {
      this.log.error({ err: error, documentName }, 'could not store a server-side write')
      throw error
    })
    this.pendingServerWrites.add(write)
    write.catch(() => {}).finally(() => this.pendingServerWrites.delete(write))
  }

  /** Resolves once every server-side write so far is durable; rejects if one failed. */
  async flush(): Promise<void> {
    await Promise.all([...this.pendingServerWrites])
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload) {
    await this.store.release(documentName)
  }
}

function boardSeed(): Uint8Array {
  const doc = new Y.Doc()
  const records = doc.getMap(RECORDS_KEY)
  doc.transact(() => {
    for (const record of seedRecords()) records.set(record.id, record)
  })
  const update = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return update
}
