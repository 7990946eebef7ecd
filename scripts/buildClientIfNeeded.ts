/** `npm start` builds the client first when dist/client is missing (a fresh clone). */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
if (!existsSync(path.join(root, 'dist/client/index.html'))) {
  console.log('Building the client (first start)…')
  execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  })
}
