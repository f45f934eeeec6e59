/**
 * Summarises V8 CPU profiles (`node --cpu-prof`): self time by function and by package, so the
 * benchmark can say where a build's time goes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** "astro", "@astrojs/mdx", "src/markdown", "node:internal" …: who owns the code at `url`. */
export function codeOwner(url: string): string {
  if (url === '') return '(native / idle / GC)';
  if (url.startsWith('node:')) return 'node (built-in)';
  const packageStart = url.lastIndexOf('node_modules/');
  if (packageStart !== -1) return /^(?:@[^/]+\/)?[^/]+/.exec(url.slice(packageStart + 'node_modules/'.length))?.[0] ?? url;
  // Project code, including what the build bundled into the copy's dist/ (pages, chunks).
  const projectMatch = /glossary-bench-[^/]+\/([^/]+(?:\/[^/]+)?)/.exec(url) ?? /\/(src\/[^/]+)\//.exec(url);
  return projectMatch ? projectMatch[1]! : url;
}

/** Self time in milliseconds per key, highest first. */
function selfTimes(profile: CpuProfile, key: (node: ProfileNode) => string, totals: Map<string, number>): void {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  profile.samples.forEach((id, index) => {
    const node = nodes.get(id);
    if (!node) return;
    const name = key(node);
    totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
}

/** A text table of the top self-time functions and packages over every .cpuprofile in `dir`. */
export function summariseCpuProfile(dir: string, top = 25): string {
  const byFunction = new Map<string, number>();
  const byOwner = new Map<string, number>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    selfTimes(profile, ({ callFrame }) => `${callFrame.functionName || '(anonymous)'}  ${callFrame.url.replace(/^.*node_modules\//, '')}:${callFrame.lineNumber + 1}`, byFunction);
    selfTimes(profile, ({ callFrame }) => codeOwner(callFrame.url), byOwner);
  }
  const total = [...byOwner.values()].reduce((sum, ms) => sum + ms, 0);
  const rows = (totals: Map<string, number>) =>
    [...totals.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => `${(ms / 1000).toFixed(2).padStart(8)} s ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${name}`)
      .join('\n');
  return `Self time by package (total ${(total / 1000).toFixed(1)} s sampled):\n${rows(byOwner)}\n\nTop ${top} functions by self time:\n${rows(byFunction)}`;
}
