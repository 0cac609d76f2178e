// Project rules that tools do not check for us. Part of `npm run check` and `npm test`.
// - Logical CSS only: no physical left/right properties or Tailwind classes (RTL correctness).
// - No inline script bodies in components (strict CSP: script-src 'self').
// - No focused or skipped tests left behind.
// - No section name or linked page slug as a string outside the route table (src/lib/site/routes.ts).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EDITORS_SECTION, PAGE_SLUGS, SECTIONS } from '../src/lib/site/routes.ts';

/**
 * @param {string} dir
 * @param {string[]} exts
 * @returns {string[]}
 */
function walk(dir, exts) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'fixtures' ? [] : walk(path, exts);
    return exts.some((e) => name.endsWith(e)) ? [path] : [];
  });
}

const routeNames = [...Object.values(SECTIONS), ...Object.values(PAGE_SLUGS), EDITORS_SECTION].sort((a, b) => b.length - a.length);
/** A quoted string that is a route name or a path with one as a segment: 'angebote', `/${l}/regionen/`. */
const routeLiteral = new RegExp(`(['"\`])(?:[^'"\`\\s]*/)?(?:${routeNames.join('|')})(?:/[^'"\`\\s]*)?\\1`);
const isCode = (/** @type {string} */ f) => !/\.test\.(ts|mjs)$/.test(f) && f !== join('src', 'lib', 'site', 'routes.ts');

/** @type {{ files: string[], checks: [pattern: RegExp, message: string][], skipComments?: boolean }[]} */
const rules = [
  {
    files: walk('src', ['.astro', '.css', '.ts', '.mjs']).filter((f) => !f.endsWith('.test.ts')),
    checks: [
      [
        /(?<![\w-])-?(ml|mr|pl|pr|left|right|border-l|border-r|rounded-l|rounded-r|rounded-tl|rounded-tr|rounded-bl|rounded-br|scroll-ml|scroll-mr|scroll-pl|scroll-pr)-[\w[]/,
        'physical Tailwind class: use ms-/me-/ps-/pe-/start-/end-/border-s/rounded-s',
      ],
      [
        /(?<![\w-])(text-left|text-right|float-left|float-right|clear-left|clear-right)(?![\w-])/,
        'physical Tailwind class: use text-start/text-end, float-start/float-end',
      ],
      [/(?<![\w-])(margin|padding|border)-(left|right)\s*:/, 'physical CSS property: use margin-inline-start/-end etc.'],
      [/(?<![\w-])(left|right)\s*:\s*[\d-]/, 'physical CSS offset: use inset-inline-start/-end'],
      [/text-align\s*:\s*(left|right)/, 'physical text-align: use start/end'],
    ],
  },
  {
    // Astro bundles <script> in components into external files; only is:inline bodies would stay inline.
    files: walk('src', ['.astro']),
    checks: [
      [
        /<script\b(?=[^>]*\bis:inline)(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>/,
        'inline script: load it with src, or let Astro bundle it',
      ],
    ],
  },
  {
    // Tests keep literal URLs: they assert the public URL scheme (docs/decisions.md, "One route table").
    files: [...walk('src', ['.astro', '.ts', '.mjs']), ...walk('scripts', ['.ts', '.mjs']), 'astro.config.mjs'].filter(isCode),
    checks: [[routeLiteral, 'section or page name as a string: use SECTIONS, PAGE_SLUGS or route.* from src/lib/site/routes.ts']],
    skipComments: true,
  },
  {
    files: [...walk('src', ['.test.ts']), ...walk('scripts', ['.test.ts']), ...walk('tests', ['.mjs', '.ts'])],
    checks: [[/\b(it|test|describe)\.(only|skip|todo)\b|\{\s*(skip|only|todo)\s*:\s*true/, 'focused or skipped test']],
  },
];

/** @type {string[]} */
const problems = [];
for (const { files, checks, skipComments = false } of rules) {
  for (const file of files) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (skipComments && /^\s*(\/\/|\*|\/\*)/.test(line)) return;
        // Prose such as "right-to-left" is not a class name.
        const code = line.replace(/\b(right-to-left|left-to-right)\b/gi, '');
        for (const [pattern, message] of checks) if (pattern.test(code)) problems.push(`${file}:${i + 1}: ${message}\n    ${line.trim()}`);
      });
  }
}
if (problems.length) {
  console.error(`lint: ${problems.length} problem(s)\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('lint: no problems');
