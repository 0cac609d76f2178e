/**
 * public/ is copied into dist/ as it is, and dist/ is published. Two things must never get there
 * by accident: the target of a symbolic link (any file on the build machine, e.g. a key or
 * /etc/passwd, published under a harmless name) and dotfiles or dot-folders (.env, .git, editor
 * and system files often hold passwords or history). `checkPublicFolder` lists both, in German for
 * editors; the build stops when the list is not empty. There is no exception, not even for
 * `.well-known/` (docs/decisions.md, "Hosting hardening (issue 11)").
 */
import { existsSync, lstatSync, readdirSync, readlinkSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One German message per symlink, dotfile or dot-folder (not looked into) below root; [] when fine. */
export function checkPublicFolder(root = 'public'): string[] {
  if (!existsSync(root) && !isSymlink(root)) return [];
  const messages: string[] = [];
  const shown = (path: string) => join(root, relative(root, path)).split('\\').join('/');
  const visit = (path: string) => {
    const stat = lstatSync(path);
    const name = path === root ? '' : (path.split(/[/\\]/).at(-1) ?? '');
    if (stat.isSymbolicLink()) {
      messages.push(
        `${shown(path)}: ist eine Verknüpfung (symbolischer Link) auf „${readlinkSync(path)}“. Verknüpfungen werden nicht veröffentlicht, ` +
          `weil sie auf beliebige Dateien des Rechners zeigen können. Legen Sie stattdessen die Datei selbst (eine Kopie) in ${root}/ ab, oder löschen Sie die Verknüpfung.`,
      );
      return;
    }
    if (name.startsWith('.')) {
      messages.push(
        `${shown(path)}: ${stat.isDirectory() ? 'Ordner' : 'Dateien'}, deren Name mit einem Punkt beginnt, werden nicht veröffentlicht ` +
          `(sie enthalten oft Zugangsdaten oder Einstellungen, z. B. .env oder .git). Löschen Sie „${shown(path)}“, oder geben Sie ${stat.isDirectory() ? 'dem Ordner' : 'der Datei'} einen Namen ohne Punkt am Anfang.`,
      );
      return;
    }
    if (stat.isDirectory()) for (const entry of readdirSync(path).sort()) visit(join(path, entry));
    else if (!stat.isFile())
      messages.push(
        `${shown(path)}: ist keine gewöhnliche Datei (z. B. ein Gerät oder eine Pipe) und wird nicht veröffentlicht. Löschen Sie sie aus ${root}/.`,
      );
  };
  visit(root);
  return messages;
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
