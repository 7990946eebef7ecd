/** Entry point: read the configuration, start the server, print the secretariat's sign-in link. */
import { ConfigError, readConfig } from './config.ts'
import { startServer } from './start.ts'

try {
  const config = readConfig(process.env)
  const server = await startServer(config)
  console.log(`Capital Room is running on ${server.url}`)
  console.log(`Secretariat sign-in link: ${server.url}/admin#token=${server.adminToken}`)
  if (server.adminTokenGenerated) console.log(`(admin token generated and kept in ${config.dataDir}/secrets.json)`)
  const stop = async () => {
    await server.close()
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message)
    process.exit(2)
  }
  throw error
}
