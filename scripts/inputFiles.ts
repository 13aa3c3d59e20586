/**
 * Reading the files of the input folder, and only those: a symbolic link (an article or a
 * sidecar) is not followed unless the user asks, and then only when it leads to a file inside
 * the folder; anything but a regular file (a folder, a FIFO, a device) is refused without
 * waiting on it. Limit: a folder whose parts are swapped while the CLI runs is not guarded
 * beyond its last step (the file itself is opened without following a link).
 */
import { constants, type Stats } from 'node:fs';
import { lstat, open, realpath, type FileHandle } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { describeFsError, errorCode } from './fsErrors';

export interface InputFolder {
  /** The folder as the user named it, for messages. */
  label: string;
  /** The folder, resolved. */
  path: string;
  /** The folder with every link in its path resolved, to tell inside from outside. */
  realPath: string;
  followSymlinks: boolean;
}

export type InputRead =
  | { readonly bytes: Uint8Array }
  | { readonly missing: true }
  | { readonly skipped: string }
  | { readonly unreadable: string };

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !isAbsolute(rel) && rel.split(sep)[0] !== '..';
}

/** One file of the folder by name; `missing` when there is none (a sidecar is optional). */
export async function readInputFile(folder: InputFolder, name: string): Promise<InputRead> {
  const path = join(folder.path, name);
  let target = path;
  let info: Stats;
  try {
    info = await lstat(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { missing: true };
    return { unreadable: describeFsError(error) };
  }
  if (info.isSymbolicLink()) {
    if (!folder.followSymlinks) {
      return {
        skipped: `a symbolic link; give --follow-symlinks to read links inside ${folder.label}`,
      };
    }
    try {
      target = await realpath(path);
    } catch (error) {
      return { skipped: `a symbolic link that leads nowhere (${describeFsError(error)})` };
    }
    if (!isInside(folder.realPath, target))
      return { skipped: `a symbolic link to a file outside ${folder.label}` };
  }
  let handle: FileHandle;
  try {
    // O_NOFOLLOW: a file swapped for a link after the check above is still not followed.
    // O_NONBLOCK: a FIFO named like an article is opened without waiting for a writer.
    handle = await open(target, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    if (errorCode(error) === 'ELOOP')
      return { skipped: 'a symbolic link (it appeared during the run)' };
    return { unreadable: describeFsError(error) };
  }
  try {
    const opened = await handle.stat();
    if (opened.isDirectory()) return { unreadable: 'it is a folder' };
    if (!opened.isFile()) return { skipped: 'not a regular file' };
    return { bytes: await handle.readFile() };
  } catch (error) {
    return { unreadable: describeFsError(error) };
  } finally {
    await handle.close();
  }
}
