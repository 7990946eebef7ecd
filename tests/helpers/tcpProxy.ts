/**
 * A TCP proxy that can go silent: freeze() stops passing bytes on every connection and leaves new
 * ones unanswered, like a database host that vanished from the network; thaw() drops those connections
 * and proxies again. For testing what happens while a dependency does not answer.
 */
import { connect, createServer, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'

export interface TcpProxy {
  port: number
  freeze(): void
  thaw(): void
  close(): Promise<void>
}

export async function tcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let frozen = false
  const pairs = new Set<[Socket, Socket | null]>()
  const server = createServer((client) => {
    const upstream = frozen ? null : connect(target)
    const pair: [Socket, Socket | null] = [client, upstream]
    pairs.add(pair)
    const drop = () => {
      client.destroy()
      upstream?.destroy()
      pairs.delete(pair)
    }
    client.on('error', drop).on('close', drop)
    if (upstream) {
      upstream.on('error', drop).on('close', drop)
      client.pipe(upstream)
      upstream.pipe(client)
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const proxy: TcpProxy = {
    port: (server.address() as AddressInfo).port,
    freeze() {
      frozen = true
      for (const [client, upstream] of pairs) {
        if (!upstream) continue
        client.unpipe(upstream)
        upstream.unpipe(client)
        client.pause()
        upstream.pause()
      }
    },
    thaw() {
      frozen = false
      for (const [client, upstream] of [...pairs]) {
        client.destroy()
        upstream?.destroy()
      }
      pairs.clear()
    },
    async close() {
      proxy.thaw()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
  return proxy
}
