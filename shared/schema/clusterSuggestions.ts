import { z } from 'zod'
import { LANGUAGES } from '../clustering/glossary.ts'

/**
 * Body of POST /api/rooms/:roomId/cluster-suggestions: optionally the language of the titles and
 * explanations (default: the language most of the ideas are written in).
 */
export const clusterSuggestionsRequestSchema = z.strictObject({ language: z.enum(LANGUAGES).optional() })
export type ClusterSuggestionsRequest = z.infer<typeof clusterSuggestionsRequestSchema>
