/**
 * One source of an event: the article's title, outlet, byline and date, the passage marked in
 * its paragraph, a way into the whole article, and a link to the original when the article's
 * address is a web address (opened in a new tab, with no opener and no referrer).
 */
import { Highlight } from '../../components/Highlight';
import { useNewslineStore } from '../../state/store';
import { passageInParagraph } from '../../domain/passages';
import type { NewsDocument, Source } from '../../domain/schema';
import { webAddress } from '../../domain/sources';

interface SourcePassageProps {
  readonly eventId: string;
  readonly document: NewsDocument;
  readonly source: Source;
  /** How many times the article prints this passage. */
  readonly copies: number;
  readonly published: string;
}

export function SourcePassage({
  eventId,
  document,
  source,
  copies,
  published,
}: SourcePassageProps) {
  const openReader = useNewslineStore((s) => s.openReader);
  const query = useNewslineStore((s) => s.query);
  const paragraph = passageInParagraph(document.text, source.start, source.end);
  const title = document.title.trim() === '' ? document.file : document.title;
  const original = webAddress(document.url);
  const meta = [document.outlet, document.byline, published]
    .map((part) => part?.trim() ?? '')
    .filter((part) => part !== '');

  return (
    <figure className="source">
      <figcaption className="source__caption">
        <cite className="source__title">{title}</cite>
        <span className="source__meta">{meta.join(' · ')}</span>
      </figcaption>
      <blockquote className="source__paragraph">
        {paragraph.trimmedBefore ? '… ' : null}
        <Highlight text={paragraph.before} query={query} />
        <mark>
          <Highlight text={paragraph.passage} query={query} />
        </mark>
        <Highlight text={paragraph.after} query={query} />
        {paragraph.trimmedAfter ? ' …' : null}
      </blockquote>
      {copies > 1 ? (
        <p className="source__copies">The article prints this passage {copies} times.</p>
      ) : null}
      <div className="source__actions">
        <button
          type="button"
          className="source__open"
          onClick={() => openReader({ documentId: document.id, eventId })}
        >
          Show in article
        </button>
        {original === undefined ? null : (
          <a
            className="source__original"
            href={original.href}
            target="_blank"
            rel="noopener noreferrer"
          >
            Original at {original.host}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        )}
      </div>
    </figure>
  );
}
