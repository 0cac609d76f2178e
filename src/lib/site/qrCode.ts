/**
 * QR codes for the printed pages: the page's address as one compact SVG <path>, made at build time
 * (no script, no request). uqr encodes the symbol (zero dependencies, maintained; docs/decisions.md);
 * this module only draws it. Each row's runs of dark modules are one horizontal stroke one module
 * high ("m2 0h3": skip two modules, draw three), in relative commands, so the whole symbol is a few
 * hundred short tokens instead of one rectangle per module. The quiet zone (four modules, as the
 * standard asks) is the viewBox's margin, not drawn.
 */
import { encode } from 'uqr';

export interface QrSvg {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** The viewBox, including the quiet zone. */
  viewBox: string;
  /** The path data: one stroke per run of dark modules (stroke-width 1, the default). */
  d: string;
}

/** Quiet zone around the symbol, in modules (ISO/IEC 18004 asks for four). */
export const QUIET_ZONE = 4;

/** The runs of dark modules of one row: [start, length] pairs. */
export function darkRuns(row: readonly boolean[]): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  row.forEach((dark, x) => {
    if (dark && start < 0) start = x;
    if (!dark && start >= 0) {
      runs.push([start, x - start]);
      start = -1;
    }
  });
  if (start >= 0) runs.push([start, row.length - start]);
  return runs;
}

/** Whether mask pattern `mask` (0–7, ISO/IEC 18004 table 10) inverts the module at column x, row y. */
function masks(mask: number, x: number, y: number): boolean {
  switch (mask) {
    case 0:
      return (x + y) % 2 === 0;
    case 1:
      return y % 2 === 0;
    case 2:
      return x % 3 === 0;
    case 3:
      return (x + y) % 3 === 0;
    case 4:
      return (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0;
    case 5:
      return ((x * y) % 2) + ((x * y) % 3) === 0;
    case 6:
      return (((x * y) % 2) + ((x * y) % 3)) % 2 === 0;
    default:
      return (((x + y) % 2) + ((x * y) % 3)) % 2 === 0;
  }
}

/** The 15 format bits (error correction M, with their BCH code) at their two places, as uqr draws them. */
function drawFormatBits(grid: Uint8Array, size: number, mask: number): void {
  const data = mask; // error correction M is 00 in the format bits
  let rem = data;
  for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
  const bits = ((data << 10) | rem) ^ 0x5412;
  const bit = (i: number) => (bits >>> i) & 1;
  const set = (x: number, y: number, v: number) => (grid[y * size + x] = v);
  for (let i = 0; i <= 5; i++) set(8, i, bit(i));
  set(8, 7, bit(6));
  set(8, 8, bit(7));
  set(7, 8, bit(8));
  for (let i = 9; i < 15; i++) set(14 - i, 8, bit(i));
  for (let i = 0; i < 8; i++) set(size - 1 - i, 8, bit(i));
  for (let i = 8; i < 15; i++) set(8, size - 15 + i, bit(i));
  set(8, size - 8, 1);
}

/**
 * Penalty of one line (modules start, start + step, …): runs of five or more (N1), and finder-like
 * patterns (N3: 1:1:3:1:1 with four light modules on one side), counted at each light run's end
 * from the last seven run lengths h0 (newest) … h6 (a run after none, h0 = 0, includes the light border before the line), as uqr's finderPenalty helpers do. Plain
 * locals instead of uqr's array with shift and push: this runs 8 masks × 2 × size times a page.
 */
function linePenalty(grid: Uint8Array, start: number, step: number, size: number): number {
  let result = 0;
  let runColor = 0;
  let run = 0;
  // No helper functions here: their closures would keep h0 … h6 on the heap, and this is the hot loop.
  let h0 = 0;
  let h1 = 0;
  let h2 = 0;
  let h3 = 0;
  let h4 = 0;
  let h5 = 0;
  let h6 = 0;
  let n = 0;
  let core = false;
  for (let i = 0, p = start; i <= size; i++, p += step) {
    const end = i === size;
    const color = end ? 0 : grid[p]!;
    if (!end && color === runColor) {
      run++;
      if (run === 5) result += 3;
      else if (run > 5) result++;
      continue;
    }
    if (end && !runColor) {
      // The line ends light: its last run and the light border beyond it are one light run.
      run += size;
    } else {
      // A run ends (at the line's end a dark one, then the border follows as a light run of `size`).
      h6 = h5;
      h5 = h4;
      h4 = h3;
      h3 = h2;
      h2 = h1;
      h1 = h0;
      h0 = h1 === 0 ? run + size : run; // after no run yet, the light border before the line counts
      if (!runColor) {
        n = h1;
        core = n > 0 && h2 === n && h3 === n * 3 && h4 === n && h5 === n;
        result += ((core && h0 >= n * 4 && h6 >= n ? 1 : 0) + (core && h6 >= n * 4 && h0 >= n ? 1 : 0)) * 40;
      }
      if (!end) {
        runColor = color;
        run = 1;
        continue;
      }
      run = size;
    }
    // The line's end: the closing light run, then the finder-like patterns once more.
    h6 = h5;
    h5 = h4;
    h4 = h3;
    h3 = h2;
    h2 = h1;
    h1 = h0;
    h0 = h1 === 0 ? run + size : run; // after no run yet, the light border before the line counts
    n = h1;
    core = n > 0 && h2 === n && h3 === n * 3 && h4 === n && h5 === n;
    result += ((core && h0 >= n * 4 && h6 >= n ? 1 : 0) + (core && h6 >= n * 4 && h0 >= n ? 1 : 0)) * 40;
  }
  return result;
}

/**
 * The penalty score of a symbol (ISO/IEC 18004 7.8.3), computed exactly as uqr's (Nayuki's)
 * getPenaltyScore: runs of five or more, 2×2 blocks, finder-like patterns, dark share. On a flat
 * typed array (1 = dark), because uqr's own version was most of an offer page's build time (see qrModules).
 */
export function penaltyScore(grid: Uint8Array, size: number): number {
  let result = 0;
  for (let y = 0; y < size; y++) result += linePenalty(grid, y * size, 1, size);
  for (let x = 0; x < size; x++) result += linePenalty(grid, x, size, size);
  for (let y = 0; y < size - 1; y++) {
    for (let i = y * size, end = i + size - 1; i < end; i++) {
      const c = grid[i]!;
      if (c === grid[i + 1] && c === grid[i + size] && c === grid[i + size + 1]) result += 3;
    }
  }
  let dark = 0;
  for (let i = 0; i < grid.length; i++) dark += grid[i]!;
  const total = size * size;
  return result + (Math.ceil(Math.abs(dark * 20 - total * 10) / total) - 1) * 10;
}

/** The eight mask patterns of a symbol size, as 0/1 arrays (made once per size). */
const maskPatterns = new Map<number, Uint8Array[]>();
function masksOf(size: number): Uint8Array[] {
  let patterns = maskPatterns.get(size);
  if (!patterns) {
    patterns = Array.from({ length: 8 }, (_, mask) => {
      const pattern = new Uint8Array(size * size);
      for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) pattern[y * size + x] = masks(mask, x, y) ? 1 : 0;
      return pattern;
    });
    maskPatterns.set(size, patterns);
  }
  return patterns;
}

/**
 * The modules of `text`'s symbol, the same as `encode(text, { ecc: 'M', border: 0 })`: uqr encodes
 * once with mask 0, and the mask choice (the lowest penalty of the eight, the first on a tie, as
 * uqr chooses) is made here on typed arrays. uqr's own choice draws and scores all eight masks on
 * arrays of booleans and took two thirds of an offer page's build time (issue 16); tests compare
 * both on many addresses.
 */
export function qrModules(text: string): { size: number; rows: boolean[][] } {
  const { data, types, size } = encode(text, { ecc: 'M', border: 0, maskPattern: 0 });
  const n = size * size;
  const patterns = masksOf(size);
  // The codeword modules without mask 0 (function modules have no mask), and which modules the masks touch.
  const maskable = new Uint8Array(n);
  const unmasked = new Uint8Array(n);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = y * size + x;
      maskable[i] = types[y]![x] === 0 ? 1 : 0;
      unmasked[i] = (data[y]![x] ? 1 : 0) ^ (maskable[i]! & patterns[0]![i]!);
    }
  }
  let best: Uint8Array | undefined;
  let minPenalty = Infinity;
  for (let mask = 0; mask < 8; mask++) {
    const pattern = patterns[mask]!;
    const grid = new Uint8Array(n);
    for (let i = 0; i < n; i++) grid[i] = unmasked[i]! ^ (maskable[i]! & pattern[i]!);
    drawFormatBits(grid, size, mask);
    const penalty = penaltyScore(grid, size);
    if (penalty < minPenalty) {
      minPenalty = penalty;
      best = grid;
    }
  }
  const grid = best!;
  const rows: boolean[][] = [];
  for (let y = 0; y < size; y++) {
    const row: boolean[] = [];
    for (let x = 0; x < size; x++) row.push(grid[y * size + x] === 1);
    rows.push(row);
  }
  return { size, rows };
}

/**
 * The QR code of `text`. Error correction M (15 %): a printed card may be folded or smudged, and
 * for a page address M still gives a small symbol (version 4 or 5, 33 or 37 modules).
 */
export function qrSvg(text: string): QrSvg {
  const { rows, size } = qrModules(text);
  const parts: string[] = [];
  // The pen's position after the last stroke; a stroke runs along the middle of its row (y + .5).
  let px = 0;
  let py = 0;
  rows.forEach((row, y) => {
    for (const [x, length] of darkRuns(row)) {
      parts.push(parts.length === 0 ? `M${x} ${y}.5` : `m${x - px} ${y - py}`, `h${length}`);
      px = x + length;
      py = y;
    }
  });
  const outer = size + 2 * QUIET_ZONE;
  return { size, viewBox: `-${QUIET_ZONE} -${QUIET_ZONE} ${outer} ${outer}`, d: parts.join('') };
}
