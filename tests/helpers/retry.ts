/** Retrying assertions instead of sleeps (as in Hocuspocus's tests/utils/retryableAssertion.ts). */
export async function eventually<T>(
  assertion: () => T | Promise<T>,
  { timeout = 5000, interval = 20 } = {},
): Promise<T> {
  const deadline = Date.now() + timeout
  for (;;) {
    try {
      return await assertion()
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, interval))
    }
  }
}
