/** A self-signed certificate for a host name, written as PEM files for TLS_CERT_FILE / TLS_KEY_FILE. */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { generate } from 'selfsigned'

export async function selfSignedCertificate(dir: string, hostName: string) {
  const pems = await generate([{ name: 'commonName', value: hostName }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: hostName },
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  })
  const certFile = path.join(dir, 'cert.pem')
  const keyFile = path.join(dir, 'key.pem')
  await writeFile(certFile, pems.cert)
  await writeFile(keyFile, pems.private, { mode: 0o600 })
  return { certFile, keyFile, cert: pems.cert }
}
