/**
 * Runs one command and measures it: wall time, CPU time, the peak RSS of its whole process tree
 * (sampled from /proc) and, when `/usr/bin/time` is installed, the exact peak RSS of its largest
 * single process.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleTreePeak } from './process-tree-memory.ts';

const GNU_TIME = '/usr/bin/time';

export interface MeasuredRun {
  wallSeconds: number;
  /** User + system CPU seconds of the tree, from `/usr/bin/time` (null when it is not installed). */
  cpuSeconds: number | null;
  /** Highest sum of VmRSS over the process and its live descendants, sampled every 100 ms. */
  peakTreeRssBytes: number;
  /** Peak RSS of the largest single process in the tree, exact, from `/usr/bin/time -v` (null without it). */
  largestProcessRssBytes: number | null;
  /** The command's stdout and stderr, interleaved. */
  output: string;
}

/** Runs `command args` in `cwd`; rejects with the command's output when it exits non-zero. */
export async function measuredRun(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<MeasuredRun> {
  const useGnuTime = existsSync(GNU_TIME);
  const reportDir = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const reportFile = join(reportDir, 'time.txt');
  const [file, argv] = useGnuTime ? [GNU_TIME, ['-v', '-o', reportFile, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(file, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const sampler = sampleTreePeak(child.pid!);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exitCode = await new Promise<number | null>((done) => child.on('close', done));
  const wallSeconds = (performance.now() - started) / 1000;
  const peakTreeRssBytes = sampler.stop();
  const report = useGnuTime && existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '';
  rmSync(reportDir, { recursive: true, force: true });
  if (exitCode !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${exitCode}:\n${output.slice(-4000)}`);
  const field = (name: string) => {
    const match = new RegExp(`${name}: ([\\d.]+)`).exec(report);
    return match ? Number(match[1]) : null;
  };
  const user = field('User time \\(seconds\\)');
  const system = field('System time \\(seconds\\)');
  const maxRssKb = field('Maximum resident set size \\(kbytes\\)');
  return {
    wallSeconds,
    cpuSeconds: user !== null && system !== null ? user + system : null,
    peakTreeRssBytes,
    largestProcessRssBytes: maxRssKb !== null ? maxRssKb * 1024 : null,
    output,
  };
}
