/**
 * `npm run restore -- <file> [DATA_DIR]`: unpacks a backup into an empty data folder (DATA_DIR from
 * the argument, else the environment, else ./data). Start the server on it afterwards.
 */
import path from 'node:path'
import { restoreDataDir } from '../server/backup/embeddedBackup.ts'
import { ConfigError, readConfig } from '../server/config.ts'

try {
  const [file, dataDirArgument] = process.argv.slice(2)
  if (!file) throw new ConfigError('Usage: npm run restore -- <file.tar.gz> [DATA_DIR]')
  const dataDir = dataDirArgument ? path.resolve(dataDirArgument) : readConfig(process.env).dataDir
  const { documents } = await restoreDataDir(path.resolve(file), dataDir)
  console.log(
    `restore: ${path.resolve(file)} → ${dataDir} (${documents} documents). Start the server with DATA_DIR=${dataDir}`,
  )
} catch (error) {
  console.error(`restore: ${(error as Error).message}`)
  process.exit(error instanceof ConfigError ? 2 : 1)
}
