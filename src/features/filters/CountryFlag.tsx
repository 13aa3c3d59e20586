/**
 * A country's flag beside its name, from the country-flag-icons SVGs: each picture is fetched only
 * when an option shows it. Flag emoji are not used: many systems have no glyphs for them and show
 * two letters in boxes. Decorative (empty alt): the country's name is the label. Until the
 * addresses have loaded, and for codes without a flag file, the code stands in.
 */
import { useEffect, useState } from 'react';

let loaded: ReadonlyMap<string, string> | undefined;
let loading: Promise<ReadonlyMap<string, string>> | undefined;

function loadFlagUrls(): Promise<ReadonlyMap<string, string>> {
  loading ??= import('./flagUrls').then((module) => {
    loaded = module.FLAG_URLS;
    return module.FLAG_URLS;
  });
  return loading;
}

export function CountryFlag({ code }: { readonly code: string }) {
  const [urls, setUrls] = useState(loaded);
  useEffect(() => {
    if (urls !== undefined) return undefined;
    let live = true;
    loadFlagUrls().then(
      (map) => {
        if (live) setUrls(map);
      },
      // Without the addresses the code stays: a missing picture is not worth an error.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [urls]);
  const url = urls?.get(code);
  if (url === undefined) {
    return (
      <span className="facet__code" aria-hidden="true">
        {code}
      </span>
    );
  }
  return <img className="facet__flag" src={url} alt="" width={21} height={14} />;
}
