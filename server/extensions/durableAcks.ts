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
    let state = this.states.get(connection)
    if (state) return state
    const address = encoding.createEncoder()
    encoding.writeVarString(address, connection.messageAddress)
    const created: AckState = { typeOffset: encoding.length(address), nextGate: undefined, queue: Promise.resolve(), waiting: 0 }
    state = created
    this.states.set(connection, created)

    const send = connection.send.bind(connection)
    connection.send = (message: Uint8Array) => {
      if (message[created.typeOffset] !== MessageType.SyncStatus) return send(message)
      const gate = created.nextGate
      created.nextGate = undefined
      if (!gate && created.waiting === 0) return send(message)
      created.waiting++
      created.queue = created.queue
        .then(() => gate)
        .then(() => {
          created.waiting--
          send(message)
        })
    }
    return created
  }
}
