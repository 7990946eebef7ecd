/**
 * The embedded AuditStore: DATA_DIR/audit.log, one event per line (JSON), only ever appended to, each
 * append durable (O_DSYNC) before it resolves. Plain text on purpose: a data protection officer can
 * read it with any tool, and `npm run audit:verify` checks its hash chain byte for byte.
 */
import { constants } from 'node:fs'
import { type FileHandle, open, readFile, truncate } from 'node:fs/promises'
import path from 'node:path'
import { type AuditEvent, auditEventSchema } from '../../../shared/schema/audit.ts'
import { auditLine } from '../../audit/chain.ts'
import type { AuditFilter, AuditStore } from '../types.ts'
import { syncDirectory } from './durableFile.ts'

export const AUDIT_FILE = 'audit.log'

/** The log's complete lines; a last line without its newline is a write torn by a crash. */
export async function readAuditLines(
  dataDir: string,
): Promise<{ lines: string[]; completeBytes: number; tornBytes: number }> {
  const text = await readFile(path.join(dataDir, AUDIT_FILE), 'utf8').catch((error) => {
    if (error.code === 'ENOENT') return ''
    throw error
  })
  const end = text.lastIndexOf('\n') + 1
  const complete = text.slice(0, end)
  return {
    lines: complete.split('\n').slice(0, -1),
    completeBytes: Buffer.byteLength(complete),
    tornBytes: Buffer.byteLength(text) - Buffer.byteLength(complete),
  }
}

export function matchesFilter(event: AuditEvent, filter: AuditFilter = {}): boolean {
  return (
    (filter.roomId === undefined || event.roomId === filter.roomId) &&
    (filter.from === undefined || event.at >= filter.from) &&
    (filter.to === undefined || event.at <= filter.to)
  )
}

export class AuditFile implements AuditStore {
  private readonly file: string
  private handle: FileHandle | undefined
  private readonly lineTexts: string[]
  private readonly events: AuditEvent[]
  private lastHash: string | null
  /** Bytes of complete lines in the file: a failed write is cut back to here. */
  private size: number
  private writing: Promise<unknown> = Promise.resolve()

  private constructor(file: string, lines: string[], size: number) {
    this.file = file
    this.size = size
    this.lineTexts = lines
    // A line that does not parse (damaged on disk) is left out of reading but stays in the file, where
    // audit:verify reports it; the chain continues from the last readable event.
    this.events = lines.flatMap((line) => {
      try {
        const parsed = auditEventSchema.safeParse(JSON.parse(line))
        return parsed.success ? [parsed.data] : []
      } catch {
        return []
      }
    })
    this.lastHash = this.events.at(-1)?.hash ?? null
  }

  static async open(dataDir: string): Promise<AuditFile> {
    const { lines, completeBytes, tornBytes } = await readAuditLines(dataDir)
    // An append torn by a crash was never acknowledged: cut it off so the next line starts clean.
    if (tornBytes > 0) await truncate(path.join(dataDir, AUDIT_FILE), completeBytes)
    return new AuditFile(path.join(dataDir, AUDIT_FILE), lines, completeBytes)
  }

  append(seal: (previousHash: string | null) => AuditEvent): Promise<AuditEvent> {
    // One append at a time, in order: each event's prevHash is the hash of the line written before it.
    const result = this.writing
      .catch(() => {})
      .then(async () => {
        const event = seal(this.lastHash)
        const line = auditLine(event)
        if (!this.handle) {
          this.handle = await open(
            this.file,
            constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_DSYNC,
            0o600,
          )
          await syncDirectory(path.dirname(this.file))
        }
        const bytes = Buffer.from(`${line}\n`)
        try {
          await this.handle.write(bytes)
        } catch (error) {
          await this.handle.truncate(this.size).catch(() => {})
          throw error
        }
        this.size += bytes.byteLength
        this.lineTexts.push(line)
        this.events.push(event)
        this.lastHash = event.hash
        return event
      })
    this.writing = result
    return result
  }

  async list(filter?: AuditFilter): Promise<AuditEvent[]> {
    return structuredClone(this.events.filter((event) => matchesFilter(event, filter)))
  }

  async lines(): Promise<string[]> {
    return [...this.lineTexts]
  }

  async close(): Promise<void> {
    await this.writing.catch(() => {})
    await this.handle?.close()
    this.handle = undefined
  }
}
