// Runs before `npm start` and `npm test` on whatever Node is installed, so it is written for old ones
// too (CommonJS, no modern syntax): a clear line instead of "bad option: --experimental-strip-types".
var required = 22.12
var parts = process.versions.node.split('.')
var version = Number(parts[0]) + Number(parts[1]) / 100
if (version < required) {
  console.error(
    'Capital Room needs Node.js 22.12 or newer (Node 24 LTS recommended); this is Node ' +
      process.versions.node +
      '. Install it from https://nodejs.org, with your version manager (nvm install 24), or with `npm i node@24`.',
  )
  process.exit(1)
}
