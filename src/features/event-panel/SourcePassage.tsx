/** One source of an event: the article's title and the passage marked in its paragraph. */
import { Highlight } from '../../components/Highlight';
import { useNewslineStore } from '../../state/store';
import { passageInParagraph } from '../../domain/passages';
import type { NewsDocument, Source } from '../../domain/schema';

interface SourcePassageProps {
  readonly eventId: string;
  readonly document: NewsDocument;
  readonly source: Source;
  readonly published: string;
}

export function SourcePassage({ eventId, document, source, published }: SourcePassageProps) {
  const openReader = useNewslineStore((s) => s.openReader);
  const query = useNewslineStore((s) => s.query);
  const paragraph = passageInParagraph(document.text, source.start, source.end);
  const title = document.title.trim() === '' ? document.file : document.title;

  return (
    <figure className="source">
      <figcaption className="source__caption">
        <cite className="source__title">{title}</cite>
        <span className="source__meta">
          {document.outlet === undefined ? null : `${document.outlet} · `}
          {published}
        </span>
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
      <button
        type="button"
        className="source__open"
        onClick={() => openReader({ documentId: document.id, eventId })}
      >
        Show in article
      </button>
    </figure>
  );
}
