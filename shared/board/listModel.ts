/**
 * What the list view shows, as a pure function of the board's records and the control state: ideas
 * grouped by cluster (clusters in reading order, top to bottom then left to right), then the
 * unclustered ideas; case cards grouped by city; vote targets and revealed totals. No I/O, no React.
 * The server builds the same model for the list's first screen (listPreview), before the board is in.
 */
import type { TLRecord } from '@tldraw/tlschema'
import { CASE_CARD_TYPE, type CaseCardProps } from './caseCard.ts'
import { readBoard, type BoardIdea } from './clusters.ts'
import type { VotingState } from '../control.ts'

export interface ListIdea extends BoardIdea {
  /** This person may edit and delete it (they wrote it). */
  own: boolean
  /** Revealed dots, or null while nothing is revealed for it. */
  votes: number | null
  /** A target of the open voting round. */
  votable: boolean
}

export interface ListCluster {
  id: string
  title: string
  ideas: ListIdea[]
  votes: number | null
  votable: boolean
}

export interface ListCaseCard extends CaseCardProps {
  id: string
}

export interface ListModel {
  clusters: ListCluster[]
  unclustered: ListIdea[]
  ideaCount: number
  caseCards: { city: string; cards: ListCaseCard[] }[]
}

export interface ListViewer {
  selfId: string
  /** Ideas this browser created, for city and anonymous mode where the idea does not name its author. */
  ownIds: ReadonlySet<string>
}

type Shape = Extract<TLRecord, { typeName: 'shape' }>

export function buildListModel(records: Iterable<TLRecord>, voting: VotingState, viewer: ListViewer): ListModel {
  const all = [...records]
  const shapes = new Map<string, Shape>()
  for (const r of all) if (r.typeName === 'shape') shapes.set(r.id, r)
  const { ideas, clusters } = readBoard(all)
  const round = voting.round?.status === 'open' ? voting.round : null
  const targets = new Set(round?.targets.map((t) => t.id) ?? [])
  const totals = round ? null : (voting.results?.totals ?? null)
  const votesOf = (id: string) => (totals && id in totals ? totals[id] : null)

  // Each shape's page point once, not two lookups and two points per comparison (5,000 ideas: 60,000).
  const points = new Map<string, { x: number; y: number }>()
  for (const shape of shapes.values()) points.set(shape.id, pagePoint(shape, shapes))
  const byReadingOrder = (a: { id: string }, b: { id: string }) => compareAt(a.id, b.id, points)
  const listIdeas = ideas
    .map(
      (idea): ListIdea => ({
        ...idea,
        own: idea.authorId === viewer.selfId || viewer.ownIds.has(idea.id),
        votes: votesOf(idea.id),
        votable: targets.has(idea.id),
      }),
    )
    .sort(byReadingOrder)
  const inCluster = new Map<string, ListIdea[]>()
  const unclustered: ListIdea[] = []
  for (const idea of listIdeas) {
    if (idea.clusterId === null) unclustered.push(idea)
    else {
      const members = inCluster.get(idea.clusterId)
      if (members) members.push(idea)
      else inCluster.set(idea.clusterId, [idea])
    }
  }
  const listClusters = clusters
    .map(
      (c): ListCluster => ({
        id: c.id,
        title: c.title,
        ideas: inCluster.get(c.id) ?? [],
        votes: votesOf(c.id),
        votable: targets.has(c.id),
      }),
    )
    .sort(byReadingOrder)

  const cardsByCity = new Map<string, ListCaseCard[]>()
  const caseCards = [...shapes.values()].filter((shape) => (shape.type as string) === CASE_CARD_TYPE)
  for (const shape of caseCards.sort(byReadingOrder)) {
    const props = shape.props as unknown as CaseCardProps
    const card = { ...props, id: shape.id }
    const cards = cardsByCity.get(props.city)
    if (cards) cards.push(card)
    else cardsByCity.set(props.city, [card])
  }
  return {
    clusters: listClusters,
    unclustered,
    ideaCount: listIdeas.length,
    caseCards: [...cardsByCity].map(([city, cards]) => ({ city, cards })),
  }
}

/** The name a vote button uses for a target: a cluster's title, an idea's text cut to 60 characters. */
export function targetTitle(target: { title: string } | { text: string }): string {
  if ('title' in target) return target.title
  const text = target.text.replace(/\s+/g, ' ').trim()
  return text.length > 60 ? text.slice(0, 60) : text
}

/** One line of the list, for rendering a window of it. A heading counts the ideas under it. */
export type ListRow =
  | { type: 'cluster'; cluster: ListCluster; count: number }
  | { type: 'unclustered'; count: number }
  | { type: 'idea'; idea: ListIdea }

/** The model as the lines the list shows, in order: each cluster's heading and ideas, then the rest. */
export function listRows(model: ListModel): ListRow[] {
  const rows: ListRow[] = []
  for (const cluster of model.clusters) {
    rows.push({ type: 'cluster', cluster, count: cluster.ideas.length })
    for (const idea of cluster.ideas) rows.push({ type: 'idea', idea })
  }
  if (model.unclustered.length > 0) rows.push({ type: 'unclustered', count: model.unclustered.length })
  for (const idea of model.unclustered) rows.push({ type: 'idea', idea })
  return rows
}

/**
 * The list's first rows, for showing its first screen before the board's sync arrives (a board of
 * 5,000 ideas is 3 MB): `GET /api/rooms/:roomId/list-preview`. Clusters travel without their ideas
 * (the rows that follow them are those ideas); headings keep their counts.
 */
export interface ListPreview {
  ideaCount: number
  rows: ListRow[]
}

/** Rows in a preview: more than a tall screen shows (a row is at least 3 rem high). */
export const PREVIEW_ROWS = 40

export function listPreview(model: ListModel, rowCount = PREVIEW_ROWS): ListPreview {
  const rows = listRows(model)
    .slice(0, rowCount)
    .map((row): ListRow => (row.type === 'cluster' ? { ...row, cluster: { ...row.cluster, ideas: [] } } : row))
  return { ideaCount: model.ideaCount, rows }
}

const ORIGIN = { x: 0, y: 0 }

/** Top to bottom, then left to right, in page coordinates (a missing shape at the origin, id ''). */
function compareAt(a: string, b: string, points: Map<string, { x: number; y: number }>): number {
  const pa = points.get(a)
  const pb = points.get(b)
  return (
    (pa ?? ORIGIN).y - (pb ?? ORIGIN).y ||
    (pa ?? ORIGIN).x - (pb ?? ORIGIN).x ||
    (pa ? a : '').localeCompare(pb ? b : '')
  )
}

function pagePoint(shape: Shape, shapes: Map<string, Shape>): { x: number; y: number } {
  const parent = shapes.get(shape.parentId)
  return parent ? { x: parent.x + shape.x, y: parent.y + shape.y } : { x: shape.x, y: shape.y }
}
