/** The changes from snapshot A to B as a list; clicking a change that is on the canvas shows it there. */
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { SnapshotDiff } from '../../shared/distill/snapshotDiff.ts'

/** The kinds of change, as ids (CSS classes, data-change) and as the key of their label. */
const CHANGES = {
  added: 'added',
  removed: 'removed',
  edited: 'edited',
  moved: 'moved',
  'cluster added': 'clusterAdded',
  'cluster removed': 'clusterRemoved',
  'cluster renamed': 'clusterRenamed',
  votes: 'votes',
} as const
type Change = keyof typeof CHANGES

interface Item {
  key: string
  change: Change
  shapeId: string | null
  text: string
}

function items(diff: SnapshotDiff, names: ReadonlyMap<string, string>, t: TFunction): Item[] {
  const quote = (text: string) =>
    text ? `“${text.length > 80 ? `${text.slice(0, 77)}…` : text}”` : t('review.diff.empty')
  const kind = (k: string) => t(`kinds.${k}`)
  const cluster = (title: string | null) => title ?? t('review.diff.noCluster')
  return [
    ...diff.ideas.added.map((i) => ({
      key: `a-${i.id}`,
      change: 'added' as const,
      shapeId: i.id,
      text: `${kind(i.kind)} ${quote(i.text)}`,
    })),
    ...diff.ideas.removed.map((i) => ({
      key: `r-${i.id}`,
      change: 'removed' as const,
      shapeId: null,
      text: `${kind(i.kind)} ${quote(i.text)}`,
    })),
    ...diff.ideas.edited.map((e) => ({
      key: `e-${e.id}`,
      change: 'edited' as const,
      shapeId: e.id,
      text: e.changed.includes('text')
        ? `${quote(e.before.text)} → ${quote(e.after.text)}`
        : `${kind(e.before.kind)} → ${kind(e.after.kind)} ${quote(e.after.text)}`,
    })),
    ...diff.ideas.moved.map((m) => ({
      key: `m-${m.id}`,
      change: 'moved' as const,
      shapeId: m.id,
      text: `${cluster(m.fromTitle)} → ${cluster(m.toTitle)}`,
    })),
    ...diff.clusters.added.map((c) => ({
      key: `ca-${c.id}`,
      change: 'cluster added' as const,
      shapeId: c.id,
      text: c.title,
    })),
    ...diff.clusters.removed.map((c) => ({
      key: `cr-${c.id}`,
      change: 'cluster removed' as const,
      shapeId: null,
      text: c.title,
    })),
    ...diff.clusters.renamed.map((c) => ({
      key: `cn-${c.id}`,
      change: 'cluster renamed' as const,
      shapeId: c.id,
      text: `${c.before} → ${c.after}`,
    })),
    ...diff.votes.map((v) => ({
      key: `v-${v.targetId}`,
      change: 'votes' as const,
      shapeId: v.targetId,
      text: `${names.has(v.targetId) ? `${quote(names.get(v.targetId)!)}: ` : ''}${v.before} → ${v.after} (${v.delta > 0 ? '+' : ''}${v.delta})`,
    })),
  ]
}

/** `names`: a title for each idea and cluster of either snapshot, to say what a vote change is on. */
export function DiffList(props: {
  diff: SnapshotDiff
  names: ReadonlyMap<string, string>
  onShow: (shapeId: string) => void
}) {
  const { t } = useTranslation()
  const list = items(props.diff, props.names, t)
  if (list.length === 0)
    return (
      <p className="muted small" data-testid="diff-list">
        {t('review.diff.none')}
      </p>
    )
  return (
    <ul className="diff-list" data-testid="diff-list">
      {list.map((item) => (
        <li key={item.key} data-testid="diff-item" data-change={item.change} data-shape-id={item.shapeId ?? undefined}>
          <span className={`badge change-${item.change.replace(' ', '-')}`}>
            {t(`review.diff.${CHANGES[item.change]}`)}
          </span>{' '}
          {item.shapeId ? (
            <button
              type="button"
              className="link"
              onClick={() => props.onShow(item.shapeId!)}
              title={t('review.diff.show')}
            >
              {item.text}
            </button>
          ) : (
            <span>{item.text}</span>
          )}
        </li>
      ))}
    </ul>
  )
}
