/** Download the publication of the chosen rooms as Markdown, HTML or PDF, in the page's language. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { fetchPublication, type PublicationFormat } from '../api/capitalCode.ts'
import { errorMessage } from '../api/http.ts'
import { currentLanguage } from '../i18n/i18n.ts'
import { saveBlob } from '../saveBlob.ts'

const FORMATS: { format: PublicationFormat; label: string }[] = [
  { format: 'md', label: 'Markdown' },
  { format: 'html', label: 'HTML' },
  { format: 'pdf', label: 'PDF' },
]

export function PublicationDownloads(props: { token: string; roomIds: string[] }) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState<PublicationFormat | null>(null)
  const [error, setError] = useState<string | null>(null)
  const download = async (format: PublicationFormat) => {
    setBusy(format)
    setError(null)
    try {
      const file = await fetchPublication(props.token, props.roomIds, format, currentLanguage())
      saveBlob(file, `the-capital-code.${format}`)
    } catch (caught) {
      setError(errorMessage(caught))
    } finally {
      setBusy(null)
    }
  }
  return (
    <div className="publication-downloads" role="group" aria-label={t('publication.download')}>
      {FORMATS.map(({ format, label }) => (
        <button
          key={format}
          type="button"
          disabled={busy !== null || props.roomIds.length === 0}
          onClick={() => void download(format)}
          data-testid={`download-${format}`}
        >
          {busy === format ? t('publication.preparing') : t('publication.downloadFormat', { format: label })}
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
