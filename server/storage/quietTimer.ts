/**
 * Calls back once a document has gone quiet: `quietMs` after the last `touch()`. One timer per
 * document, re-armed lazily when it fires early, not cleared and set again on every append (appends
 * come hundreds of times a second on a busy board).
 */
export class QuietTimer {
  private timer: NodeJS.Timeout | undefined
  private lastTouchAt = performance.now()
  private readonly quietMs: number
  private readonly onQuiet: () => void

  constructor(quietMs: number, onQuiet: () => void) {
    this.quietMs = quietMs
    this.onQuiet = onQuiet
  }

  /** Activity: the quiet period starts again. */
  touch(): void {
    this.lastTouchAt = performance.now()
    if (!this.timer) this.timer = setTimeout(this.check, this.quietMs).unref()
  }

  cancel(): void {
    clearTimeout(this.timer)
    this.timer = undefined
  }

  private readonly check = (): void => {
    const quietForMs = performance.now() - this.lastTouchAt
    if (quietForMs < this.quietMs) {
      this.timer = setTimeout(this.check, this.quietMs - quietForMs).unref()
      return
    }
    this.timer = undefined
    this.onQuiet()
  }
}
