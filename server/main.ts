/** Entry point: read the configuration, start the server, print the secretariat's sign-in link. */
import { ConfigError, readConfig } from './config.ts'
import { startServer } from './start.ts'

try {
  const config = readConfig(process.env)
  const server = await startServer(config)
  console.log(`Capital Room is running on ${server.url}`)
  // The token is printed once, when it is made: later starts would put it into every log file.
  if (server.adminTokenGenerated) {
    console.log(`Secretariat sign-in link: ${server.url}/admin#token=${server.adminToken}`)
    console.log(
      `(admin token generated and kept in ${config.databaseUrl ? 'the database' : `${config.dataDir}/secrets.json`}; it is not printed again)`,
    )
  } else {
    console.log(`Secretariat sign-in: ${server.url}/admin (with the admin token)`)
  }
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
