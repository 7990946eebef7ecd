/** Zero-set-up storage in DATA_DIR: metadata.json, voting.json, … (lowdb), secrets.json and docs/ (update logs + snapshots). */
import { constants } from 'node:fs'
import { access, mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { Storage } from '../types.ts'
import { DocumentFiles, type DocumentFilesOptions } from './documentFiles.ts'
import { AuditFile } from './auditFile.ts'
import { CodeFile } from './codeFile.ts'
import { MetadataFile } from './metadataFile.ts'
import { SecretsFile } from './secretsFile.ts'
import { SnapshotFiles } from './snapshotFiles.ts'
import { VotingFile } from './votingFile.ts'

export async function openEmbeddedStorage(dataDir: string, options: DocumentFilesOptions = {}): Promise<Storage> {
  await mkdir(path.join(dataDir, 'docs'), { recursive: true })
  const documents = new DocumentFiles(path.join(dataDir, 'docs'), options)
  const metadata = await MetadataFile.open(dataDir)
  const voting = await VotingFile.open(dataDir)
  const snapshots = await SnapshotFiles.open(dataDir)
  const code = await CodeFile.open(dataDir)
  const audit = await AuditFile.open(dataDir)
  return {
    documents,
    metadata,
    voting,
    snapshots,
    code,
    secrets: new SecretsFile(dataDir),
    // Every file is rewritten whole (temporary file, rename) or deleted: nothing deleted stays in one.
    reclaim: async () => {},
    audit,
    ping: () => access(path.join(dataDir, 'docs'), constants.W_OK),
    close: async () => {
      await documents.close()
      await audit.close()
    },
  }
}
