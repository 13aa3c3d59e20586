/**
 * The import dialog's body: paste or choose files, then check what was found in each (title,
 * date, outlet; an article with no date asks for one) before importing. Loaded with the dialog.
 */
import { useRef, useState } from 'react';
import { isIsoDay } from '../../domain/schema';
import type { ArticleMeta } from '../../ingest';
import {
  ARTICLE_FILE_ACCEPT,
  isCancelled,
  MAX_ARTICLE_BYTES,
  megabytes,
  type ReadResult,
} from '../../load/importArticles';
import { articleImporter, cleanMeta, importArticles } from '../../state/myArticles';
import { nextFoundKey, type Found, type Readable } from './found';

interface ChooseProps {
  readonly waiting: boolean;
  readonly found: readonly Found[];
  readonly reading: { done: number; total: number } | undefined;
  readonly onFiles: (files: readonly File[]) => void;
  readonly onPasted: (key: number, text: string) => void;
  readonly onPastedRead: (found: Found) => void;
  readonly onChange: (found: readonly Found[]) => void;
}

export default function ChooseAndCheck({
  waiting,
  found,
  reading,
  onFiles,
  onPasted,
  onPastedRead,
  onChange,
}: ChooseProps) {
  const [pasted, setPasted] = useState('');
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const readable = found.filter((f): f is Readable => 'text' in f);
  const undated = readable.filter((f) => !isIsoDay(f.meta.published ?? ''));
  const readPasted = async (): Promise<void> => {
    const text = pasted;
    if (text.trim() === '') return;
    setPasted('');
    const key = nextFoundKey();
    onPasted(key, text);
    // What the text says of itself (headline, date), read by the extraction's own rules.
    let read: ReadResult;
    try {
      read = await articleImporter().readFile(
        'Pasted text',
        new TextEncoder().encode(text),
        'text',
      );
    } catch (error) {
      if (isCancelled(error)) return;
      read = {
        error: `it could not be read (${error instanceof Error ? error.message : String(error)})`,
      };
    }
    if ('error' in read) onPastedRead({ key, name: 'Pasted text', error: read.error });
    else
      onPastedRead({
        key,
        name: 'Pasted text',
        origin: 'pasted',
        format: 'text',
        text: read.text,
        meta: read.meta,
        warnings: read.warnings,
      });
  };
  const update = (key: number, meta: ArticleMeta): void =>
    onChange(found.map((f) => (f.key === key && 'text' in f ? { ...f, meta } : f)));
  const drop = (key: number): void => onChange(found.filter((f) => f.key !== key));
  const start = (): void => {
    void importArticles(
      readable.map((f) => ({
        origin: f.origin,
        sourceName: f.name,
        format: f.format,
        text: f.text,
        meta: cleanMeta(f.meta),
      })),
    );
  };
  return (
    <div className="import">
      <p className="import__lead">
        Your articles stay in this browser: they are read here, and nothing is sent anywhere.
      </p>
      <div className="import__sources">
        <div className="import__paste">
          <label htmlFor="import-paste">Paste an article</label>
          <textarea
            id="import-paste"
            rows={5}
            value={pasted}
            placeholder="Headline, date and text of the article"
            onChange={(event) => setPasted(event.target.value)}
          />
          <button type="button" disabled={pasted.trim() === ''} onClick={() => void readPasted()}>
            Use this text
          </button>
        </div>
        <div
          className={over ? 'import__drop is-over' : 'import__drop'}
          onDragOver={(event) => {
            event.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={(event) => {
            event.preventDefault();
            setOver(false);
            onFiles([...event.dataTransfer.files]);
          }}
        >
          <p>Drop article files here: .txt, .html or .htm (a saved web page) or .md.</p>
          <button type="button" onClick={() => input.current?.click()}>
            Choose files…
          </button>
          <input
            ref={input}
            type="file"
            multiple
            hidden
            accept={ARTICLE_FILE_ACCEPT}
            aria-label="Article files"
            onChange={(event) => {
              onFiles([...(event.target.files ?? [])]);
              event.target.value = '';
            }}
          />
          <p className="import__hint">Up to {megabytes(MAX_ARTICLE_BYTES)} a file.</p>
        </div>
      </div>
      {reading === undefined ? null : (
        <div className="import__reading" role="status">
          Reading {reading.done} of {reading.total} files…
          <progress value={reading.done} max={reading.total} aria-label="Files read" />
        </div>
      )}
      {found.length === 0 ? null : (
        <section className="import__found" aria-label="Articles found">
          <h3>Check what was found</h3>
          <ul className="import__list">
            {found.map((f) => (
              <li key={f.key} className={'error' in f ? 'found found--error' : 'found'}>
                {'error' in f ? (
                  <p role="alert">
                    <strong>{f.name}</strong> cannot be imported: {f.error}
                  </p>
                ) : (
                  <FoundArticle found={f} onChange={(meta) => update(f.key, meta)} />
                )}
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Leave out ${f.name}`}
                  onClick={() => drop(f.key)}
                >
                  Leave out
                </button>
              </li>
            ))}
          </ul>
          {waiting ? (
            <p className="import__missing" role="note">
              The timeline is still loading: the articles can be imported once it is shown.
            </p>
          ) : null}
          {undated.length === 0 ? null : (
            <p className="import__missing" role="note">
              Give the date of publication of {undated.map((f) => f.name).join(', ')} to import{' '}
              {undated.length === 1 ? 'it' : 'them'}.
            </p>
          )}
          <button
            type="button"
            className="button--primary"
            disabled={
              waiting || readable.length === 0 || undated.length > 0 || reading !== undefined
            }
            onClick={start}
          >
            Import {readable.length === 1 ? 'the article' : `${readable.length} articles`}
          </button>
        </section>
      )}
    </div>
  );
}

function FoundArticle({
  found,
  onChange,
}: {
  readonly found: Readable;
  readonly onChange: (meta: ArticleMeta) => void;
}) {
  const id = `found-${found.key}`;
  const { meta } = found;
  const dated = isIsoDay(meta.published ?? '');
  const words = found.text.trim().split(/\s+/u).length;
  return (
    <div className="found__fields">
      <p className="found__name">
        <strong>{found.name}</strong>{' '}
        <span className="found__size">({words.toLocaleString('en')} words)</span>
      </p>
      <label htmlFor={`${id}-title`}>Title</label>
      <input
        id={`${id}-title`}
        value={meta.title ?? ''}
        onChange={(event) => onChange({ ...meta, title: event.target.value })}
      />
      <label htmlFor={`${id}-date`}>Published</label>
      <input
        id={`${id}-date`}
        type="date"
        required
        aria-invalid={!dated}
        aria-describedby={dated ? undefined : `${id}-nodate`}
        value={meta.published ?? ''}
        onChange={(event) => onChange({ ...meta, published: event.target.value })}
      />
      {dated ? null : (
        <p id={`${id}-nodate`} className="found__ask">
          No date of publication found: when was it published?
        </p>
      )}
      <label htmlFor={`${id}-outlet`}>Outlet</label>
      <input
        id={`${id}-outlet`}
        value={meta.outlet ?? ''}
        placeholder="Not found"
        onChange={(event) => onChange({ ...meta, outlet: event.target.value })}
      />
      {meta.byline === undefined ? null : <p className="found__meta">Byline: {meta.byline}</p>}
      {meta.url === undefined ? null : <p className="found__meta">Address: {meta.url}</p>}
      {found.warnings.map((w) => (
        <p key={w} className="found__warning">
          {w}
        </p>
      ))}
    </div>
  );
}
