/** The y-websocket door's translation and close codes, message by message (integration: tests/integration/yjsDoor*.test.ts). */
import { OutgoingMessage } from '@hocuspocus/server'
import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { closedWith, yjsCloseEvent } from '../../server/yjsDoor/closeEvents.ts'
import { fromClient, toClient } from '../../server/yjsDoor/translate.ts'

const hocuspocus = () => new OutgoingMessage('room/board')

describe('closes on /yjs', () => {
  it.each([
    [4422, 'invalid-record', 4422, 'invalid-record'],
    [4429, 'rate-limited', 4429, 'rate-limited'],
    [4503, 'storage-unavailable', 4503, 'storage-unavailable'],
    [1009, '', 4413, 'message-too-big'],
    [4205, 'Reset Connection', 4400, 'malformed-message'],
    [1002, '', 4400, 'malformed-message'],
    [1007, '', 4400, 'malformed-message'],
    [1001, 'server shutting down', 1001, 'server shutting down'],
    [1000, '', 1000, ''],
  ])('%i %s becomes %i %s', (code, reason, mappedCode, mappedReason) => {
    expect(yjsCloseEvent(code, reason)).toEqual({ code: mappedCode, reason: mappedReason })
  })

  it('maps a Hocuspocus Close message by its reason, and an unknown reason to 4400', () => {
    expect(closedWith('invalid-record')).toEqual({ code: 4422, reason: 'invalid-record' })
    expect(closedWith('Connection Timeout')).toEqual({ code: 4408, reason: 'Connection Timeout' })
    expect(closedWith('Reset Connection')).toEqual({ code: 4400, reason: 'malformed-message' })
    expect(closedWith('something new')).toEqual({ code: 4400, reason: 'something new' })
  })
})

describe('translation', () => {
  it('passes sync and awareness on without the address, turns SyncReply into sync, and drops what y-websocket cannot read', () => {
    const doc = new Y.Doc()
    doc.getMap('m').set('k', 1)
    const sync = hocuspocus().createSyncMessage()
    syncProtocol.writeSyncStep2(sync.encoder, doc)
    const reply = hocuspocus().createSyncReplyMessage()
    syncProtocol.writeSyncStep2(reply.encoder, doc)
    const expected = encoding.createEncoder()
    encoding.writeVarUint(expected, 0)
    syncProtocol.writeSyncStep2(expected, doc)
    expect(toClient(sync.toUint8Array())).toEqual({ send: encoding.toUint8Array(expected) })
    expect(toClient(reply.toUint8Array())).toEqual({ send: encoding.toUint8Array(expected) })

    expect(toClient(hocuspocus().writeSyncStatus(true).toUint8Array())).toEqual({ drop: true })
    expect(toClient(hocuspocus().writeStateless('x').toUint8Array())).toEqual({ drop: true })
    expect(toClient(hocuspocus().writeAuthenticated(false).toUint8Array())).toEqual({ drop: true })
    expect(toClient(hocuspocus().writeCloseMessage('invalid-record').toUint8Array())).toEqual({
      closed: 'invalid-record',
    })
  })

  it('turns permission denied into y-protocols auth: [2, 0, reason]', () => {
    const out = toClient(hocuspocus().writePermissionDenied('wrong-room').toUint8Array())
    const expected = encoding.createEncoder()
    encoding.writeVarUint(expected, 2)
    encoding.writeVarUint(expected, 0)
    encoding.writeVarString(expected, 'wrong-room')
    expect(out).toEqual({ denied: 'wrong-room', send: encoding.toUint8Array(expected) })
  })

  it('addresses sync and awareness messages from the client, and nothing else', () => {
    const addressed = fromClient('room/board', Uint8Array.of(1, 1, 0))
    const expected = encoding.createEncoder()
    encoding.writeVarString(expected, 'room/board')
    encoding.writeUint8Array(expected, Uint8Array.of(1, 1, 0))
    expect(addressed).toEqual(encoding.toUint8Array(expected))
    for (const other of [
      Uint8Array.of(),
      Uint8Array.of(2, 0),
      Uint8Array.of(5, 0),
      Uint8Array.of(7),
      Uint8Array.of(0xff),
    ]) {
      expect(fromClient('room/board', other)).toBeNull()
    }
  })
})
