/** The storage contract against the embedded adapter (files in a temporary DATA_DIR). */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { openEmbeddedStorage } from '../../server/storage/embedded/index.ts'
import { storageContract } from './contract.ts'

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
