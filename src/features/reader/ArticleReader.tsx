/**
 * The reading view: one whole article as plain text with its line breaks, every event passage
 * marked inline in the running text (the selected event's strong, the others light, each a
 * control that selects its event), the page furniture the ingest recognised dimmed, and the
 * selected passage scrolled into view. Over the timeline on a wide screen, the whole screen on a
 * phone; the article is in the URL, so Back closes it as Escape and the close button do.
 * Article words are React text, never HTML.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, type KeyboardEvent, type Ref } from 'react';
import { selectPassagesByDocument } from '../../state/selectors';
import { Highlight } from '../../components/Highlight';
import { useNewslineStore } from '../../state/store';
import { formatPartialDate } from '../../domain/dates';
import { readingSegments, type ReadingSegment } from '../../domain/passages';
import type { NewsDocument } from '../../domain/schema';
import { webAddress } from '../../domain/sources';
import type { TimelineIndex } from '../../domain/timelineIndex';

export function ArticleReader({ index }: { readonly index: TimelineIndex }) {
  const documentId = useNewslineStore((s) => s.readerDocumentId);
  const document = documentId === null ? undefined : index.documentById.get(documentId);
  if (document === undefined) return null;
  return <ReaderDialog key={document.id} index={index} document={document} />;
}

interface ReaderDialogProps {
  readonly index: TimelineIndex;
  readonly document: NewsDocument;
}

function ReaderDialog({ index, document }: ReaderDialogProps) {
  const eventId = useNewslineStore((s) => s.selectedEventId);
  const closeReader = useNewslineStore((s) => s.closeReader);
  const selectEvent = useNewslineStore((s) => s.selectEvent);
  const query = useNewslineStore((s) => s.query);
  const closeRef = useRef<HTMLButtonElement>(null);
  const currentRef = useRef<HTMLElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const marks = selectPassagesByDocument(index).get(document.id);
  const segments = useMemo(
    () => readingSegments(document.text, marks ?? [], document.furniture),
    [document, marks],
  );

  useLayoutEffect(() => {
    const opener = globalThis.document.activeElement;
    closeRef.current?.focus();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  // On opening and on each new selection (a passage clicked here, an event picked elsewhere).
  useLayoutEffect(() => {
    const current = currentRef.current;
    // jsdom has no scrollIntoView; browsers all do.
    if (current !== null && typeof current.scrollIntoView === 'function') {
      current.scrollIntoView({ block: 'center' });
    }
  }, [eventId]);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent): void => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        // Taken: the event panel under the reader waits for the next Escape.
        event.preventDefault();
        closeReader();
      }
      if (event.key === 'Tab' && sectionRef.current !== null)
        keepFocusIn(sectionRef.current, event);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [closeReader]);

  const title = document.title.trim() === '' ? document.file : document.title;
  const original = webAddress(document.url);
  let firstCurrentSeen = false;

  return (
    <section
      ref={sectionRef}
      className="reader"
      role="dialog"
      aria-modal="false"
      aria-labelledby="reader-title"
    >
      <header className="reader__header">
        <div>
          <h2 id="reader-title">{title}</h2>
          <p className="reader__meta">
            {[document.byline, document.outlet, formatPartialDate(document.published)]
              .filter((part) => part !== undefined && part !== '')
              .join(' · ')}
            {original === undefined ? null : (
              <>
                {' · '}
                <a href={original.href} target="_blank" rel="noopener noreferrer">
                  Original at {original.host}
                </a>
              </>
            )}
          </p>
        </div>
        <button
          ref={closeRef}
          type="button"
          className="icon-button reader__close"
          aria-label="Close article"
          onClick={closeReader}
        >
          ×
        </button>
      </header>
      <div className="reader__text">
        {segments.map((segment) => {
          if (segment.furniture !== undefined) {
            return (
              <span key={segment.start} className="reader__furniture">
                <Highlight text={segment.text} query={query} />
              </span>
            );
          }
          if (segment.markIds.length === 0) {
            return <Highlight key={segment.start} text={segment.text} query={query} />;
          }
          const isCurrent = eventId !== null && segment.markIds.includes(eventId);
          const scrollTarget = isCurrent && !firstCurrentSeen;
          if (scrollTarget) firstCurrentSeen = true;
          return (
            <PassageMark
              key={segment.start}
              segment={segment}
              // The selected event where it is among the marks, else the first of them.
              target={isCurrent ? eventId : (segment.markIds[0] ?? '')}
              current={isCurrent}
              markRef={scrollTarget ? currentRef : undefined}
              eventTitle={(id) => index.eventById.get(id)?.title}
              onSelect={selectEvent}
              query={query}
            />
          );
        })}
      </div>
    </section>
  );
}

/**
 * Where the view covers the whole screen (a phone: app.css makes it fixed there), Tab and
 * Shift+Tab go round its own controls rather than on to the page hidden under it. Elsewhere it
 * sits beside the event panel, which Tab reaches as usual.
 */
function keepFocusIn(view: HTMLElement, event: globalThis.KeyboardEvent): void {
  if (getComputedStyle(view).position !== 'fixed') return;
  const controls = view.querySelectorAll<HTMLElement>('button, a[href], [tabindex="0"]');
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (first === undefined || last === undefined) return;
  const active = globalThis.document.activeElement;
  const outside = !(active instanceof Node) || !view.contains(active);
  if (event.shiftKey && (active === first || outside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || outside)) {
    event.preventDefault();
    first.focus();
  }
}

interface PassageMarkProps {
  readonly segment: ReadingSegment;
  /** The event a click selects. */
  readonly target: string;
  readonly current: boolean;
  readonly markRef: Ref<HTMLElement> | undefined;
  readonly eventTitle: (eventId: string) => string | undefined;
  readonly onSelect: (eventId: string) => void;
  /** The search, whose words are marked in the passage too. */
  readonly query: string;
}

/**
 * One marked stretch, inline in the running text: a <mark> around a span with the role of a
 * button. A <button> would not do: it is an inline block, so a long passage started a new line
 * and only its last line showed the mark's tint.
 */
function PassageMark({
  segment,
  target,
  current,
  markRef,
  eventTitle,
  onSelect,
  query,
}: PassageMarkProps) {
  const select = (): void => onSelect(target);
  const onKeyDown = (event: KeyboardEvent<HTMLSpanElement>): void => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select();
    }
  };
  return (
    <mark ref={markRef} className={current ? 'reader__mark reader__mark--current' : 'reader__mark'}>
      <span
        role="button"
        tabIndex={0}
        className="reader__passage"
        aria-current={current ? 'true' : undefined}
        title={eventTitle(target)}
        onClick={select}
        onKeyDown={onKeyDown}
      >
        <Highlight text={segment.text} query={query} />
      </span>
    </mark>
  );
}
