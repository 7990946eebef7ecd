/**
 * The review of one room: the snapshot timeline, the selected snapshot (B) read-only on a canvas,
 * the comparison with another snapshot (A), downloads, and distillation into the Capital Code.
 */
import { useCallback, useEffect, useMemo, useState } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import type { Editor, TLShapeId } from 'tldraw'
import { readBoard } from '../../shared/board/clusters.ts'
import { diffSnapshots } from '../../shared/distill/snapshotDiff.ts'
import type { Snapshot } from '../../shared/schema/snapshot.ts'
import type { AppConfig, Room } from '../api/types.ts'
import { formatDate } from '../i18n/format.ts'
import { ComparePanel } from './ComparePanel.tsx'
import { DiffList } from './DiffList.tsx'
import { diffMarks } from './diffMarks.ts'
import { DistillPanel } from './DistillPanel.tsx'
import { SnapshotDownloads } from './SnapshotDownloads.tsx'
import { fileStem } from './download.ts'
import { PublicationLinks } from './PublicationLinks.tsx'
import { licenceProblemBeforeLoad } from '../licence/licence.ts'
import { ReviewCanvas } from './ReviewCanvas.tsx'
import { SnapshotTimeline } from './SnapshotTimeline.tsx'
import { snapshotTitle } from './snapshotTitle.ts'
import { useCapitalCodeReview } from './useCapitalCodeReview.ts'
import type { ReviewAccess } from './useReviewAccess.ts'
import { useSnapshots } from './useSnapshots.ts'
import './review.css'

export function ReviewView(props: { access: ReviewAccess; room: Room; config: AppConfig }) {
  const { t } = useTranslation()
  const { access, room, config } = props
  const snapshots = useSnapshots(access.token, room.id)
  const review = useCapitalCodeReview(
    access.token,
    room.id,
    useMemo(() => config.affiliations.map((a) => a.id), [config]),
  )
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [compareA, setCompareA] = useState<string | null>(null)
  const [editor, setEditor] = useState<Editor | null>(null)
  const { summaries, loaded, load } = snapshots

  // Open on the latest snapshot.
  useEffect(() => {
    if (selectedId === null && summaries && summaries.length > 0) setSelectedId(summaries[summaries.length - 1].id)
  }, [summaries, selectedId])
  useEffect(() => {
    if (selectedId) load(selectedId)
    if (compareA) load(compareA)
  }, [selectedId, compareA, load])

  const selected = selectedId ? (loaded.get(selectedId) ?? null) : null
  const before = compareA && compareA !== selectedId ? (loaded.get(compareA) ?? null) : null
  const diff = useMemo(() => (before && selected ? diffSnapshots(before, selected) : null), [before, selected])
  const marks = useMemo(() => (diff ? diffMarks(diff, t) : []), [diff, t])
  const names = useMemo(
    () => (before && selected ? shapeNames([before, selected]) : new Map<string, string>()),
    [before, selected],
  )
  const summary = summaries?.find((s) => s.id === selectedId) ?? null
  const beforeSummary = before ? (summaries?.find((s) => s.id === before.id) ?? null) : null
  const loadError =
    (selectedId && snapshots.errors.get(selectedId)) || (compareA && snapshots.errors.get(compareA)) || null

  const showShape = useCallback(
    (id: string) => {
      const bounds = editor?.getShapePageBounds(id as TLShapeId)
      if (editor && bounds)
        editor.zoomToBounds(bounds.clone().expandBy(120), { animation: { duration: 300 }, targetZoom: 1 })
    },
    [editor],
  )

  return (
    <div className="review-page">
      <header className="top-bar">
        <div className="top-bar-title">
          <h1>{t('review.heading', { title: room.title })}</h1>
          <span className="muted">
            {formatDate(room.date)} · {room.hostCity}
          </span>
        </div>
        <div className="top-bar-meta">
          <PublicationLinks token={access.token} roomId={room.id} stem={fileStem(room.title, '')} />
          {access.member && (
            <a href={`/rooms/${encodeURIComponent(room.id)}`} data-testid="back-to-board">
              {t('review.backToBoard')}
            </a>
          )}
        </div>
      </header>
      {snapshots.listError && (
        <p className="notice error" role="alert">
          {t('review.cannotList', { detail: snapshots.listError })}
        </p>
      )}
      <div className="review-body">
        <aside className="review-side">
          {summaries === null ? (
            <p className="muted">{t('review.loadingSnapshots')}</p>
          ) : summaries.length === 0 ? (
            <p className="muted" data-testid="no-snapshots">
              {t('review.noSnapshots')}
            </p>
          ) : (
            <>
              <SnapshotTimeline summaries={summaries} selectedId={selectedId} onSelect={setSelectedId} />
              <ComparePanel
                summaries={summaries}
                a={compareA}
                b={selectedId}
                onChangeA={setCompareA}
                onChangeB={setSelectedId}
              >
                {compareA === selectedId && compareA !== null && <p className="muted small">{t('review.pickTwo')}</p>}
                {diff && <DiffList diff={diff} names={names} onShow={showShape} />}
              </ComparePanel>
            </>
          )}
        </aside>
        <main className="review-main">
          {loadError && (
            <p className="notice error" role="alert">
              {loadError}
            </p>
          )}
          {selected ? (
            <>
              <div className="review-toolbar">
                <strong>{summary ? snapshotTitle(summary, t) : selected.name}</strong>
                <span className="muted small">
                  {before
                    ? t('review.changesSince', { name: beforeSummary ? snapshotTitle(beforeSummary, t) : before.name })
                    : t('review.readOnly')}
                </span>
                <button
                  type="button"
                  onClick={() => editor?.zoomToFit({ animation: { duration: 200 } })}
                  disabled={!editor}
                >
                  {t('review.fit')}
                </button>
                <SnapshotDownloads snapshot={selected} editor={editor} stem={room.title} token={access.token} />
              </div>
              {licenceProblemBeforeLoad(config.tldrawLicenseKey) ? (
                // tldraw would blank itself here (and call its CDN): the lists and downloads still work.
                <p className="notice error" role="alert" data-testid="licence-notice">
                  <Trans i18nKey="review.noLicence" components={{ code: <code /> }} />
                </p>
              ) : (
                <ReviewCanvas
                  snapshot={selected}
                  marks={marks}
                  licenseKey={config.tldrawLicenseKey}
                  affiliations={config.affiliations}
                  onEditor={setEditor}
                />
              )}
            </>
          ) : (
            selectedId && !loadError && <p className="muted">{t('review.openingSnapshot')}</p>
          )}
          <DistillPanel
            review={review}
            access={access}
            snapshot={summary && { id: summary.id, name: snapshotTitle(summary, t) }}
            affiliations={config.affiliations}
          />
        </main>
      </div>
    </div>
  )
}

/** Each idea's text and each cluster's title in these snapshots (later ones win). */
function shapeNames(snapshots: Snapshot[]): Map<string, string> {
  const names = new Map<string, string>()
  for (const snapshot of snapshots) {
    const { ideas, clusters } = readBoard(snapshot.records)
    for (const idea of ideas) names.set(idea.id, idea.text)
    for (const cluster of clusters) names.set(cluster.id, cluster.title)
  }
  return names
}
