/**
 * A snapshot on a read-only tldraw canvas: a local store filled from the snapshot's records (no
 * provider, no sync), the live board's shapes, zoomed to fit. Stepping to another snapshot swaps the
 * records in the same editor. Diff marks are drawn over it when two snapshots are compared.
 */
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite.js'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { atom, Tldraw, useTldrawCurrentUser, type Editor, type TLComponents, type TLUserPreferences } from 'tldraw'
import 'tldraw/tldraw.css'
import type { Snapshot } from '../../shared/schema/snapshot.ts'
import type { Affiliation } from '../api/types.ts'
import { tldrawLocale } from '../i18n/languages.ts'
import type { DiffMark } from './diffMarks.ts'
import { DiffMarksContext } from './diffMarksContext.ts'
import { DiffOverlay } from './DiffOverlay.tsx'
import { createReviewStore, showRecords } from './reviewStore.ts'
import { reviewShapeUtils } from './shapeUtils.ts'

const assetUrls = getAssetUrlsByImport()
// No page menu: a snapshot is one page, and its name ("Board") is the document's, not the reader's language.
const components: TLComponents = { InFrontOfTheCanvas: DiffOverlay, PageMenu: null }

export function ReviewCanvas(props: {
  snapshot: Snapshot
  marks: DiffMark[]
  licenseKey: string | null
  affiliations: readonly Affiliation[]
  onEditor: (editor: Editor | null) => void
}) {
  const { snapshot, onEditor } = props
  // Created with the first snapshot's records, so tldraw never sees an empty store (it would add a page).
  const [store] = useState(() => createReviewStore(snapshot.records))
  const [editor, setEditor] = useState<Editor | null>(null)
  const shapeUtils = useMemo(() => reviewShapeUtils(props.affiliations), [props.affiliations])
  const user = useTldrawCurrentUser(useReaderPreferences())

  useEffect(() => {
    if (!editor) return
    showRecords(store, snapshot.records)
    editor.zoomToFit()
  }, [editor, store, snapshot])

  useEffect(() => {
    onEditor(editor)
    return () => onEditor(null)
  }, [editor, onEditor])

  useEffect(() => () => store.dispose(), [store])

  return (
    <div className="review-canvas" data-testid="review-canvas" data-snapshot-id={snapshot.id}>
      <DiffMarksContext value={props.marks}>
        <Tldraw
          store={store}
          shapeUtils={shapeUtils}
          assetUrls={assetUrls}
          licenseKey={props.licenseKey ?? undefined}
          components={components}
          user={user}
          onMount={(mounted) => {
            mounted.updateInstanceState({ isReadonly: true })
            setEditor(mounted)
          }}
        />
      </DiffMarksContext>
    </div>
  )
}

/** tldraw's menus in the reader's language, where tldraw has it (Icelandic: English); nothing else of theirs is kept. */
function useReaderPreferences() {
  const { i18n } = useTranslation()
  const locale = tldrawLocale(i18n.resolvedLanguage ?? i18n.language)
  const [prefs] = useState(() => {
    const $prefs = atom<TLUserPreferences>('review reader', { id: 'review-reader', locale })
    return { userPreferences: $prefs, setUserPreferences: (next: TLUserPreferences) => $prefs.set(next) }
  })
  useEffect(() => {
    prefs.userPreferences.update((current) => ({ ...current, locale }))
  }, [prefs, locale])
  return prefs
}
