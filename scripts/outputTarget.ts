/**
 * Whether --out names a place the timeline can be written, checked before any article is read:
 * not one of the input files (by any name: a link or a second hard link counts), not a folder,
 * not a device or other special file, in a folder that exists and can be written.
 */
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { describeFsError, errorCode } from './fsErrors';

/** Why the timeline cannot be written to `output`, or undefined when it can. */
export async function outputProblem(
  output: string,
  inputFolder: string,
  inputNames: readonly string[],
): Promise<string | undefined> {
  const path = resolve(output);
  try {
    const target = await stat(path);
    if (target.isDirectory()) return 'it is a folder';
    if (!target.isFile()) return 'it is not a regular file';
    for (const name of inputNames) {
      const input = await stat(join(inputFolder, name)).catch(() => undefined);
      if (input && input.dev === target.dev && input.ino === target.ino)
        return `it is one of the input files (${name})`;
    }
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') return describeFsError(error);
  }
  const folder = dirname(path);
  try {
    if (!(await stat(folder)).isDirectory()) return `${folder} is not a folder`;
    await access(folder, constants.W_OK | constants.X_OK);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return `the folder ${folder} does not exist`;
    return `the folder ${folder} cannot be written (${describeFsError(error)})`;
  }
  return undefined;
}
