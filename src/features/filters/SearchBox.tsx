/** Search words over event titles, passages and names; the timeline and list follow as one types. */
import { useId } from 'react';
import { SEARCH_INPUT_ID } from '../../components/landmarks';
import { useNewslineStore } from '../../state/store';
import { MAX_QUERY_LENGTH } from '../../domain/searchQuery';

export function SearchBox() {
  const query = useNewslineStore((s) => s.query);
  const setQuery = useNewslineStore((s) => s.setQuery);
  const id = SEARCH_INPUT_ID;
  const noteId = useId();
  // The store keeps at most MAX_QUERY_LENGTH characters (a pasted text or a link may hold more).
  const full = query.length >= MAX_QUERY_LENGTH;
  return (
    <div className="search">
      <label htmlFor={id} className="search__label">
        Search
      </label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder="Words in titles, passages, names"
        autoComplete="off"
        spellCheck={false}
        maxLength={MAX_QUERY_LENGTH}
        aria-describedby={full ? noteId : undefined}
        onChange={(event) => setQuery(event.target.value)}
      />
      {full ? (
        <p id={noteId} className="search__note">
          Only the first {MAX_QUERY_LENGTH} characters are searched.
        </p>
      ) : null}
    </div>
  );
}
