/** The bench's result rows and the table printed at the end. */

export interface Row {
  measure: string;
  subject: string;
  baseline: string;
  ratio: string;
  target: string;
  /** null: not measured (skipped), with the reason in `subject`. */
  pass: boolean | null;
}

export const ms = (v: number) => (Number.isFinite(v) ? `${v < 10 ? v.toFixed(2) : v.toFixed(0)} ms` : 'n/a');
export const perSec = (v: number) => `${v.toFixed(0)}/s`;
export const mib = (kib: number) => `${(kib / 1024).toFixed(1)} MiB`;
export const kib = (v: number) => `${v.toFixed(1)} KiB`;
export const times = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : 'n/a');
export const pct = (v: number) => (Number.isFinite(v) ? `${(v * 100).toFixed(0)}%` : 'n/a');

export function skipped(measure: string, target: string, reason: string): Row {
  return { measure, subject: `SKIPPED: ${reason}`, baseline: '—', ratio: '—', target, pass: null };
}

export function failedRow(measure: string, target: string, err: unknown): Row {
  const msg = err instanceof Error ? err.message : String(err);
  return { measure, subject: `ERROR: ${msg.split('\n')[0]!.slice(0, 160)}`, baseline: '—', ratio: '—', target, pass: false };
}

export function printTable(rows: Row[]): void {
  const head: Row = { measure: 'measure', subject: 'subject', baseline: 'baseline', ratio: 'ratio', target: 'target', pass: null };
  const cells = (r: Row, isHead = false) => [
    r.measure,
    r.subject,
    r.baseline,
    r.ratio,
    r.target,
    isHead ? 'result' : r.pass === null ? 'SKIP' : r.pass ? 'PASS' : 'FAIL',
  ];
  const all = [cells(head, true), ...rows.map((r) => cells(r))];
  const widths = all[0]!.map((_, i) => Math.max(...all.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(all[0]!));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const c of all.slice(1)) console.log(line(c));
  const passed = rows.filter((r) => r.pass === true).length;
  const failed = rows.filter((r) => r.pass === false).length;
  const skippedCount = rows.filter((r) => r.pass === null).length;
  console.log(`\nbench: ${passed} passed, ${failed} failed, ${skippedCount} skipped`);
}
