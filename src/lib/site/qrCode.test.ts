import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { encode } from 'uqr';
import { darkRuns, QUIET_ZONE, qrModules, qrSvg, type QrSvg } from './qrCode.ts';

/** Draws the path as a browser would (each "h" a stroke one module high), `scale` pixels a module, as RGBA. */
function rasterize(qr: QrSvg, scale = 4): ImageData {
  const side = (qr.size + 2 * QUIET_ZONE) * scale;
  const data = new Uint8ClampedArray(new ArrayBuffer(side * side * 4)).fill(255);
  let x = 0;
  let y = 0;
  for (const [, cmd, a, b] of qr.d.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    const n = Number(a);
    if (cmd === 'M') [x, y] = [n, Number(b)];
    else if (cmd === 'm') [x, y] = [x + n, y + Number(b)];
    else {
      const row = Math.floor(y) + QUIET_ZONE;
      for (let px = (x + QUIET_ZONE) * scale; px < (x + n + QUIET_ZONE) * scale; px++)
        for (let py = row * scale; py < (row + 1) * scale; py++) data.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3);
      x += n;
    }
  }
  // Node has no ImageData class; the decoder takes any object of its shape.
  return { data, width: side, height: side, colorSpace: 'srgb' } as ImageData;
}

beforeAll(() => {
  // The decoder's WebAssembly from node_modules: nothing is fetched.
  const wasm = readFileSync(createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'));
  prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer } });
});

describe('qrSvg', () => {
  const address = 'https://kompass.example/fa/angebote/deutsch-a1-kinderbetreuung-offenbach/';

  it('draws a code that a decoder reads back as the address', async () => {
    const codes = await readBarcodes(rasterize(qrSvg(address)), { formats: ['QRCode'] });
    expect(codes.map((c) => c.text)).toEqual([address]);
  });

  it('leaves the four-module quiet zone to the viewBox', () => {
    const qr = qrSvg(address);
    expect(qr.viewBox).toBe(`-4 -4 ${qr.size + 8} ${qr.size + 8}`);
    expect(qr.d.startsWith('M0 0.5h7')).toBe(true); // the top-left finder pattern's first row
  });

  it('is compact: short relative commands, a small symbol with error correction M', () => {
    const qr = qrSvg(address);
    expect(qr.size).toBeLessThanOrEqual(41); // version 6 at most for a page address
    expect(qr.d).toMatch(/^M[\d. ]+h\d+(m-?\d+ \d+h\d+)+$/);
    expect(qr.d.length).toBeLessThan(3000);
  });
});

describe('darkRuns', () => {
  it('finds every run of dark modules, also at the row ends', () => {
    expect(darkRuns([true, true, false, true, false, false, true])).toEqual([
      [0, 2],
      [3, 1],
      [6, 1],
    ]);
    expect(darkRuns([false, false])).toEqual([]);
  });
});

describe('qrModules', () => {
  // Addresses as the site makes them: every language, offer slugs of different lengths (versions 3 to 7).
  const addresses = ['de', 'fa', 'ti', 'uk'].flatMap((lang) =>
    Array.from(
      { length: 30 },
      (_, i) =>
        `https://integrationskompass.example/${lang}/angebote/${'generiertes-angebot-'.repeat(1 + (i % 4))}${String(i * 37).padStart(5, '0')}/`,
    ),
  );

  it("is uqr's own symbol, with the mask uqr chooses, for every address", () => {
    for (const address of addresses) {
      const own = encode(address, { ecc: 'M', border: 0 });
      expect(qrModules(address).rows, address).toEqual(own.data);
    }
  });

  it('chooses among all eight masks, not always the first', () => {
    const chosen = new Set(addresses.map((a) => encode(a, { ecc: 'M', border: 0 }).maskPattern));
    expect(chosen.size).toBeGreaterThan(4);
  });
});
