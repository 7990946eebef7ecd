/**
 * The HTML publication of the chosen rooms, in a sandboxed iframe (no scripts, forms or navigation):
 * fetched with the bearer token, then shown through `srcdoc`. Refetched shortly after the choice or
 * the page's language changes (the publication's fixed texts are in the page's language).
 */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { fetchPublication } from '../api/capitalCode.ts'
import { errorMessage } from '../api/http.ts'
import { currentLanguage } from '../i18n/i18n.ts'

export function PublicationPreview(props: { token: string; roomIds: string[] }) {
  const { t } = useTranslation()
  const lang = currentLanguage()
  const [html, setHtml] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const key = props.roomIds.join(',')
  const { token } = props

  useEffect(() => {
    if (!key) return
    let live = true
    const timer = setTimeout(() => {
      fetchPublication(token, key.split(','), 'html', lang)
        .then((blob) => blob.text())
        .then(
          (text) => {
            if (!live) return
            setHtml(text)
            setError(null)
          },
          (caught: unknown) => live && setError(errorMessage(caught)),
        )
    }, 250)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [token, key, lang])

  if (!key) return <p className="muted publication-empty">{t('publication.chooseRoom')}</p>
  return (
    <div className="publication-frame">
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      {html === null && !error && <p className="muted">{t('publication.preparingPreview')}</p>}
      {/* No scripts run in it; same-origin only so the contents links can be made to scroll (below). */}
      <iframe
        title={t('publication.preview')}
        sandbox="allow-same-origin"
        srcDoc={html ?? ''}
        onLoad={(e) => scrollLinksInPlace(e.currentTarget)}
        data-testid="publication-preview"
      />
    </div>
  )
}

/**
 * In an srcdoc frame a "#section" link resolves against this page's URL and would load the app into
 * the frame (the CSP refuses it); the frame runs no scripts, so the page scrolls to the section instead.
 */
function scrollLinksInPlace(frame: HTMLIFrameElement) {
  frame.contentDocument?.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href^="#"]')
    if (!link) return
    event.preventDefault()
    const target = frame.contentDocument?.getElementById(decodeURIComponent(link.getAttribute('href')!.slice(1)))
    const view = frame.contentWindow
    // Scroll the frame only (scrollIntoView would scroll this page too).
    if (target && view) view.scrollTo({ top: target.getBoundingClientRect().top + view.scrollY })
  })
}
