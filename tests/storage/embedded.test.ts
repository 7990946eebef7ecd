/** The storage contract against the embedded adapter (files in a temporary DATA_DIR). */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { openEmbeddedStorage } from '../../server/storage/embedded/index.ts'
import { filesHolding } from '../helpers/files.ts'
import { storageContract } from './contract.ts'
import { privacyContract } from './privacyContract.ts'

storageContract('embedded', {
  sharedByInstances: false,
  async location() {
    const dir = await mkdtemp(path.join(tmpdir(), 'capital-room-contract-'))
    return {
      open: (options) => openEmbeddedStorage(dir, options),
      dispose: () => rm(dir, { recursive: true, force: true }),
    }
  },
})

privacyContract('embedded', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'capital-room-privacy-'))
  return {
    open: () => openEmbeddedStorage(dir),
    holds: (text) => filesHolding(dir, text),
    dispose: () => rm(dir, { recursive: true, force: true }),
  }
})
