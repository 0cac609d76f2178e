/**
 * The bench's pure helpers for issue 16's figures: the per-language first-visit table, medians, and the
 * "Goals of issue 16" table at the top of docs/performance.md. No I/O here: the measuring modules
 * (browser.mjs, starlight.mjs, scale.mjs) hand their figures in; report.mjs renders the Markdown.
 */

/** Issue 16's targets. Sizes in bytes (decimal kB), times in milliseconds or seconds. */
export const GOALS = {
  /** Goal 1: every page, every language, first visit without any font installed. */
  firstVisitBytes: 25_000,
  /** Goal 2: bytes from the first keystroke to the first results, after the page load. */
  searchBytes: 100_000,
  /** Goal 2: from the query to the first result shown, under Fast 3G + 4× CPU. */
  searchMs: 2_000,
  /** Goal 3: 5,000 offers × 12 languages, content check + astro build + Pagefind. */
  buildSeconds: 300,
  /** Goal 3: peak memory of any one process of the build. */
  processMb: 2_048,
  /**
   * Goal 3: "ms per page flat from 1,000 to 5,000 offers". Flat is read as: at 5,000 offers at most
   * 10 % above the figure at 1,000 (the run-to-run noise on this shared machine is a few percent).
   */
  flatRatio: 1.1,
} as const;

/** Chromium DevTools' "Fast 3G" preset (devtools-frontend, front_end/core/sdk/NetworkManager.ts, Fast3GConditions). */
export const FAST_3G = {
  /** 150 ms × 3.75 */
  latencyMs: 150 * 3.75,
  /** 1.6 Mbit/s × 0.9, in bytes per second */
  downloadBytesPerSecond: ((1.6 * 1000 * 1000) / 8) * 0.9,
  /** 750 kbit/s × 0.9, in bytes per second */
  uploadBytesPerSecond: ((750 * 1000) / 8) * 0.9,
} as const;
/** Emulation.setCPUThrottlingRate: 4 = four times slower. */
export const CPU_SLOWDOWN = 4;

/** The median of some numbers (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One measured page: its template, language ('' for the pages outside any language) and first-visit total. */
export interface VisitCell {
  template: string;
  lang: string;
  path: string;
  total: number;
}

/** The largest first visit per language, in the order of `langs`; undefined where nothing was measured. */
export function worstPerLanguage(cells: readonly VisitCell[], langs: readonly string[]): (VisitCell | undefined)[] {
  return langs.map((lang) =>
    cells.filter((c) => c.lang === lang).reduce<VisitCell | undefined>((a, c) => (a && a.total >= c.total ? a : c), undefined),
  );
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

/**
 * The per-language first-visit table: one row per template, one column per language (kB), cells above
 * the target in bold with ✗, and a last row with each language's maximum.
 */
export function perLanguageTable(
  cells: readonly VisitCell[],
  templates: readonly string[],
  langs: readonly { code: string; label: string }[],
  target: number = GOALS.firstVisitBytes,
): string {
  const cell = (c: VisitCell | undefined) => (c === undefined ? '–' : c.total > target ? `**${kb(c.total)} ✗**` : kb(c.total));
  const find = (template: string, lang: string) => cells.find((c) => c.template === template && c.lang === lang);
  const rows = templates.filter((t) => cells.some((c) => c.template === t)).map((t) => [t, ...langs.map((l) => cell(find(t, l.code)))]);
  const worst = worstPerLanguage(
    cells,
    langs.map((l) => l.code),
  );
  rows.push(['**max**', ...worst.map((c) => (c === undefined ? '–' : `**${kb(c.total)}**${c.total > target ? ' ✗' : ''}`))]);
  const line = (r: readonly string[]) => `| ${r.join(' | ')} |`;
  return [line(['template', ...langs.map((l) => l.label)]), line(['---', ...langs.map(() => '---:')]), ...rows.map(line)].join('\n');
}

/** One row of the goals table. */
export interface GoalRow {
  goal: string;
  measured: string;
  target: string;
  /** true/false, or undefined when not measured in this run. */
  met: boolean | undefined;
  starlight: string;
}

/** A search measured in one language: bytes after the page load and the median time to the first result (throttled). */
export interface SearchFigure {
  lang: string;
  bytes: number;
  medianMs: number;
}

/** What the goals table reads from one scale build (scale.mjs's ScaleBuild; read defensively, it may gain fields). */
export interface ScaleFigure {
  count: number;
  pages: number;
  check?: number;
  astro?: { seconds?: number; rssMb?: number };
  pagefind?: { seconds?: number; rssMb?: number };
  [more: string]: unknown;
}

export interface GoalInputs {
  /** Our first visits, every template in every language. */
  visits: readonly VisitCell[];
  langs: readonly string[];
  /** Starlight's first visits (a content page per language), when measured. */
  starlightVisits?: readonly VisitCell[] | undefined;
  search: readonly SearchFigure[];
  starlightSearch?: readonly SearchFigure[] | undefined;
  builds: readonly ScaleFigure[];
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** Every peak memory found in a scale build (a step's `rssMb`, or a `<step>RssMb` field), with the name of its step. */
export function peakMemories(build: ScaleFigure): { step: string; rssMb: number }[] {
  const found: { step: string; rssMb: number }[] = [];
  for (const [step, value] of Object.entries(build)) {
    // A step's peak memory as a field of its own (checkRssMb: the content check).
    const flat = step.match(/^(.+)RssMb$/)?.[1];
    if (flat && num(value) !== undefined) found.push({ step: flat, rssMb: value as number });
    else if (value && typeof value === 'object' && !Array.isArray(value)) {
      const rss = num((value as { rssMb?: unknown }).rssMb);
      if (rss !== undefined) found.push({ step, rssMb: rss });
    }
  }
  return found;
}

/** The total seconds of a scale build: every step's seconds (check may be a number or a timing). */
export function buildSeconds(build: ScaleFigure): number | undefined {
  const check = num(build.check) ?? num((build.check as { seconds?: unknown } | undefined)?.seconds);
  const astro = num(build.astro?.seconds);
  const pagefind = num(build.pagefind?.seconds);
  if (astro === undefined || pagefind === undefined) return undefined;
  return (check ?? 0) + astro + pagefind;
}

const msPerPage = (b: ScaleFigure | undefined) => {
  const seconds = num(b?.astro?.seconds);
  return b && seconds !== undefined && b.pages > 0 ? (seconds * 1000) / b.pages : undefined;
};

/** The rows of the "Goals of issue 16" table. */
export function goalRows({ visits, langs, starlightVisits, search, starlightSearch, builds }: GoalInputs): GoalRow[] {
  const rows: GoalRow[] = [];
  const notMeasured = 'not measured in this run';
  const starlightWorst = (lang: string) => worstPerLanguage(starlightVisits ?? [], [lang])[0];
  worstPerLanguage(visits, langs).forEach((worst, i) => {
    const lang = langs[i]!;
    const sl = starlightWorst(lang);
    rows.push({
      goal: `1. first visit, no fonts installed, worst page: ${lang || '/ (outside the languages)'}`,
      measured: worst ? `${kb(worst.total)} kB (\`${worst.path}\`)` : notMeasured,
      target: `≤ ${kb(GOALS.firstVisitBytes)} kB`,
      met: worst ? worst.total <= GOALS.firstVisitBytes : undefined,
      starlight: sl ? `${kb(sl.total)} kB (\`${sl.path}\`)` : '–',
    });
  });
  for (const s of search) {
    const sl = starlightSearch?.find((x) => x.lang === s.lang);
    rows.push({
      goal: `2. search bytes after the page load to the first results: ${s.lang}`,
      measured: `${kb(s.bytes)} kB`,
      target: `≤ ${kb(GOALS.searchBytes)} kB`,
      met: s.bytes <= GOALS.searchBytes,
      starlight: sl ? `${kb(sl.bytes)} kB` : '–',
    });
  }
  for (const s of search) {
    const sl = starlightSearch?.find((x) => x.lang === s.lang);
    rows.push({
      goal: `2. first results after the query, Fast 3G + 4× CPU, median of 3: ${s.lang}`,
      measured: Number.isFinite(s.medianMs) ? `${(s.medianMs / 1000).toFixed(2)} s` : 'no results',
      target: `≤ ${(GOALS.searchMs / 1000).toFixed(1)} s`,
      met: Number.isFinite(s.medianMs) ? s.medianMs <= GOALS.searchMs : false,
      starlight: sl && Number.isFinite(sl.medianMs) ? `${(sl.medianMs / 1000).toFixed(2)} s` : '–',
    });
  }
  const at = (count: number) => builds.find((b) => b.count === count);
  const big = at(5000);
  const total = big && buildSeconds(big);
  rows.push({
    goal: '3. 5,000 offers × 12 languages: content check + astro build + Pagefind',
    measured: total === undefined ? notMeasured : `${total.toFixed(1)} s`,
    target: `≤ ${GOALS.buildSeconds} s`,
    met: total === undefined ? undefined : total <= GOALS.buildSeconds,
    starlight: '–',
  });
  const memories = builds.flatMap((b) => peakMemories(b).map((m) => ({ ...m, count: b.count })));
  const peak = memories.reduce<(typeof memories)[number] | undefined>((a, m) => (a && a.rssMb >= m.rssMb ? a : m), undefined);
  rows.push({
    goal: '3. peak memory of any one build process',
    measured: peak ? `${peak.rssMb.toFixed(0)} MB (${peak.step}, ${peak.count} offers)` : notMeasured,
    target: `≤ ${GOALS.processMb / 1024} GB`,
    met: peak ? peak.rssMb <= GOALS.processMb : undefined,
    starlight: '–',
  });
  const small = msPerPage(at(1000));
  const large = msPerPage(big);
  rows.push({
    goal: '3. astro ms per page, 1,000 → 5,000 offers',
    measured: small === undefined || large === undefined ? notMeasured : `${small.toFixed(1)} → ${large.toFixed(1)} ms`,
    target: `flat (≤ ${Math.round((GOALS.flatRatio - 1) * 100)} % growth)`,
    met: small === undefined || large === undefined ? undefined : large <= small * GOALS.flatRatio,
    starlight: '–',
  });
  const pagefindMb = num(big?.pagefind?.rssMb);
  rows.push({
    goal: '3. Pagefind peak memory at 5,000 offers',
    measured: pagefindMb === undefined ? notMeasured : `${pagefindMb.toFixed(0)} MB`,
    target: `reported; ≤ ${GOALS.processMb / 1024} GB as any process`,
    met: pagefindMb === undefined ? undefined : pagefindMb <= GOALS.processMb,
    starlight: '–',
  });
  return rows;
}

/** The goals table as Markdown. */
export function goalsTable(rows: readonly GoalRow[]): string {
  const met = (m: boolean | undefined) => (m === undefined ? '–' : m ? 'yes' : '**no**');
  const line = (r: readonly string[]) => `| ${r.join(' | ')} |`;
  return [
    line(['goal', 'measured', 'target', 'met', 'Starlight']),
    line(['---', '---:', '---:', '---', '---:']),
    ...rows.map((r) => line([r.goal, r.measured, r.target, met(r.met), r.starlight])),
  ].join('\n');
}
