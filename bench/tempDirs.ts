/** Temporary DATA_DIRs, registered so that an interrupted bench still removes them. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const dirs = new Set<string>()

export function makeTempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'capital-room-bench-'))
  dirs.add(dir)
  return dir
}

export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
  dirs.delete(dir)
}

export function removeAllTempDirs(): void {
  for (const dir of [...dirs]) removeTempDir(dir)
}
