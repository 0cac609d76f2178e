/**
 * Step 1 of the font subsetter (src/integrations/fontSubset.ts): one read of every built page,
 * keeping only what the later steps need: its script, its characters beyond ASCII (first paint
 * and on demand, src/lib/fonts/pageText.ts) and where its placeholder font link is, in bytes, so
 * that step 3 can splice the links in without decoding and searching the page again.
 * At 60,000 pages this is most of the subsetter's time, so it runs on every core (as the dist
 * scan does, src/integrations/distScan.ts): the cores are idle once Astro has written the pages.
 */
import { closeSync, fstatSync, ftruncateSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { fastPageChars } from './pageText.ts';

/** Where a page's placeholder link is: UTF-8 byte offsets into its file, and the link's text. */
export interface PlaceholderAt {
  start: number;
  end: number;
  text: string;
}

export interface PageScan {
  /** The page's `<html data-script>`, or "". */
  script: string;
  /** The characters beyond ASCII drawn on first paint, sorted. */
  shown: number[];
  /** The characters beyond ASCII shown only on demand (closed <details>), not in `shown`. */
  onDemand: number[];
  /** The placeholder link, if the page has one. */
  link?: PlaceholderAt;
}

/**
 * Replaces the bytes `at.start`–`at.end` of a file (which must hold `at.text`) by `by`, in place:
 * only the tail is read and written again, and the file is not truncated first. Why: truncating
 * and rewriting 60,000 just-written files made ext4 flush each one (auto_da_alloc), which on a busy
 * disk took most of the step's time (issue 16).
 */
export function spliceFile(file: string, at: PlaceholderAt, by: Buffer): void {
  const fd = openSync(file, 'r+');
  try {
    const size = fstatSync(fd).size;
    const old = Buffer.allocUnsafe(size - at.start);
    if (readSync(fd, old, 0, old.length, at.start) !== old.length || old.toString('utf8', 0, at.end - at.start) !== at.text) {
      throw new Error(`${file} changed while the fonts were subset`);
    }
    const tail = old.subarray(at.end - at.start);
    const replaced = Buffer.concat([by, tail]);
    writeSync(fd, replaced, 0, replaced.length, at.start);
    if (at.start + replaced.length < size) ftruncateSync(fd, at.start + replaced.length);
  } finally {
    closeSync(fd);
  }
}

/** The first match of `placeholder` in `html`, as byte offsets into its UTF-8 encoding; undefined if none. */
export function placeholderAt(html: string, placeholder: RegExp): PlaceholderAt | undefined {
  const match = new RegExp(placeholder.source, placeholder.flags.replace(/[gy]/g, '')).exec(html);
  if (!match) return undefined;
  const start = Buffer.byteLength(html.slice(0, match.index));
  return { start, end: start + Buffer.byteLength(match[0]), text: match[0] };
}

/** Reads one page (its HTML text). */
export function scanPage(html: string, placeholder: RegExp): PageScan {
  const { script, shown, onDemand } = fastPageChars(html);
  const link = placeholderAt(html, placeholder);
  return {
    script,
    shown: [...shown].sort((a, b) => a - b),
    onDemand: [...onDemand].filter((point) => !shown.has(point)),
    ...(link ? { link } : {}),
  };
}

/** What a worker thread of `scanPagesInParallel` is given: its share of the pages. */
interface ScanJob {
  job: 'font-page-scan';
  dist: string;
  paths: string[];
  placeholder: string;
}

/** Reads the pages `paths` (site paths under `dist`) in this thread; synchronous reads: small files, mostly in the page cache. */
export function scanPages(dist: string, paths: readonly string[], placeholder: RegExp): PageScan[] {
  return paths.map((path) => scanPage(readFileSync(join(dist, path), 'utf8'), placeholder));
}

// This module is also the worker of scanPagesInParallel: started with a ScanJob, it reads its share and answers.
const job = isMainThread ? undefined : (workerData as ScanJob | undefined);
if (job?.job === 'font-page-scan') parentPort?.postMessage(scanPages(job.dist, job.paths, new RegExp(job.placeholder)));

/**
 * `scanPages` on every core, in contiguous shares of `paths`, so the results come back in the
 * order of `paths`. Small sites (fewer than 500 pages a thread) and one core stay in this thread.
 */
export async function scanPagesInParallel(
  dist: string,
  paths: readonly string[],
  placeholder: RegExp,
  threads = availableParallelism(),
): Promise<PageScan[]> {
  const workers = Math.max(1, Math.min(threads, Math.floor(paths.length / 500)));
  if (workers === 1) return scanPages(dist, paths, placeholder);
  const size = Math.ceil(paths.length / workers);
  const results = await Promise.all(
    Array.from(
      { length: workers },
      (_, i) =>
        new Promise<PageScan[]>((resolve, reject) => {
          const data: ScanJob = {
            job: 'font-page-scan',
            dist,
            paths: paths.slice(i * size, (i + 1) * size),
            placeholder: placeholder.source,
          };
          const worker = new Worker(new URL(import.meta.url), { workerData: data });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => reject(new Error(`font page scan: worker exited with ${code}`)));
        }),
    ),
  );
  return results.flat();
}
