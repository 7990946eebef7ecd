/** How long suggestClusters takes on boards of growing size (figures printed, nothing asserted). */
import { suggestClusters } from '../shared/clustering/suggestClusters.ts'
import { labelledIdeas } from '../tests/fixtures/labelled-ideas.ts'

for (const size of [100, 500, 2000]) {
  const ideas = Array.from({ length: size }, (_, i) => ({
    id: `n${i}`,
    text: `${labelledIdeas[i % labelledIdeas.length].text} ${labelledIdeas[(i * 7) % labelledIdeas.length].text.split(' ').slice(0, 4).join(' ')}`,
  }))
  suggestClusters(ideas) // warm-up
  const started = performance.now()
  const groups = suggestClusters(ideas)
  console.log(`suggestClusters: ${size} ideas in ${(performance.now() - started).toFixed(0)} ms, ${groups.length} groups`)
}
