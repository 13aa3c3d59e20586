/**
 * "Add articles": the reader pastes an article or drops (or chooses) article files, .txt, .html
 * (a saved web page) or .md, one or many; files dropped anywhere on the page open it too. Each
 * file is read in the import worker and shown with what was found (title, date, outlet), which
 * the reader may correct; an article with no date asks for one. Then the articles' events are
 * extracted in the worker, with a progress bar per article and a cancel button, and join the
 * timeline. A file that cannot be read is named with the reason, and the others go on.
 */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { readArticleFiles, type FileRead } from '../../load/importArticles';
import { articleImporter, dismissImport, useMyArticlesStore } from '../../state/myArticles';
import { nextFoundKey, type Found } from './found';

// The dialog's two bodies load with it: a visit that imports nothing never fetches them.
const CheckArticles = lazy(() => import('./CheckArticles'));
const LazyImportProgress = lazy(() =>
  import('./ImportProgress').then((m) => ({ default: m.ImportProgress })),
);

/**
 * `waiting`: the loaded timeline is not ready yet (the articles' events are made against it):
 * files are read and checked meanwhile, and imported once it is.
 */
export function ImportArticles({ waiting = false }: { readonly waiting?: boolean }) {
  const [open, setOpen] = useState(false);
  const [found, setFound] = useState<readonly Found[]>([]);
  const [reading, setReading] = useState<{ done: number; total: number } | undefined>();
  const job = useMyArticlesStore((s) => s.job);
  const importing = job !== undefined && job.kind === 'import';
  const reset = (): void => {
    setFound([]);
    setReading(undefined);
    dismissImport();
  };

  const addFiles = useCallback(async (files: readonly File[]) => {
    if (files.length === 0) return;
    setOpen(true);
    dismissImport();
    setReading({ done: 0, total: files.length });
    await readArticleFiles(articleImporter(), files, (read: FileRead, done: number) => {
      setReading({ done, total: files.length });
      const found = foundOf(read);
      setFound((list) => [...list, found]);
    });
    setReading(undefined);
  }, []);

  // Files dropped anywhere on the page open the dialog with them.
  useEffect(() => {
    const carriesFiles = (event: DragEvent): boolean =>
      event.dataTransfer?.types.includes('Files') === true;
    const onDragOver = (event: DragEvent): void => {
      if (carriesFiles(event)) event.preventDefault();
    };
    const onDrop = (event: DragEvent): void => {
      if (!carriesFiles(event) || event.defaultPrevented) return;
      event.preventDefault();
      void addFiles([...(event.dataTransfer?.files ?? [])]);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [addFiles]);

  const close = (): void => {
    setOpen(false);
    if (job?.status !== 'running') reset();
  };

  return (
    <>
      <button type="button" className="button--primary" onClick={() => setOpen(true)}>
        Add articles
      </button>
      {open ? (
        <Dialog title="Add your own articles" onClose={close} className="import-dialog">
          <Suspense fallback={<p role="status">Opening…</p>}>
            {importing ? (
              <LazyImportProgress onDone={close} onMore={reset} />
            ) : (
              <CheckArticles
                waiting={waiting}
                found={found}
                reading={reading}
                onFiles={(files) => void addFiles(files)}
                onPasted={(key, text) =>
                  setFound((list) => [
                    ...list,
                    {
                      key,
                      name: 'Pasted text',
                      origin: 'pasted',
                      format: 'text',
                      text,
                      meta: {},
                      warnings: [],
                    },
                  ])
                }
                onPastedRead={(read) =>
                  setFound((list) => list.map((f) => (f.key === read.key ? read : f)))
                }
                onChange={setFound}
              />
            )}
          </Suspense>
        </Dialog>
      ) : null}
    </>
  );
}

function foundOf(read: FileRead): Found {
  const key = nextFoundKey();
  if ('error' in read) return { key, name: read.name, error: read.error };
  return {
    key,
    name: read.name,
    origin: 'file',
    format: read.format,
    text: read.text,
    meta: read.meta,
    warnings: read.warnings,
  };
}
