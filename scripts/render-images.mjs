// Renders the PNG icons and the OpenGraph share image from public/favicon.svg with Debian's
// Chromium (playwright-core) and writes them into public/. Run once after changing the favicon,
// the colours or the languages: `node scripts/render-images.mjs`; the PNGs are committed, so the
// build needs no browser. Text uses the self-hosted fonts in public/fonts/ (no network).
import { readFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, launchArgs } from './chromium.mjs';
import { locales, easyGerman } from '../src/i18n/locales.ts';
import { appleTouchIcon, backgroundColor, manifestIcons, shareImage, themeColor } from '../src/lib/site/webManifest.ts';

const root = new URL('../public/', import.meta.url).pathname;
const svg = readFileSync(join(root, 'favicon.svg'), 'utf8');
/** @type {(file: string, type: string) => string} */
const dataUrl = (file, type) => `data:${type};base64,${readFileSync(join(root, file)).toString('base64')}`;
/** @type {(family: string, file: string, weight: number) => string} */
const font = (family, file, weight) =>
  `@font-face{font-family:'${family}';font-weight:${weight};src:url(${dataUrl(`fonts/${file}`, 'font/woff2')}) format('woff2')}`;
const fonts = [
  ...['latin', 'latin-ext', 'cyrillic'].flatMap((s) => [400, 700].map((w) => font('Noto Sans', `noto-sans-${s}-${w}-normal.woff2`, w))),
  font('Noto Sans Arabic', 'noto-sans-arabic-arabic-400-normal.woff2', 400),
  font('Noto Sans Ethiopic', 'noto-sans-ethiopic-ethiopic-400-normal.woff2', 400),
].join('');
/** @type {(body: string, css?: string) => string} */
const page = (body, css = '') =>
  `<!doctype html><html><head><meta charset="utf-8"><style>${fonts}*{margin:0;box-sizing:border-box}
  html,body{width:100%;height:100%;background:transparent}svg{display:block}${css}</style></head><body>${body}</body></html>`;

// The symbol on a full square of the brand colour (iOS and maskable icons: the platform cuts the
// shape). The symbol spans 69% of the height, inside the maskable safe zone (a circle of 80%).
const fullBleed = page(svg.replace(/<rect[^>]*\/>/, ''), `body{background:${themeColor}}svg{width:100%;height:100%}`);
const asIs = page(svg, 'svg{width:100%;height:100%}');
const names = [
  ...locales.map((l) => `<span lang="${l.lang}" dir="${l.dir}">${l.autonym}</span>`),
  `<span lang="de">${easyGerman.autonym}</span>`,
];
const share = page(
  `<div class="card"><div class="head"><div class="logo">${svg}</div><h1>Integrationskompass<br>Hessen</h1></div>
  <p class="langs">${names.join(' <b>·</b> ')}</p></div>`,
  `.card{width:100%;height:100%;background:${backgroundColor};border-block-end:24px solid ${themeColor};padding:72px 80px;
  display:flex;flex-direction:column;justify-content:space-between;font-family:'Noto Sans','Noto Sans Arabic','Noto Sans Ethiopic',sans-serif}
  .head{display:flex;align-items:center;gap:56px}.logo svg{width:180px;height:180px}
  h1{font-size:72px;line-height:1.1;font-weight:700;color:${themeColor}}
  .langs{font-size:30px;line-height:1.6;color:#1a1a1a}.langs span{white-space:nowrap}.langs b{color:${themeColor};padding-inline:6px}`,
);

/** @param {import('../src/lib/site/webManifest.ts').Icon} icon */
const size = (icon) => Number(icon.sizes.split('x')[0]);
const jobs = [
  { file: appleTouchIcon.src, width: size(appleTouchIcon), height: size(appleTouchIcon), html: fullBleed },
  ...manifestIcons
    .filter((i) => i.type === 'image/png')
    .map((i) => ({ file: i.src, width: size(i), height: size(i), html: i.purpose === 'maskable' ? fullBleed : asIs })),
  { file: shareImage.src, width: shareImage.width, height: shareImage.height, html: share },
];

const browser = await chromium.launch({ executablePath: chromiumPath, args: launchArgs });
try {
  for (const job of jobs) {
    const tab = await browser.newPage({ viewport: { width: job.width, height: job.height } });
    await tab.setContent(job.html);
    await tab.evaluate(() => document.fonts.ready);
    const out = join(root, job.file);
    mkdirSync(dirname(out), { recursive: true });
    await tab.screenshot({ path: out, omitBackground: true });
    await tab.close();
    console.log(`public${job.file} ${job.width}×${job.height}`);
  }
} finally {
  await browser.close();
}
