/**
 * Peak memory of a process and everything it starts (Astro, Chromium and its
 * helpers), sampled from /proc. Each process's proportional set size is used,
 * so pages shared between Chromium's processes are counted once, not once per
 * process as resident size would.
 */
import { readdirSync, readFileSync } from 'node:fs';

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and brackets, so fields are read after its closing bracket.
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

function proportionalKiB(pid: number): number {
  try {
    const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** The process and all its descendants now running. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const parent = parentOf(pid);
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Samples a process tree's memory until stopped; `stop()` gives the peak in MiB. */
export function watchPeakMemory(root: number, everyMs = 200): { stop(): number } {
  let peakKiB = 0;
  const sample = () => {
    const total = processTree(root).reduce((sum, pid) => sum + proportionalKiB(pid), 0);
    peakKiB = Math.max(peakKiB, total);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.round(peakKiB / 1024);
    },
  };
}
