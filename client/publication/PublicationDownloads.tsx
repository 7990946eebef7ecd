/** Download the publication of the chosen rooms as Markdown, HTML or PDF. */
import { useState } from 'react'
import { fetchPublication, type PublicationFormat } from '../api/capitalCode.ts'
import { errorMessage } from '../api/http.ts'
import { saveBlob } from '../saveBlob.ts'

const FORMATS: { format: PublicationFormat; label: string }[] = [
  { format: 'md', label: 'Markdown' },
  { format: 'html', label: 'HTML' },
  { format: 'pdf', label: 'PDF' },
]

export function PublicationDownloads(props: { token: string; roomIds: string[] }) {
  const [busy, setBusy] = useState<PublicationFormat | null>(null)
  const [error, setError] = useState<string | null>(null)
  const download = async (format: PublicationFormat) => {
    setBusy(format)
    setError(null)
    try {
      saveBlob(await fetchPublication(props.token, props.roomIds, format), `the-capital-code.${format}`)
    } catch (caught) {
      setError(errorMessage(caught))
    } finally {
      setBusy(null)
    }
  }
  return (
    <div className="publication-downloads" role="group" aria-label="Download">
      {FORMATS.map(({ format, label }) => (
        <button
          key={format}
          type="button"
          disabled={busy !== null || props.roomIds.length === 0}
          onClick={() => void download(format)}
          data-testid={`download-${format}`}
        >
          {busy === format ? 'Preparing…' : `Download ${label}`}
        </button>
      ))}
      {error && (
        <p className="notice error small" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
