/**
 * The loop of a separate jobs worker (`npm run worker`), kept free of Payload so its rules are
 * testable: run due jobs every `intervalMs`; when a run throws (a transient database error, a
 * connection reset) log it and wait `backoffMs(n)` — doubling from `intervalMs` up to `maxBackoffMs`
 * for the n-th failure in a row — instead of letting the process die; stop between runs once
 * `signal` aborts. Times are milliseconds. Resolves when stopped; never rejects.
 */
export const runWorkerLoop = async ({
  runOnce,
  signal,
  onError,
  intervalMs = 2_000,
  maxBackoffMs = 60_000,
  sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
}: {
  runOnce: () => Promise<unknown>
  signal: AbortSignal
  onError: (error: unknown, failuresInARow: number, retryInMs: number) => void
  intervalMs?: number
  maxBackoffMs?: number
  sleep?: (ms: number) => Promise<void>
}): Promise<void> => {
  let failures = 0
  while (!signal.aborted) {
    let wait = intervalMs
    try {
      await runOnce()
      failures = 0
    } catch (error) {
      failures += 1
      wait = backoffMs({ failures, intervalMs, maxBackoffMs })
      onError(error, failures, wait)
    }
    if (signal.aborted) break
    await sleep(wait)
  }
}

/** Exponential backoff: `intervalMs × 2^(failures − 1)`, at most `maxBackoffMs` (milliseconds). */
export const backoffMs = ({
  failures,
  intervalMs,
  maxBackoffMs,
}: {
  failures: number
  intervalMs: number
  maxBackoffMs: number
}): number => Math.min(maxBackoffMs, intervalMs * 2 ** Math.max(0, failures - 1))
