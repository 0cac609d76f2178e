// `npm test`: every test layer in order, stopping at the first failing layer.
// 1. static checks (astro check: TypeScript strict; tsc over the JavaScript of scripts/ and tests/;
//    Prettier; project lint rules) and the editors' content check
// 2. unit tests (vitest, src/**/*.test.ts and scripts/**/*.test.ts)
// 3. build (astro + Pagefind, staged)
// 4. tests over the built dist/ (HTML parsed with linkedom)
// 5. changed content on copies of the project: invalid content fails the build (fixtures in
//    tests/fixtures/invalid-content), the spreadsheet import, astro dev's messages
// 6. browser tests (playwright-core + Debian Chromium + axe-core)
// 7. hosting: deploy/nginx.conf with a real nginx, headers and a CSP-clean search through it
// Ends with one line "tests: N passed, N failed" summing the runners' own counts.
import { spawn } from 'node:child_process';

/** @type {[label: string, cmd: string, args: string[]][]} */
const steps = [
  ['static checks', 'astro', ['check', '--minimumSeverity', 'warning']],
  ['type check of scripts and test code', 'tsc', ['-p', 'tsconfig.tools.json']],
  ['formatting', 'prettier', ['--check', '.']],
  ['lint', 'node', ['scripts/lint.mjs']],
  ['content check', 'node', ['scripts/content-check.mjs']],
  ['unit tests', 'vitest', ['run']],
  ['build', 'node', ['scripts/build.mjs']],
  ['tests over the built site', 'node', ['--test', '--test-reporter=spec', 'tests/built-site/*.test.mjs']],
  ['content-change tests', 'node', ['--test', '--test-reporter=spec', 'tests/content-changes/*.test.mjs']],
  ['browser tests', 'node', ['--test', '--test-reporter=spec', '--test-concurrency=1', 'tests/browser/*.test.mjs']],
  ['nginx tests', 'node', ['--test', '--test-reporter=spec', 'tests/hosting/*.test.mjs']],
];

let passed = 0;
let failed = 0;
/**
 * @param {string} output
 * @returns {[passed: number, failed: number]}
 */
function count(output) {
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const vitest = plain.match(/^\s*Tests\s+(?:(\d+) failed \| )?(\d+) passed/m);
  if (vitest) return [Number(vitest[2]), Number(vitest[1] ?? 0)];
  const pass = plain.match(/^ℹ pass (\d+)$/m);
  const fail = plain.match(/^ℹ fail (\d+)$/m);
  return pass ? [Number(pass[1]), Number(fail?.[1] ?? 0)] : [0, 0];
}

/**
 * @param {string} label
 * @param {string} cmd
 * @param {string[]} args
 * @returns {Promise<{ code: number | null, output: string }>}
 */
function run(label, cmd, args) {
  return new Promise((done) => {
    console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
    const child = spawn(cmd, args, { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      output += d;
      process.stderr.write(d);
    });
    child.on('close', (code) => done({ code, output }));
  });
}

for (const [label, cmd, args] of steps) {
  const { code, output } = await run(label, cmd, args);
  const [p, f] = count(output);
  passed += p;
  failed += f;
  // A test layer that ran no test is a failure: a missing or ignored file must not pass silently.
  const isTestStep = /tests/.test(label);
  if (code === 0 && isTestStep && p + f === 0) {
    console.error(`\n${label} ran no test.`);
    console.log(`tests: ${passed} passed, 1 failed`);
    process.exit(1);
  }
  if (code !== 0) {
    console.error(`\n${label} failed (exit ${code}).`);
    console.log(`tests: ${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(code || 1);
  }
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
