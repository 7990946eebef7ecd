/**
 * Holds a connection's acknowledgements until what they acknowledge is stored.
 *
 * Hocuspocus answers an update with a SyncStatus message right after applying it, on the same
 * connection, before it handles that connection's next message. So the first SyncStatus that a
 * connection sends after `holdNextAck` is the acknowledgement of the update being handled, and it waits
 * for `stored`. Acknowledgements keep their order; every other message (updates from others, presence)
 * goes out at once.
 */
import { MessageType, type Connection } from '@hocuspocus/server'
import * as encoding from 'lib0/encoding'
import { interceptSend } from '../librarySeams.ts'

interface AckState {
  /** Where the message type sits in this connection's messages: after its address (a var string). */
  typeOffset: number
  nextGate: Promise<void> | undefined
  /** The acknowledgements waiting, in order. */
  queue: Promise<void>
  waiting: number
}

export class DurableAcks {
  private readonly states = new WeakMap<Connection, AckState>()

  /** The next acknowledgement sent on `connection` waits until `stored` resolves. */
  holdNextAck(connection: Connection, stored: Promise<void>): void {
    this.stateOf(connection).nextGate = stored
  }

  private stateOf(connection: Connection): AckState {
    const existing = this.states.get(connection)
    if (existing) return existing
    const address = encoding.createEncoder()
    encoding.writeVarString(address, connection.messageAddress)
    const state: AckState = {
      typeOffset: encoding.length(address),
      nextGate: undefined,
      queue: Promise.resolve(),
      waiting: 0,
    }
    this.states.set(connection, state)

    interceptSend(connection, (message, send) => {
      if (message[state.typeOffset] !== MessageType.SyncStatus) return send(message)
      const gate = state.nextGate
      state.nextGate = undefined
      if (!gate && state.waiting === 0) return send(message)
      state.waiting++
      state.queue = state.queue
        .then(() => gate)
        .then(() => {
          state.waiting--
          send(message)
        })
        // One failed send (a socket gone) must not stall every later acknowledgement behind it.
        .catch(() => {})
    })
    return state
  }
}
