/** Saves a Blob as a file through a temporary object URL (the file never leaves the browser). */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // The download has started by now.
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
