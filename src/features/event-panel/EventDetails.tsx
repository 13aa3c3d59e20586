/** The body of the event panel for one event. */
import { useNewslineStore } from '../../state/store';
import { EVENT_DETAILS_HEADING_ID } from '../../components/landmarks';
import { andMore, firstOf, MAX_SHOWN_PER_EVENT } from '../../domain/capped';
import { formatEventDate, formatPartialDate } from '../../domain/dates';
import { eventTypeLabel } from '../../domain/eventTypes';
import { datePrecision, howDated, PRECISION_NAMES } from '../../domain/howDated';
import type { TimelineEvent } from '../../domain/schema';
import { distinctPassages, reportedBy } from '../../domain/sources';
import { actorName, countryName, type TimelineIndex } from '../../domain/timelineIndex';
import { MineBadge } from '../../components/MineBadge';
import { FilterChip } from './FilterChip';
import { SourcePassage } from './SourcePassage';

interface EventDetailsProps {
  readonly index: TimelineIndex;
  readonly event: TimelineEvent;
}

export function EventDetails({ index, event }: EventDetailsProps) {
  const selectEvent = useNewslineStore((s) => s.selectEvent);
  const firstSource = event.sources[0];
  const published =
    firstSource === undefined
      ? undefined
      : index.documentById.get(firstSource.documentId)?.published;
  const actors = firstOf(event.actors, MAX_SHOWN_PER_EVENT);
  const countries = firstOf(event.countries, MAX_SHOWN_PER_EVENT);
  // A paragraph the article prints twice is one passage, and one article.
  const passages = firstOf(
    distinctPassages(event.sources, index.documentById),
    MAX_SHOWN_PER_EVENT,
  );
  const reporters = reportedBy(event.sources, index.documentById);

  return (
    <article className="event-details" aria-labelledby={EVENT_DETAILS_HEADING_ID}>
      <header className="event-details__header">
        <h2 id={EVENT_DETAILS_HEADING_ID} tabIndex={-1}>
          {event.title}
        </h2>
        <MineBadge event={event} />
        <button
          type="button"
          className="icon-button"
          aria-label="Close event details"
          onClick={() => selectEvent(null)}
        >
          ×
        </button>
      </header>
      <dl className="event-details__facts">
        <dt>Date</dt>
        <dd>
          <time>{formatEventDate(event.date)}</time>
          <span className="event-details__precision">
            {' '}
            · {PRECISION_NAMES[datePrecision(event.date)]}
          </span>
          <span className="event-details__how">{howDated(event.date, published)}</span>
        </dd>
        <dt>Type</dt>
        <dd>{eventTypeLabel(event.type)}</dd>
        <dt>Actors</dt>
        <dd>
          {event.actors.length === 0 ? (
            'none named'
          ) : (
            <ul className="chips">
              {actors.shown.map((id) => (
                <li key={id}>
                  <FilterChip facet="actor" value={id} label={actorName(index, id)}>
                    {roleOf(index, id)}
                  </FilterChip>
                </li>
              ))}
              {actors.more === 0 ? null : <li className="chips__more">{andMore(actors.more)}</li>}
            </ul>
          )}
        </dd>
        <dt>Countries</dt>
        <dd>
          {event.countries.length === 0 ? (
            'none named'
          ) : (
            <ul className="chips">
              {countries.shown.map((code) => (
                <li key={code}>
                  <FilterChip facet="country" value={code} label={countryName(index, code)} />
                </li>
              ))}
              {countries.more === 0 ? null : (
                <li className="chips__more">{andMore(countries.more)}</li>
              )}
            </ul>
          )}
        </dd>
      </dl>
      <section className="event-details__sources" aria-labelledby="event-sources-heading">
        <h3 id="event-sources-heading">{reporters.heading}</h3>
        <p className="event-details__reporters">{reporters.names.join(' · ')}</p>
        {passages.shown.map(({ source, copies }, position) => {
          const document = index.documentById.get(source.documentId);
          // The articles come after the events in a file still arriving: a passage waits for its.
          const key = `${source.documentId}:${source.start}:${position}`;
          return document === undefined ? (
            <p key={key} className="event-details__pending">
              The passage of “{source.documentId}” shows once its article has arrived.
            </p>
          ) : (
            <SourcePassage
              key={key}
              eventId={event.id}
              document={document}
              source={source}
              copies={copies}
              published={formatPartialDate(document.published)}
            />
          );
        })}
        {passages.more === 0 ? null : (
          <p className="event-details__more">{andMore(passages.more)} passages</p>
        )}
      </section>
    </article>
  );
}

function roleOf(index: TimelineIndex, actorId: string): string | undefined {
  return index.actorById.get(actorId)?.role;
}
