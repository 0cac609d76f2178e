/**
 * Post-build scan of the built site for active content (src/lib/site/activeContent.ts), on every
 * `astro build` at `astro:build:done`. Any finding throws: `astro build` exits non-zero, and
 * `npm run build` (scripts/build.mjs, which builds into a staging folder) then leaves dist/ as it was.
 * Listed last among the integrations, so that it reads the pages as the others left them
 * (Pagefind moves the 404 pages; anything that rewrites HTML runs before it).
 */
import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { activeContentSummary, scanHtml, type ActiveContentFinding, type ScanOptions } from '../lib/site/activeContent.ts';

/** More lines than this would bury the summary; the count says how many were left out. */
const MAX_LINES = 100;

/**
 * Every HTML file under `root` as a site path ("de/x/index.html"), sorted. Unlike the tests'
 * `htmlFilesIn` it skips no folder (a page under pagefind/ or _astro/ would be served too) and
 * follows symbolic links (a server serves their targets), visiting each real folder once.
 */
export function htmlFilesUnder(root: string): string[] {
  const seen = new Set<string>();
  const files: string[] = [];
  const visit = (rel: string) => {
    const real = realpathSync(join(root, rel));
    if (seen.has(real)) return;
    seen.add(real);
    for (const name of readdirSync(real)) {
      const child = rel ? `${rel}/${name}` : name;
      const stat = statSync(join(root, child));
      if (stat.isDirectory()) visit(child);
      else if (stat.isFile() && /\.html?$/i.test(name)) files.push(child);
    }
  };
  visit('');
  return files.sort();
}

export interface SiteScan {
  /** The HTML files scanned, as site paths. */
  files: string[];
  findings: ActiveContentFinding[];
}

/**
 * Scans every HTML file of a built site. `label` is how the folder is named in the messages:
 * "dist" by default, because that is where the pages are published, even while the build writes
 * them to a staging folder.
 */
export function scanSite(distDir: string, options: ScanOptions & { label?: string } = {}): SiteScan {
  const label = options.label ?? 'dist';
  const files = htmlFilesUnder(distDir);
  return { files, findings: scanFiles(distDir, files, label, options) };
}

/** What a worker thread of `scanSiteInParallel` is given: its share of the files. */
interface ScanJob {
  job: 'dist-scan';
  distDir: string;
  files: string[];
  label: string;
  options: ScanOptions;
}

const scanFiles = (distDir: string, files: readonly string[], label: string, options: ScanOptions): ActiveContentFinding[] =>
  files.flatMap((file) => scanHtml(readFileSync(join(distDir, file), 'utf8'), `${label}/${file}`, options));

// This module is also the worker of scanSiteInParallel: started with a ScanJob, it scans its share and answers.
const job = isMainThread ? undefined : (workerData as ScanJob | undefined);
if (job?.job === 'dist-scan') parentPort?.postMessage(scanFiles(job.distDir, job.files, job.label, job.options));

/**
 * `scanSite` on every core: a site of 60,000 pages takes minutes to parse in one thread, and
 * after Astro has written the pages the other cores are idle. Each worker thread scans one
 * contiguous share of the sorted files, so the findings come back in the same order as from
 * `scanSite`. Small sites (and one core) are scanned in this thread.
 */
export async function scanSiteInParallel(
  distDir: string,
  options: ScanOptions & { label?: string; threads?: number } = {},
): Promise<SiteScan> {
  const { label = 'dist', threads = availableParallelism(), ...scanOptions } = options;
  const files = htmlFilesUnder(distDir);
  const workers = Math.max(1, Math.min(threads, Math.floor(files.length / 500)));
  if (workers === 1) return { files, findings: scanFiles(distDir, files, label, scanOptions) };
  const size = Math.ceil(files.length / workers);
  const shares = Array.from({ length: workers }, (_, i) => files.slice(i * size, (i + 1) * size));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<ActiveContentFinding[]>((resolve, reject) => {
          const data: ScanJob = { job: 'dist-scan', distDir, files: share, label, options: scanOptions };
          const worker = new Worker(new URL(import.meta.url), { workerData: data });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => reject(new Error(`Die Prüfung auf aktive Inhalte brach ab (Worker-Exit ${code}).`)));
        }),
    ),
  );
  return { files, findings: results.flat() };
}

/** The build log text for findings: one line each (at most MAX_LINES) and the summary. */
export function findingsReport(scan: SiteScan): string {
  const lines = scan.findings.slice(0, MAX_LINES).map((f) => f.message);
  if (scan.findings.length > MAX_LINES) lines.push(`… und ${scan.findings.length - MAX_LINES} weitere Funde.`);
  return [...lines, activeContentSummary(scan.findings, scan.files.length)].join('\n');
}

export function distScan(): AstroIntegration {
  let siteOrigin: string | undefined;
  return {
    name: 'integrationskompass:dist-scan',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteOrigin = config.site ? new URL(config.site).origin : undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const scan = await scanSiteInParallel(fileURLToPath(dir), { siteOrigin });
        if (scan.findings.length > 0) {
          // Thrown, not logged: Astro prints the message and `astro build` exits with 1.
          throw new Error(`Aktive Inhalte im gebauten Auftritt:\n${findingsReport(scan)}`);
        }
        logger.info(`${activeContentSummary([], scan.files.length)} (${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}
