/**
 * The HTML publication of the chosen rooms, in a sandboxed iframe (no scripts, forms or navigation):
 * fetched with the bearer token, then shown through `srcdoc`. Refetched shortly after the choice changes.
 */
import { useEffect, useState } from 'react'
import { fetchPublication } from '../api/capitalCode.ts'
import { errorMessage } from '../api/http.ts'

export function PublicationPreview(props: { token: string; roomIds: string[] }) {
  const [html, setHtml] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const key = props.roomIds.join(',')
  const { token } = props

  useEffect(() => {
    if (!key) return
    let live = true
    const timer = setTimeout(() => {
      fetchPublication(token, key.split(','), 'html')
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
  }, [token, key])

  if (!key) return <p className="muted publication-empty">Choose at least one room.</p>
  return (
    <div className="publication-frame">
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      {html === null && !error && <p className="muted">Preparing the preview…</p>}
      {/* No scripts run in it; same-origin only so the contents links can be made to scroll (below). */}
      <iframe
        title="The Capital Code (preview)"
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
