/** The selected snapshot as a file: its JSON as fetched, or the board drawn by tldraw as PNG or SVG. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Editor } from 'tldraw'
import type { Snapshot } from '../../shared/schema/snapshot.ts'
import { errorMessage } from '../api/http.ts'
import { downloadSnapshot } from '../api/review.ts'
import { saveBlob } from '../saveBlob.ts'
import { fileStem } from './download.ts'

export function SnapshotDownloads(props: { snapshot: Snapshot; editor: Editor | null; stem: string; token: string }) {
  const { t } = useTranslation()
  const { snapshot, editor } = props
  const stem = fileStem(props.stem, snapshot.name)
  const [error, setError] = useState<string | null>(null)

  // Fetched from the server (not saved from memory), so the download is in the audit trail.
  const json = async () => {
    setError(null)
    try {
      saveBlob(await downloadSnapshot(props.token, snapshot.id), `${stem}.json`)
    } catch (e) {
      setError(t('review.downloads.failed', { detail: errorMessage(e) }))
    }
  }

  const image = async (format: 'png' | 'svg') => {
    if (!editor) return
    setError(null)
    const ids = [...editor.getCurrentPageShapeIds()]
    if (ids.length === 0) return setError(t('review.downloads.empty'))
    try {
      if (format === 'svg') {
        const result = await editor.getSvgString(ids, { background: true, padding: 32 })
        if (!result) throw new Error(t('review.downloads.notDrawn'))
        saveBlob(new Blob([result.svg], { type: 'image/svg+xml' }), `${stem}.svg`)
      } else {
        const { blob } = await editor.toImage(ids, { format: 'png', background: true, padding: 32, pixelRatio: 2 })
        saveBlob(blob, `${stem}.png`)
      }
    } catch (e) {
      setError(t('review.downloads.exportFailed', { detail: errorMessage(e) }))
    }
  }

  return (
    <div className="downloads" role="group" aria-label={t('review.downloads.label')}>
      <span className="muted small">{t('review.downloads.label')}</span>
      <button type="button" data-testid="download-json" onClick={() => void json()}>
        JSON
      </button>
      <button type="button" data-testid="download-png" disabled={!editor} onClick={() => void image('png')}>
        PNG
      </button>
      <button type="button" data-testid="download-svg" disabled={!editor} onClick={() => void image('svg')}>
        SVG
      </button>
      {error && (
        <span className="notice error small" role="alert">
          {error}
        </span>
      )}
    </div>
  )
}
