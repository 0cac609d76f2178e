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

/**
 * The QR code of `text`. Error correction M (15 %): a printed card may be folded or smudged, and
 * for a page address M still gives a small symbol (version 4 or 5, 33 or 37 modules).
 */
export function qrSvg(text: string): QrSvg {
  const { data, size } = encode(text, { ecc: 'M', border: 0 });
  const parts: string[] = [];
  // The pen's position after the last stroke; a stroke runs along the middle of its row (y + .5).
  let px = 0;
  let py = 0;
  data.forEach((row, y) => {
    for (const [x, length] of darkRuns(row)) {
      parts.push(parts.length === 0 ? `M${x} ${y}.5` : `m${x - px} ${y - py}`, `h${length}`);
      px = x + length;
      py = y;
    }
  });
  const outer = size + 2 * QUIET_ZONE;
  return { size, viewBox: `-${QUIET_ZONE} -${QUIET_ZONE} ${outer} ${outer}`, d: parts.join('') };
}
