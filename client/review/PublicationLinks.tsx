/** The Capital Code publication of this room (approved entries and next steps) as Markdown, HTML or PDF. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../api/http.ts'
import { fetchPublication } from '../api/capitalCode.ts'
import { currentLanguage } from '../i18n/i18n.ts'
import { saveBlob } from '../saveBlob.ts'

const FORMATS = ['md', 'html', 'pdf'] as const

export function PublicationLinks(props: { token: string; roomId: string; stem: string }) {
  const { t } = useTranslation()
  const [error, setError] = useState<string | null>(null)
  const download = async (format: (typeof FORMATS)[number]) => {
    setError(null)
    try {
      saveBlob(
        await fetchPublication(props.token, [props.roomId], format, currentLanguage()),
        `${props.stem}-capital-code.${format}`,
      )
    } catch (e) {
      setError(errorMessage(e))
    }
  }
  return (
    <div className="downloads" role="group" aria-label={t('review.publication')}>
      <span className="muted small">{t('review.publication')}</span>
      {FORMATS.map((format) => (
        <button key={format} type="button" data-testid={`publication-${format}`} onClick={() => void download(format)}>
          {format.toUpperCase()}
        </button>
      ))}
      {error && (
        <span className="notice error small" role="alert">
          {error}
        </span>
      )}
    </div>
  )
}
