/**
 * "Your article": marks an event that one of the reader's own articles tells (an event of the
 * loaded timeline that their article also reports is marked too).
 */
import type { TimelineEvent } from '../domain/schema';
import { useMyDocumentIds } from '../state/myArticles';

export function MineBadge({ event }: { readonly event: TimelineEvent }) {
  const mine = useMyDocumentIds();
  if (mine.size === 0 || !event.sources.some((s) => mine.has(s.documentId))) return null;
  return (
    <span className="mine-badge" title="Told by one of the articles you added">
      Your article
    </span>
  );
}
