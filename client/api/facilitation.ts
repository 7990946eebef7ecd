/** Typed REST client for facilitation and voting: the timer, voting rounds, votes, cluster suggestions. */
import type { Timer } from '../../shared/control.ts'
import type { z } from 'zod'
import type { TimerAction } from '../../shared/schema/timer.ts'
import type { MyVotes, openRoundSchema, Results, Round } from '../../shared/schema/voting.ts'
import type { SuggestedCluster } from '../../shared/clustering/suggestClusters.ts'
import type { ClusterSuggestionsRequest } from '../../shared/schema/clusterSuggestions.ts'
import { apiRequest } from './http.ts'

export type { TimerAction } from '../../shared/schema/timer.ts'
/** The body of POST …/rounds, as the client sends it (defaults filled in by the server). */
export type NewRound = z.input<typeof openRoundSchema>

const room = (roomId: string) => `/rooms/${encodeURIComponent(roomId)}`

export const getServerTime = () => apiRequest<{ now: number }>('/time')

export const changeTimer = (token: string, roomId: string, action: TimerAction) =>
  apiRequest<{ timer: Timer }>(`${room(roomId)}/timer`, { method: 'POST', token, body: action })

export const openRound = (token: string, roomId: string, input: NewRound) =>
  apiRequest<{ round: Round }>(`${room(roomId)}/rounds`, { method: 'POST', token, body: input })

export const closeRound = (token: string, roomId: string) =>
  apiRequest<{ round: Round; results: Results }>(`${room(roomId)}/rounds/current/close`, { method: 'POST', token })

export const castVote = (token: string, roomId: string, targetId: string) =>
  apiRequest<MyVotes>(`${room(roomId)}/votes`, { method: 'POST', token, body: { targetId } })

export const retractVote = (token: string, roomId: string, targetId: string) =>
  apiRequest<MyVotes>(`${room(roomId)}/votes/${encodeURIComponent(targetId)}`, { method: 'DELETE', token })

export const getMyVotes = (token: string, roomId: string) =>
  apiRequest<MyVotes>(`${room(roomId)}/votes/mine`, { token })

export const suggestClusters = (token: string, roomId: string, body: ClusterSuggestionsRequest = {}) =>
  apiRequest<{ suggestions: SuggestedCluster[] }>(`${room(roomId)}/cluster-suggestions`, {
    method: 'POST',
    token,
    body,
  })
