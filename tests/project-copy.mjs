// Copies of the project for tests that change it (content, pages, files) and build or run it:
// the sources are copied, node_modules is linked, and the copy is removed by the caller.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The project folder (tests run from it). */
export const PROJECT_ROOT = resolve('.');

/** What a build needs; tests that only run a script may copy less. */
export const BUILD_ENTRIES = ['src', 'public', 'content', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * A fresh copy of the project in a temporary folder.
 * @param {string} name part of the folder name, for debugging
 * @param {readonly string[]} [entries]
 * @returns {string}
 */
export function copyProject(name, entries = BUILD_ENTRIES) {
  const dir = mkdtempSync(join(tmpdir(), `ik-${name}-`));
  for (const entry of entries) cpSync(join(PROJECT_ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/**
 * Runs `node <args>` in a copy with the project's tools on PATH and colours off; collects all output.
 * @param {string} dir
 * @param {string[]} args
 * @returns {Promise<{ code: number | null, output: string }>}
 */
export function runNode(dir, args) {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, {
      cwd: dir,
      env: { ...process.env, PATH: `${join(PROJECT_ROOT, 'node_modules/.bin')}:${process.env.PATH}`, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => done({ code, output }));
  });
}
