import { readdirSync, readFileSync } from 'node:fs';

/** CPU time from /proc, to show where a load phase's CPU went (and whether anything else was running). */

const TICK_S = 0.01; // USER_HZ is 100 on Linux

/** User + system CPU seconds a process has used so far (0 once it is gone). */
export function processCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_S;
  } catch {
    return 0;
  }
}

/** Busy and total CPU seconds of the whole machine so far, over all cores. */
function machine(): { busy: number; total: number } {
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = cpu.reduce((a, b) => a + b, 0);
  const idle = (cpu[3] ?? 0) + (cpu[4] ?? 0);
  return { busy: (total - idle) * TICK_S, total: total * TICK_S };
}

/** Starts counting; `stop()` describes the CPU used since by `pids` (by label) and by the machine. */
export function cpuWatch(pids: Record<string, number>): { stop(): { text: string; machineBusy: number } } {
  const m0 = machine();
  const p0 = Object.fromEntries(Object.entries(pids).map(([k, pid]) => [k, processCpuSeconds(pid)]));
  return {
    stop() {
      const m1 = machine();
      const parts = Object.entries(pids).map(([k, pid]) => `${k} ${(processCpuSeconds(pid) - p0[k]!).toFixed(1)} s`);
      const busy = m1.busy - m0.busy;
      const total = m1.total - m0.total;
      return { text: `CPU: ${parts.join(', ')}; machine ${busy.toFixed(1)} of ${total.toFixed(1)} core-s busy`, machineBusy: busy / total };
    },
  };
}

/** CPU seconds of `root` and all its descendants, living or reaped (children's times once waited for). */
function treeCpuSeconds(root: number): number {
  const procs = new Map<number, { ppid: number; cpu: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      procs.set(Number(entry), { ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) * TICK_S });
    } catch {
      // gone meanwhile
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    total += procs.get(pid)?.cpu ?? 0;
    for (const [child, p] of procs) if (p.ppid === pid) queue.push(child);
  }
  return total;
}

/**
 * Starts counting the CPU that processes outside this bench's process tree use (other work on a
 * shared machine skews every figure); `stop()` returns those core-seconds and the machine's busy ones.
 */
export function foreignCpuWatch(): { stop(): { foreign: number; busy: number; total: number } } {
  const m0 = machine();
  const t0 = treeCpuSeconds(process.pid);
  return {
    stop() {
      const m1 = machine();
      const ours = treeCpuSeconds(process.pid) - t0;
      const busy = m1.busy - m0.busy;
      return { foreign: Math.max(0, busy - ours), busy, total: m1.total - m0.total };
    },
  };
}
