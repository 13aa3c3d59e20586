/** Search words over event titles, passages and names; the timeline and list follow as one types. */
import { useId } from 'react';
import { useNewslineStore } from '../../app/store';

export function SearchBox() {
  const query = useNewslineStore((s) => s.query);
  const setQuery = useNewslineStore((s) => s.setQuery);
  const id = useId();
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
        onChange={(event) => setQuery(event.target.value)}
      />
    </div>
  );
}
