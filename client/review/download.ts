/** Saves a Blob as a file through a temporary object-URL link (nothing leaves the browser). */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // The download has started by now; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** A file name from a snapshot's name: letters, digits and dashes. */
export function fileStem(roomTitle: string, snapshotName: string): string {
  const slug = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
  return [slug(roomTitle), slug(snapshotName)].filter(Boolean).join('-') || 'snapshot'
}
