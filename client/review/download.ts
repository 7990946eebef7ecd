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
