/**
 * A lowdb adapter for one JSON file: what it reads is validated with a zod schema, and every version
 * is written durably (temporary file, fsync, rename, fsync of the folder), one write at a time, in
 * order. lowdb's own JSONFile does no fsync.
 */
import { readFile } from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import type { z } from 'zod'
import { writeFileDurably } from './durableFile.ts'

export class DurableJsonFile<T> implements Adapter<T> {
  private writing: Promise<void> = Promise.resolve()
  private readonly file: string
  private readonly schema: z.ZodType<T>

  constructor(file: string, schema: z.ZodType<T>) {
    this.file = file
    this.schema = schema
  }

  async read(): Promise<T | null> {
    const text = await readFile(this.file, 'utf8').catch((error) => {
      if (error.code === 'ENOENT') return null
      throw error
    })
    if (text === null) return null
    const parsed = this.schema.safeParse(JSON.parse(text))
    if (!parsed.success) throw new Error(`${this.file} does not hold valid data: ${parsed.error.message}`)
    return parsed.data
  }

  write(data: T): Promise<void> {
    const json = JSON.stringify(data, null, 2)
    this.writing = this.writing.catch(() => {}).then(() => writeFileDurably(this.file, json))
    return this.writing
  }
}
