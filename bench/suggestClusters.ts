/**
 * How long suggestClusters takes on boards of 500 and 2,000 ideas (figures printed, nothing asserted).
 * Each board repeats the development set's notes, each with a few words of another note appended so
 * that no two are the same. Wall time depends on what else the machine runs; CPU time is what the
 * grouping costs on one core (it is single-threaded), and is what the target is measured against.
 */
import { suggestClusters } from '../shared/clustering/suggestClusters.ts'
import { workshopIdeas } from '../tests/fixtures/workshop-ideas.ts'

export interface ClusterFigures {
  ideas: number
  wallMs: number
  cpuMs: number
  groups: number
}

const RUNS = 3

function board(size: number) {
  return Array.from({ length: size }, (_, i) => ({
    id: `n${i}`,
    text: `${workshopIdeas[i % workshopIdeas.length].text} ${workshopIdeas[(i * 7 + 3) % workshopIdeas.length].text.split(' ').slice(0, 3).join(' ')}`,
  }))
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** Median wall and CPU time of {@link RUNS} runs per size, after one warm-up run. */
export function measureClusters(sizes: readonly number[] = [500, 2000]): ClusterFigures[] {
  return sizes.map((size) => {
    const ideas = board(size)
    suggestClusters(ideas) // warm-up
    const wall: number[] = []
    const cpu: number[] = []
    let groups = 0
    for (let run = 0; run < RUNS; run++) {
      const cpuBefore = process.cpuUsage()
      const started = performance.now()
      groups = suggestClusters(ideas).length
      wall.push(performance.now() - started)
      const used = process.cpuUsage(cpuBefore)
      cpu.push((used.user + used.system) / 1000)
    }
    return { ideas: size, wallMs: median(wall), cpuMs: median(cpu), groups }
  })
}
