/**
 * Durable documents. Every change to an open document is appended to storage by the document's
 * journal, in the order it happened, and a participant's update is acknowledged only once it — and
 * everything before it — is stored: an acknowledged edit is on disk.
 *
 * The update itself is applied and broadcast as soon as the write guard has accepted it, while it is
 * being stored. Nothing acknowledged can depend on something that is not stored: an update made by
 * someone who had seen it is stored after it, by the same journal. That includes updates relayed from
 * another instance, which are stored here too for this reason. A failed append is retried until
 * storage takes it (acknowledgements wait meanwhile); the document never leaves memory before that.
 * A new board is seeded with its fixed document and page records.
 */
import type {
  afterUnloadDocumentPayload,
  beforeSyncPayload,
  beforeUnloadDocumentPayload,
  Extension,
  onChangePayload,
  onLoadDocumentPayload,
} from '@hocuspocus/server'
import type { Logger } from 'pino'
import * as Y from 'yjs'
import { RECORDS_KEY, seedRecords } from '../../shared/board/schema.ts'
import { parseDocumentName } from '../../shared/protocol.ts'
import { applyWhileLoading } from '../librarySeams.ts'
import type { DocumentStore } from '../storage/types.ts'
import { DocumentJournal } from './documentJournal.ts'
import { DurableAcks } from './durableAcks.ts'
import { isEmptyUpdate, isFromConnection, SYNC_STEP_1 } from './syncMessages.ts'

export class Persistence implements Extension {
  priority = 700
  private readonly store: DocumentStore
  private readonly log: Logger
  private readonly journals = new Map<string, DocumentJournal>()
  private readonly acks = new DurableAcks()
  private readonly commitIntervalMs: number

  constructor(deps: { store: DocumentStore; log: Logger; commitIntervalMs: number }) {
    this.store = deps.store
    this.log = deps.log
    this.commitIntervalMs = deps.commitIntervalMs
  }

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload) {
    if (parseDocumentName(documentName)?.kind === 'presence') return // awareness only: nothing to load or store
    const state = await this.store.load(documentName)
    if (state) {
      applyWhileLoading(document, state)
    } else if (parseDocumentName(documentName)?.kind === 'board') {
      const seed = boardSeed()
      await this.store.append(documentName, seed)
      Y.applyUpdate(document, seed)
    }
  }

  async beforeSync({ type, payload, connection, documentName }: beforeSyncPayload) {
    if (type === SYNC_STEP_1 || connection.readOnly || isEmptyUpdate(payload)) return
    this.acks.holdNextAck(connection, this.journal(documentName).write(payload))
  }

  /**
   * Every other change is stored as it happens: server-side writes (direct connections) and updates
   * relayed from another instance through Redis (participants here may build on them).
   */
  async onChange({ documentName, update, transactionOrigin }: onChangePayload) {
    if (isFromConnection(transactionOrigin)) return
    void this.journal(documentName).write(update)
  }

  /**
   * Stores `update` (a server-side change to the open document) in order with everything before it;
   * resolves once it is stored. For a caller that must know its own change is durable now (erasure
   * compacts right after): onChange stores it too, a moment later, and storing an update twice is harmless.
   */
  storeNow(documentName: string, update: Uint8Array): Promise<void> {
    return this.journal(documentName).write(update)
  }

  /** Resolves once every change so far to the document (or to every open document) is stored. */
  async flush(documentName?: string): Promise<void> {
    const journals = documentName === undefined ? [...this.journals.values()] : [this.journals.get(documentName)]
    await Promise.all(journals.map((journal) => journal?.settled()))
  }

  /** Changes given to storage but not stored yet, over every open document. */
  get backlog(): number {
    let count = 0
    for (const journal of this.journals.values()) count += journal.backlog
    return count
  }

  /** A document leaves memory only once all of it is stored. */
  async beforeUnloadDocument({ documentName }: beforeUnloadDocumentPayload) {
    await this.journals.get(documentName)?.settled()
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload) {
    this.journals.delete(documentName)
    if (parseDocumentName(documentName)?.kind === 'presence') return
    await this.store.release(documentName)
  }

  private journal(documentName: string): DocumentJournal {
    let journal = this.journals.get(documentName)
    if (!journal) {
      journal = new DocumentJournal(documentName, this.store, this.commitIntervalMs, {
        onFailure: (error, attempt, retryInMs) => {
          if (attempt === 1)
            this.log.error(
              { err: error, documentName },
              `could not store changes; retrying every ${retryInMs}+ ms, acknowledgements wait`,
            )
          else this.log.warn({ err: error, documentName, attempt }, 'still cannot store changes')
        },
        onRecovered: (attempts) => this.log.info({ documentName, attempts }, 'stored the changes that had failed'),
      })
      this.journals.set(documentName, journal)
    }
    return journal
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
