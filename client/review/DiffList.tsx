/** The changes from snapshot A to B as a list; clicking a change that is on the canvas shows it there. */
import type { SnapshotDiff } from '../../shared/distill/snapshotDiff.ts'
import { IDEA_KIND_LABELS } from '../../shared/board/ideas.ts'

interface Item {
  key: string
  change: string
  shapeId: string | null
  text: string
}

const quote = (text: string) => (text ? `“${text.length > 80 ? `${text.slice(0, 77)}…` : text}”` : '(empty)')

function items(diff: SnapshotDiff, names: ReadonlyMap<string, string>): Item[] {
  return [
    ...diff.ideas.added.map((i) => ({
      key: `a-${i.id}`,
      change: 'added',
      shapeId: i.id,
      text: `${IDEA_KIND_LABELS[i.kind]} ${quote(i.text)}`,
    })),
    ...diff.ideas.removed.map((i) => ({
      key: `r-${i.id}`,
      change: 'removed',
      shapeId: null,
      text: `${IDEA_KIND_LABELS[i.kind]} ${quote(i.text)}`,
    })),
    ...diff.ideas.edited.map((e) => ({
      key: `e-${e.id}`,
      change: 'edited',
      shapeId: e.id,
      text: e.changed.includes('text')
        ? `${quote(e.before.text)} → ${quote(e.after.text)}`
        : `${IDEA_KIND_LABELS[e.before.kind]} → ${IDEA_KIND_LABELS[e.after.kind]} ${quote(e.after.text)}`,
    })),
    ...diff.ideas.moved.map((m) => ({
      key: `m-${m.id}`,
      change: 'moved',
      shapeId: m.id,
      text: `${m.fromTitle ?? 'no cluster'} → ${m.toTitle ?? 'no cluster'}`,
    })),
    ...diff.clusters.added.map((c) => ({ key: `ca-${c.id}`, change: 'cluster added', shapeId: c.id, text: c.title })),
    ...diff.clusters.removed.map((c) => ({
      key: `cr-${c.id}`,
      change: 'cluster removed',
      shapeId: null,
      text: c.title,
    })),
    ...diff.clusters.renamed.map((c) => ({
      key: `cn-${c.id}`,
      change: 'cluster renamed',
      shapeId: c.id,
      text: `${c.before} → ${c.after}`,
    })),
    ...diff.votes.map((v) => ({
      key: `v-${v.targetId}`,
      change: 'votes',
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
  const list = items(props.diff, props.names)
  if (list.length === 0)
    return (
      <p className="muted small" data-testid="diff-list">
        No changes between these snapshots.
      </p>
    )
  return (
    <ul className="diff-list" data-testid="diff-list">
      {list.map((item) => (
        <li key={item.key} data-testid="diff-item" data-change={item.change} data-shape-id={item.shapeId ?? undefined}>
          <span className={`badge change-${item.change.replace(' ', '-')}`}>{item.change}</span>{' '}
          {item.shapeId ? (
            <button
              type="button"
              className="link"
              onClick={() => props.onShow(item.shapeId!)}
              title="Show on the canvas"
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
