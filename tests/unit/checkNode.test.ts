/**
 * Issue 12 §7: on a Node older than the project needs, `npm start` and `npm test` print one clear line
 * naming the required version and how to get it. The machines here have Node 20 as the system Node.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const script = path.resolve(import.meta.dirname, '../../scripts/checkNode.cjs')
const systemNode = ['/usr/bin/node', '/usr/local/bin/node'].find((candidate) => {
  if (!existsSync(candidate)) return false
  const major = Number(execFileSync(candidate, ['-p', 'process.versions.node.split(".")[0]']).toString())
  return major < 22
})

describe('the Node version check', () => {
  it('passes on this Node', () => {
    expect(spawnSync(process.execPath, [script]).status).toBe(0)
  })

  it.skipIf(!systemNode)('stops an older Node with one line naming the version needed and how to get it', () => {
    const run = spawnSync(systemNode!, [script], { encoding: 'utf8' })
    expect(run.status).toBe(1)
    const lines = run.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/needs Node\.js 22\.12 or newer/)
    expect(lines[0]).toMatch(/npm i node@24/)
  })

  it('runs first in npm start and npm test', async () => {
    const { scripts } = (await import('../../package.json', { with: { type: 'json' } })).default
    expect(scripts.start.startsWith('node scripts/checkNode.cjs && ')).toBe(true)
    expect(scripts.test.startsWith('node scripts/checkNode.cjs && ')).toBe(true)
  })
})
