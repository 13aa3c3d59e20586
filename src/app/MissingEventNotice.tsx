/**
 * Says that the link named an event this timeline does not hold (the view opens without it),
 * naming the id it gave, cut short if long: it comes from the address, so it is shown as text
 * only. Dismissed by its button, or by selecting an event.
 */
import { cutPoint } from '../domain/utf16';
import { useNewslineStore } from '../state/store';

const SHOWN_ID_LENGTH = 80;

export function MissingEventNotice() {
  const missing = useNewslineStore((s) => s.missingEventId);
  const setMissingEvent = useNewslineStore((s) => s.setMissingEvent);
  if (missing === null) return null;
  const shown =
    missing.length <= SHOWN_ID_LENGTH
      ? missing
      : `${missing.slice(0, cutPoint(missing, SHOWN_ID_LENGTH))}…`;
  return (
    <div className="notice notice--missing-event" role="status">
      <p>
        The link names an event, “<span className="notice__id">{shown}</span>”, that is not in this
        timeline: it may have been removed since the link was made, or the link was cut short. The
        timeline is shown without it.
      </p>
      <button type="button" onClick={() => setMissingEvent(null)}>
        Dismiss
      </button>
    </div>
  );
}
