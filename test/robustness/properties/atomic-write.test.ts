/**
 * Property: whatever the content and wherever the write fails (after any number of bytes, in
 * short writes, at the flush or at the rename), the previous file is byte for byte what it was,
 * a reader sees it whole while the write goes on, and no temporary file is left; when nothing
 * fails, the file holds exactly the new content.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileSystemSteps, writeFileAtomic, type WriteSteps } from '../../../scripts/atomicWrite';

type Failure =
  | { readonly at: 'write'; readonly afterBytes: number }
  | { readonly at: 'sync' }
  | { readonly at: 'rename' }
  | { readonly at: 'nowhere' };

const failure: fc.Arbitrary<Failure> = fc.oneof(
  fc.record({ at: fc.constant('write' as const), afterBytes: fc.nat() }),
  fc.constant({ at: 'sync' as const }),
  fc.constant({ at: 'rename' as const }),
  fc.constant({ at: 'nowhere' as const }),
);

function diskFull(): Error {
  return Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
}

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsline-atomic-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic (property)', () => {
  it('leaves the previous file whole and no temporary file, wherever the write fails', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 4096 }),
        fc.uint8Array({ maxLength: 1024 }),
        failure,
        fc.integer({ min: 1, max: 700 }),
        async (previous, content, fail, chunk) => {
          const target = join(dir, 'timeline.json');
          writeFileSync(target, previous);
          let written = 0;
          const failAfter =
            fail.at === 'write' && content.length > 0 ? fail.afterBytes % content.length : -1;
          const steps: WriteSteps = {
            write: async (handle, data) => {
              // A reader during the write sees the previous file, whole.
              expect(readFileSync(target).equals(previous)).toBe(true);
              const room = failAfter >= 0 ? failAfter - written : Infinity;
              if (room <= 0) throw diskFull();
              const wrote = await fileSystemSteps.write(
                handle,
                data.subarray(0, Math.min(chunk, room)),
              );
              written += wrote;
              return wrote;
            },
            sync: async (handle) => {
              if (fail.at === 'sync') throw diskFull();
              await fileSystemSteps.sync(handle);
            },
            rename: async (from, to) => {
              if (fail.at === 'rename') throw diskFull();
              await fileSystemSteps.rename(from, to);
            },
          };
          const fails = failAfter >= 0 || fail.at === 'sync' || fail.at === 'rename';
          const result = writeFileAtomic(target, content, steps);
          if (fails) await expect(result).rejects.toThrow('no space left on device');
          else await result;
          expect(readFileSync(target).equals(Buffer.from(fails ? previous : content))).toBe(true);
          expect(readdirSync(dir)).toEqual(['timeline.json']);
        },
      ),
      { numRuns: 200 },
    );
  });
});
