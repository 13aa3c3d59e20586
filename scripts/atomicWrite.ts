/**
 * Replacing a file all at once: the new content goes to a temporary file in the same folder,
 * is flushed to disk, then renamed over the target, so a reader (the dev server, the app) sees
 * the previous file or the new one, never half of one. On any failure (a full disk, a size
 * limit) the temporary file is removed and the previous file is left as it was.
 * Limit: a process killed outright (SIGKILL) can leave its temporary file behind; its name
 * starts with a dot and the target's name, and ends in .tmp.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The steps that can fail, apart so that a test can make each one fail. */
export interface WriteSteps {
  /** Writes the start of `data`; returns how many bytes it wrote (possibly fewer than all). */
  write(handle: FileHandle, data: Uint8Array): Promise<number>;
  sync(handle: FileHandle): Promise<void>;
  rename(from: string, to: string): Promise<void>;
}

export const fileSystemSteps: WriteSteps = {
  write: async (handle, data) => (await handle.write(data)).bytesWritten,
  sync: (handle) => handle.sync(),
  rename,
};

export function temporaryNameFor(target: string): string {
  const suffix = `${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  return join(dirname(target), `.${basename(target)}.${suffix}`);
}

export async function writeFileAtomic(
  target: string,
  content: string | Uint8Array,
  steps: WriteSteps = fileSystemSteps,
): Promise<void> {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  // The new file keeps the previous one's permissions; a first one gets the usual (umask) ones.
  const previousMode = await stat(target).then(
    (previous) => previous.mode & 0o777,
    () => undefined,
  );
  const temporary = temporaryNameFor(target);
  // 'wx': never open a file that is already there (nor a link planted under that name).
  const handle = await open(temporary, 'wx', previousMode ?? 0o666);
  let isOpen = true;
  try {
    if (previousMode !== undefined) await handle.chmod(previousMode);
    for (let done = 0; done < bytes.length;) {
      const wrote = await steps.write(handle, bytes.subarray(done));
      if (wrote <= 0) throw Object.assign(new Error('no byte written'), { code: 'EIO' });
      done += wrote;
    }
    await steps.sync(handle);
    isOpen = false;
    await handle.close();
    await steps.rename(temporary, target);
  } catch (error) {
    if (isOpen) await handle.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(target));
}

/** Makes the rename itself durable; some systems cannot sync a folder, which is no failure. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close().catch(() => undefined);
}
