import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPublicFolder } from './publicFiles.ts';

describe('checkPublicFolder', () => {
  let dir = '';
  let root = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ik-public-'));
    root = join(dir, 'public');
    mkdirSync(join(root, 'fonts'), { recursive: true });
    writeFileSync(join(root, 'favicon.svg'), '<svg/>');
    writeFileSync(join(root, '_headers'), '/*\n');
    writeFileSync(join(root, 'fonts', 'a.woff2'), '');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('accepts ordinary files and folders, _headers included', () => {
    expect(checkPublicFolder(root)).toEqual([]);
  });

  it("accepts the project's own public/ folder", () => {
    expect(checkPublicFolder()).toEqual([]);
  });

  it('accepts a missing folder', () => {
    expect(checkPublicFolder(join(dir, 'missing'))).toEqual([]);
  });

  it('refuses a symlink to a file outside, naming the file, its target and the fix', () => {
    writeFileSync(join(dir, 'secret.txt'), 'password');
    symlinkSync(join(dir, 'secret.txt'), join(root, 'fonts', 'harmless.woff2'));
    const [message, ...rest] = checkPublicFolder(root);
    expect(rest).toEqual([]);
    expect(message).toContain(`${root}/fonts/harmless.woff2: ist eine Verknüpfung`);
    expect(message).toContain(join(dir, 'secret.txt'));
    expect(message).toMatch(/Kopie.*oder löschen Sie die Verknüpfung/);
  });

  it('refuses a symlinked folder and a dangling symlink without following them', () => {
    mkdirSync(join(dir, 'outside'));
    writeFileSync(join(dir, 'outside', '.env'), 'KEY=1');
    symlinkSync(join(dir, 'outside'), join(root, 'linked'));
    symlinkSync(join(dir, 'nowhere'), join(root, 'dangling.png'));
    const messages = checkPublicFolder(root);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain(`${root}/dangling.png: ist eine Verknüpfung`);
    expect(messages[1]).toContain(`${root}/linked: ist eine Verknüpfung`);
  });

  it('refuses dotfiles at the top and nested, and reports a dot-folder once', () => {
    writeFileSync(join(root, '.env'), 'KEY=1');
    mkdirSync(join(root, '.git'));
    writeFileSync(join(root, '.git', 'config'), '[core]');
    writeFileSync(join(root, 'fonts', '.DS_Store'), '');
    mkdirSync(join(root, '.well-known'));
    writeFileSync(join(root, '.well-known', 'security.txt'), 'Contact: x');
    const messages = checkPublicFolder(root);
    expect(messages.map((m) => m.split(':')[0])).toEqual([
      `${root}/.env`,
      `${root}/.git`,
      `${root}/.well-known`,
      `${root}/fonts/.DS_Store`,
    ]);
    expect(messages[0]).toMatch(/^[^:]+: Dateien, deren Name mit einem Punkt beginnt, werden nicht veröffentlicht/);
    expect(messages[0]).toContain('oder geben Sie der Datei einen Namen ohne Punkt am Anfang');
    expect(messages[1]).toMatch(/^[^:]+: Ordner, deren Name mit einem Punkt beginnt/);
    expect(messages[1]).toContain('dem Ordner');
  });

  it('refuses public/ itself when it is a symlink', () => {
    const other = join(dir, 'other');
    mkdirSync(other);
    const linkedRoot = join(dir, 'linked-public');
    symlinkSync(other, linkedRoot);
    expect(checkPublicFolder(linkedRoot)).toEqual([expect.stringContaining(`${linkedRoot}: ist eine Verknüpfung`)]);
  });
});
