/** CPU time of the whole machine (all processes), from /proc/stat, so other load on it can be shown. */
import { readFileSync } from 'node:fs'

/** Busy CPU time of all cores since boot, in microseconds (null where /proc/stat is unavailable). */
export function machineBusyUs(): number | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number)
    // user nice system idle iowait irq softirq steal …: everything but idle and iowait is busy.
    const busyTicks = fields.reduce((sum, value, i) => (i === 3 || i === 4 ? sum : sum + value), 0)
    return (busyTicks / 100) * 1e6 // USER_HZ is 100 on Linux
  } catch {
    return null
  }
}
