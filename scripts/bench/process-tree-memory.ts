/**
 * Peak resident memory of a whole process tree, sampled from /proc (Linux only).
 *
 * Why sample the tree: a build is several processes (the `/usr/bin/time` wrapper, Node, and any
 * helper binaries they spawn, such as Pagefind's native indexer), and `/usr/bin/time -v` reports only
 * the largest single process's peak. Summing VmRSS over every live descendant at each sample gives
 * the memory the machine actually has to provide. Shared pages (the Node binary, libraries) are
 * counted once per process, so the sum is slightly pessimistic; a peak shorter than one sampling
 * interval can be missed, so compare with the exact single-process peak from `/usr/bin/time`.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Parent pid of every live process, read from /proc/<pid>/stat. */
function parentPids(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may itself contain spaces or ")".
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended between readdir and read.
    }
  }
  return parents;
}

/** The root pid and every live descendant. */
function treePids(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parentPids()) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const tree: number[] = [];
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Resident set size of one process in bytes (0 once it has ended). */
function residentBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Sum of the resident memory of a process and all its live descendants, in bytes. */
export function treeResidentBytes(rootPid: number): number {
  return treePids(rootPid).reduce((sum, pid) => sum + residentBytes(pid), 0);
}

/** Samples a process tree's total RSS every `intervalMs` until `stop()`, which returns the peak in bytes. */
export function sampleTreePeak(rootPid: number, intervalMs = 100): { stop: () => number } {
  let peakBytes = 0;
  const sample = () => {
    peakBytes = Math.max(peakBytes, treeResidentBytes(rootPid));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peakBytes;
    },
  };
}
