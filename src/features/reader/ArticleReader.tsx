/**
 * The reader view: one whole article as plain text with its line breaks, every event passage
 * marked, and the selected event's passage scrolled into view; a click on another passage opens
 * its event. Opens over the timeline; Escape or the close button returns to where the reader was.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { selectPassagesByDocument } from '../../state/selectors';
import { Highlight } from '../../components/Highlight';
import { useNewslineStore } from '../../state/store';
import { formatPartialDate } from '../../domain/dates';
import { segmentArticle } from '../../domain/passages';
import type { TimelineIndex } from '../../domain/timelineIndex';

export function ArticleReader({ index }: { readonly index: TimelineIndex }) {
  const reader = useNewslineStore((s) => s.reader);
  const document = reader === null ? undefined : index.documentById.get(reader.documentId);
  if (reader === null || document === undefined) return null;
  return (
    <ReaderDialog
      key={`${reader.documentId}:${reader.eventId}`}
      index={index}
      documentId={document.id}
      eventId={reader.eventId}
    />
  );
}

interface ReaderDialogProps {
  readonly index: TimelineIndex;
  readonly documentId: string;
  readonly eventId: string;
}

function ReaderDialog({ index, documentId, eventId }: ReaderDialogProps) {
  const closeReader = useNewslineStore((s) => s.closeReader);
  const openReader = useNewslineStore((s) => s.openReader);
  const query = useNewslineStore((s) => s.query);
  const closeRef = useRef<HTMLButtonElement>(null);
  const currentRef = useRef<HTMLElement>(null);
  const document = index.documentById.get(documentId);
  const marks = selectPassagesByDocument(index).get(documentId) ?? [];
  const text = document?.text ?? '';
  const segments = segmentArticle(text, marks);

  useLayoutEffect(() => {
    const opener = globalThis.document.activeElement;
    closeRef.current?.focus();
    const current = currentRef.current;
    // jsdom has no scrollIntoView; browsers all do.
    if (current !== null && typeof current.scrollIntoView === 'function') {
      current.scrollIntoView({ block: 'center' });
    }
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      // Taken: the event panel under the reader waits for the next Escape.
      event.preventDefault();
      closeReader();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [closeReader]);

  if (document === undefined) return null;
  let firstCurrentSeen = false;
  const title = document.title.trim() === '' ? document.file : document.title;

  return (
    <section className="reader" role="dialog" aria-modal="false" aria-labelledby="reader-title">
      <header className="reader__header">
        <div>
          <h2 id="reader-title">{title}</h2>
          <p className="reader__meta">
            {[document.byline, document.outlet, formatPartialDate(document.published)]
              .filter((part) => part !== undefined && part !== '')
              .join(' · ')}
          </p>
        </div>
        <button
          ref={closeRef}
          type="button"
          className="icon-button"
          aria-label="Close article"
          onClick={closeReader}
        >
          ×
        </button>
      </header>
      <div className="reader__text">
        {segments.map((segment) => {
          if (segment.markIds.length === 0)
            return <Highlight key={segment.start} text={segment.text} query={query} />;
          const isCurrent = segment.markIds.includes(eventId);
          const scrollTarget = isCurrent && !firstCurrentSeen;
          if (scrollTarget) firstCurrentSeen = true;
          if (isCurrent) {
            return (
              <mark
                key={segment.start}
                ref={scrollTarget ? currentRef : undefined}
                className="reader__mark reader__mark--current"
              >
                <Highlight text={segment.text} query={query} />
              </mark>
            );
          }
          // Another event's passage: a click opens that event here.
          const other = segment.markIds[0] ?? eventId;
          return (
            <mark key={segment.start} className="reader__mark">
              <button
                type="button"
                className="reader__mark-button"
                title={index.eventById.get(other)?.title}
                onClick={() => openReader({ documentId, eventId: other })}
              >
                <Highlight text={segment.text} query={query} />
              </button>
            </mark>
          );
        })}
      </div>
    </section>
  );
}
