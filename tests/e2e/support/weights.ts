import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { hydrateIslands } from './browser.ts';

export interface MeasuredPage {
  path: string;
  /** gzip bytes of every JavaScript response plus the page's inline scripts, after all islands hydrated. */
  jsBytes: number;
  cssBytes: number;
  htmlBytes: number;
  jsFiles: string[];
}

const gzipSize = (body: Buffer | string) => gzipSync(body, { level: 9 }).length;

/**
 * Loads a page in Chromium, scrolls every island into view so each loads its code, and adds up what
 * the browser fetched, each response compressed on its own as a server would send it.
 */
export async function measurePage(browser: Browser, origin: string, path: string): Promise<MeasuredPage> {
  const page = await browser.newPage();
  const bodies: Promise<{ url: string; type: string; bytes: number }>[] = [];
  page.on('response', (response) => {
    const type = response.headers()['content-type'] ?? '';
    bodies.push(response.body().then((body) => ({ url: response.url(), type, bytes: gzipSize(body) })));
  });
  await page.goto(`${origin}${path}`);
  await hydrateIslands(page);
  await page.waitForLoadState('networkidle');
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      .filter((script) => !/json/.test(script.getAttribute('type') ?? ''))
      .map((script) => script.textContent ?? '')
      .join('\n'),
  );
  const responses = await Promise.all(bodies);
  await page.close();
  const js = responses.filter((r) => r.type.includes('javascript'));
  return {
    path,
    jsBytes: js.reduce((sum, r) => sum + r.bytes, 0) + (inline.trim() ? gzipSize(inline) : 0),
    cssBytes: responses.filter((r) => r.type.includes('text/css')).reduce((sum, r) => sum + r.bytes, 0),
    htmlBytes: responses.filter((r) => r.type.includes('text/html')).reduce((sum, r) => sum + r.bytes, 0),
    jsFiles: js.map((r) => new URL(r.url).pathname),
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
