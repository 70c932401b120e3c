/** Progress lines while the bench runs, stamped with seconds since it started. */
const start = performance.now();

export function log(message: string): void {
  console.log(`[${((performance.now() - start) / 1000).toFixed(1).padStart(5)}s] ${message}`);
}
