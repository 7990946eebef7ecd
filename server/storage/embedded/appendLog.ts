/**
 * An append-only file of framed records with group commit: appends that arrive while a write is in
 * flight are written together. The file is opened with O_DSYNC, so a write returns once its bytes are
 * on disk — one system call per batch instead of a write and an fdatasync (each a trip through the
 * thread pool). A record's promise resolves once it is on disk.
 *
 * Frame: [u32 LE payload length][u32 LE crc32 of payload][payload]. A torn or corrupt tail (a crash
 * mid-write) is detected by the reader and ignored; a failed write is truncated away so that later
 * records never land behind garbage.
 */
import { constants } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import { crc32 } from 'node:zlib'

const HEADER_BYTES = 8

interface Pending {
  frame: Uint8Array
  resolve: () => void
  reject: (error: Error) => void
}

export function frameRecord(payload: Uint8Array): Uint8Array {
  const frame = new Uint8Array(HEADER_BYTES + payload.byteLength)
  const view = new DataView(frame.buffer)
  view.setUint32(0, payload.byteLength, true)
  view.setUint32(4, crc32(payload), true)
  frame.set(payload, HEADER_BYTES)
  return frame
}

/** The intact records of a log file's content, and the byte length they occupy. */
export function readRecords(content: Uint8Array): { records: Uint8Array[]; validBytes: number } {
  const records: Uint8Array[] = []
  const view = new DataView(content.buffer, content.byteOffset, content.byteLength)
  let offset = 0
  while (offset + HEADER_BYTES <= content.byteLength) {
    const length = view.getUint32(offset, true)
    const checksum = view.getUint32(offset + 4, true)
    const end = offset + HEADER_BYTES + length
    if (end > content.byteLength) break
    const payload = content.subarray(offset + HEADER_BYTES, end)
    if (crc32(payload) !== checksum) break
    records.push(payload)
    offset = end
  }
  return { records, validBytes: offset }
}

export class AppendLog {
  private handle: FileHandle | undefined
  private queue: Pending[] = []
  private flushing: Promise<void> | undefined
  /** Bytes of intact records in the file: the next write goes exactly here. */
  size: number

  private readonly file: string

  constructor(file: string, validBytes: number) {
    this.file = file
    this.size = validBytes
  }

  append(payload: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ frame: frameRecord(payload), resolve, reject })
      this.flushing ??= this.flush()
    })
  }

  /** Resolves once every record appended so far is written (or has failed). */
  async drain(): Promise<void> {
    while (this.flushing) await this.flushing
  }

  async close(): Promise<void> {
    await this.drain()
    await this.handle?.close()
    this.handle = undefined
  }

  private async flush(): Promise<void> {
    try {
      // Appends made in the same synchronous run as this one join its batch.
      await null
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0)
        try {
          await this.write(batch.map((p) => p.frame))
          for (const pending of batch) pending.resolve()
        } catch (error) {
          for (const pending of batch) pending.reject(error as Error)
        }
      }
    } finally {
      this.flushing = undefined
    }
  }

  private async write(frames: Uint8Array[]): Promise<void> {
    if (!this.handle) {
      // Not O_APPEND: Linux ignores the offset of positional writes in append mode.
      this.handle = await open(this.file, constants.O_RDWR | constants.O_CREAT | constants.O_DSYNC, 0o600)
      await this.handle.truncate(this.size) // drop a torn tail left by a crash
    }
    const bytes = Buffer.concat(frames)
    try {
      // Positional writes: after a failed write we rewrite from the last good offset. O_DSYNC: each
      // write is durable (data and the file size) when it returns.
      let written = 0
      while (written < bytes.byteLength) {
        const { bytesWritten } = await this.handle.write(
          bytes,
          written,
          bytes.byteLength - written,
          this.size + written,
        )
        written += bytesWritten
      }
      this.size += bytes.byteLength
    } catch (error) {
      await this.handle.truncate(this.size).catch(() => {})
      throw error
    }
  }
}
