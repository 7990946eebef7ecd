/**
 * Faults survived: a client offline for a minute. Oda reaches the server through a TCP proxy that goes
 * silent (her network is gone: nothing passes, nothing is refused) for FAULTS_OFFLINE_SECONDS (default
 * 60, the real minute). She keeps editing — new notes, and a note Astrid edits at the same time —
 * while Astrid and Bjørn keep editing online. When her network comes back her provider reconnects and
 * merges: all three converge on the same board, and that board is what the server stored (checked by
 * restarting the server on its data and loading it with a fresh participant).
 */
import { afterEach, describe, expect, it } from 'vitest'
import { documentName } from '../../shared/protocol.ts'
import { missing, sleep, startEditing } from '../helpers/editing.ts'
import { Cleanups, roomWith, seconds, startInstance } from '../helpers/faults.ts'
import { newParticipant, type Participant } from '../helpers/participant.ts'
import { noteRecord } from '../helpers/records.ts'
import { eventually } from '../helpers/retry.ts'
import { tcpProxy } from '../helpers/tcpProxy.ts'

const OFFLINE_SECONDS = Number(process.env.FAULTS_OFFLINE_SECONDS ?? 60)
const SHARED = 'shape:shared'

const cleanups = new Cleanups()
afterEach(() => cleanups.run())

const board = (participant: Participant) =>
  JSON.stringify(Object.fromEntries([...participant.records.entries()].sort(([a], [b]) => a.localeCompare(b))))

/** The shared note, rewritten with `text` at position `x` (one whole-record write, as the board binding does). */
const editShared = (participant: Participant, text: string, x: number) =>
  participant.records.set(SHARED, noteRecord('shared', text, x, 300))

describe('faults: a client offline for a minute', () => {
  it(`merges ${OFFLINE_SECONDS} s of offline edits on reconnect, everyone converges, and all of it is stored`, async () => {
    // A minute of offline edits comes back as updates the write guard checks on a copy of the board, more
    // than the default SHADOW_REBUILDS_PER_MINUTE allows in a minute (a known limit, in the README).
    const server = await startInstance(cleanups, { SHADOW_REBUILDS_PER_MINUTE: '1000' })
    const { roomId, tokens, observer } = await roomWith(server.url, ['Oda', 'Astrid', 'Bjørn'])
    const name = documentName(roomId, 'board')
    const { port } = new URL(server.url)
    const network = await tcpProxy({ host: '127.0.0.1', port: Number(port) })
    cleanups.add(() => network.close())
    const connect = async (wsUrl: string, token: string) => {
      const participant = await newParticipant(wsUrl, name, token)
      cleanups.add(() => participant.destroy())
      return participant
    }
    const oda = await connect(`ws://127.0.0.1:${network.port}/collab`, tokens.Oda)
    const astrid = await connect(server.wsUrl, tokens.Astrid)
    const bjorn = await connect(server.wsUrl, tokens.Bjørn)
    const everyone = [oda, astrid, bjorn]

    editShared(astrid, 'Shared idea, first version', 0)
    await eventually(() => expect(oda.records.get(SHARED)).toBeDefined())
    const editors = [
      startEditing(oda, 'oda', { intervalMs: 150 }),
      startEditing(astrid, 'astrid', { intervalMs: 150 }),
      startEditing(bjorn, 'bjorn', { intervalMs: 150 }),
    ]
    cleanups.add(() => editors.forEach((editor) => editor.stop()))
    await eventually(() => expect(editors.every((editor) => editor.acknowledged > 5)).toBe(true), { timeout: 15_000 })

    // Oda's network goes silent; everybody keeps editing, Oda and Astrid the same note too.
    network.freeze()
    const odaAtCut = editors[0].written
    const offlineUntil = Date.now() + OFFLINE_SECONDS * 1000
    let sharedEdits = 0
    for (let i = 0; Date.now() < offlineUntil && i < 10_000; i++) {
      if (i % 10 === 0) {
        editShared(oda, `Oda's version ${i}`, i)
        editShared(astrid, `Astrid's version ${i}`, -i)
        sharedEdits += 2
      }
      await sleep(Math.min(500, Math.max(0, offlineUntil - Date.now())))
    }
    const odaOffline = editors[0].written - odaAtCut
    // Nothing of what she wrote offline reached the others (a few may have left just before the cut).
    expect(
      editors[0]
        .ids()
        .slice(odaAtCut + 5)
        .filter((id) => astrid.records.has(id)),
    ).toEqual([])

    network.thaw()
    const backAt = Date.now()
    const writtenAtReturn = editors.map((editor) => editor.written)
    const expected = editors.flatMap((editor, i) => editor.ids(writtenAtReturn[i]))
    await eventually(
      () => expect(everyone.map((participant) => missing(participant.records, expected).length)).toEqual([0, 0, 0]),
      { timeout: 30_000, interval: 50 },
    )
    const mergedAfter = Date.now() - backAt

    for (const editor of editors) editor.stop()
    await eventually(
      () => expect(editors.map((editor) => editor.acknowledged)).toEqual(editors.map((editor) => editor.written)),
      { timeout: 30_000, interval: 100 },
    )
    // Converged: the same board everywhere, with one of the concurrent versions of the shared note.
    await eventually(() => expect(new Set(everyone.map(board)).size).toBe(1), { timeout: 10_000 })
    const converged = board(astrid)
    const kept = oda.records.get(SHARED).props.richText.content[0].content[0].text as string

    // Stored: the server restarted on its data loads exactly that board.
    for (const participant of everyone) participant.destroy()
    await server.kill()
    const restarted = await startInstance(cleanups, { DATA_DIR: server.dataDir })
    const checker = await connect(restarted.wsUrl, observer)
    expect(
      missing(
        checker.records,
        editors.flatMap((editor) => editor.ids()),
      ),
      'notes missing after the restart',
    ).toEqual([])
    expect(board(checker)).toBe(converged)

    const total = editors.reduce((sum, editor) => sum + editor.written, 0)
    console.log(
      `offline client: ${OFFLINE_SECONDS} s offline with ${odaOffline} new notes and ${sharedEdits / 2} edits of a note Astrid edited ${sharedEdits / 2} times meanwhile ` +
        `(all three kept "${kept}"); merged ${seconds(mergedAfter)} s after the network returned; ` +
        `${total} notes stored, none lost`,
    )
  }, 240_000)
})
