/**
 * Which Yjs client ids on a board are tied to a person, so that ideas written without a name stay
 * without one (issue 16, "anonymity that holds").
 *
 * Every item a client writes carries its Yjs client id, and everyone who syncs the board sees it. So a
 * client id must never be both *named* (shown with its person's identity: an awareness state the server
 * stamped, a `user:` record, an idea that names its author, `textLastEditedBy`) and an *unnamed writer*
 * (it wrote ideas, text or shapes while the room was in `city` or `anonymous` mode). Each board keeps
 * both sets; a write or an awareness state that would put one id in both is refused or stripped.
 * On load, the records' current items seed the sets, so a restart keeps what the document shows.
 */
import * as Y from 'yjs'
import type { IdentityMode } from '../../shared/board/ideas.ts'
import { mapItems } from '../librarySeams.ts'
import type { KeyChange } from './mapChanges.ts'

interface BoardLinks {
  named: Set<number>
  unnamed: Set<number>
}

export class WriterLinks {
  private readonly boards = new Map<string, BoardLinks>()

  /** Seeds the sets from the records map of a board just loaded. */
  load(documentName: string, records: Y.Map<unknown>) {
    const links: BoardLinks = { named: new Set(), unnamed: new Set() }
    for (const item of mapItems(records).values()) {
      if (item.deleted) continue
      const value = item.content.getContent()[0]
      const naming = namesSomeone(value)
      if (naming === true) links.named.add(item.id.client)
      else if (naming === false) links.unnamed.add(item.id.client)
    }
    this.boards.set(documentName, links)
  }

  unload(documentName: string) {
    this.boards.delete(documentName)
  }

  /** Whether the awareness client id may be shown with its person's identity on this board. */
  mayName(documentName: string, clientId: number): boolean {
    return !this.boards.get(documentName)?.unnamed.has(clientId)
  }

  /** The server stamped identity on this awareness client id. */
  named(documentName: string, clientId: number) {
    this.boards.get(documentName)?.named.add(clientId)
  }

  /**
   * Checks a write to the board (`update`, whose changes are `keys`) under the identity mode, and
   * remembers what it tied. Null when allowed, otherwise why not.
   */
  checkWrite(
    documentName: string,
    update: Uint8Array,
    keys: KeyChange[],
    mode: IdentityMode,
    writerId: string,
  ): string | null {
    const links = this.boards.get(documentName)
    if (!links) return null
    const authored = keys.filter(isAuthoring)
    const authoring = authored.length > 0
    const naming = authored.some((change) => namesWriter(change.value, writerId))
    if (!authoring && !naming) return null
    const clients = [...Y.parseUpdateMeta(update).from.keys()]
    if (mode !== 'named') {
      const tied = clients.find((client) => links.named.has(client))
      if (tied !== undefined)
        return `Yjs client id ${tied} was shown with your name; in ${mode} mode write with a new client id`
      for (const client of clients) links.unnamed.add(client)
      return null
    }
    if (!naming) return null
    const hidden = clients.find((client) => links.unnamed.has(client))
    if (hidden !== undefined)
      return `Yjs client id ${hidden} wrote while names were hidden; write named records with a new client id`
    for (const client of clients) links.named.add(client)
    return null
  }
}

/** A change that writes content someone authored: a new record, or new words in an existing one. */
function isAuthoring({ action, oldValue, value }: KeyChange): boolean {
  if (action === 'delete') return false
  if (action === 'add') return true
  return wordsOf(oldValue) !== wordsOf(value)
}

/** Everything in a record but where it is: its props (less position and size) and meta. */
function wordsOf(record: unknown): string {
  if (typeof record !== 'object' || record === null) return JSON.stringify(record)
  const { x, y, rotation, index, parentId, props, ...rest } = record as Record<string, unknown>
  const { w, h, ...words } = (props ?? {}) as Record<string, unknown>
  return JSON.stringify([rest, words])
}

/** Whether a record names a person (true), is an idea without a name (false), or neither (null). */
function namesSomeone(value: unknown): boolean | null {
  const record = value as {
    typeName?: string
    type?: string
    meta?: { authorId?: unknown }
    props?: { textLastEditedBy?: unknown }
  } | null
  if (record?.typeName === 'user') return true
  if (record?.typeName !== 'shape' || record.type !== 'note') return null
  if (typeof record.props?.textLastEditedBy === 'string') return true
  return typeof record.meta?.authorId === 'string'
}

/** Whether a record names `writerId` as its writer. */
function namesWriter(value: unknown, writerId: string): boolean {
  const record = value as {
    typeName?: string
    id?: string
    meta?: { authorId?: unknown }
    props?: { textLastEditedBy?: unknown }
  } | null
  if (!record) return false
  if (record.typeName === 'user') return true
  const lastEditor = record.props?.textLastEditedBy
  if (lastEditor === writerId || lastEditor === `user:${writerId}`) return true
  return record.meta?.authorId === writerId
}
