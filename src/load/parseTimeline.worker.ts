/**
 * The timeline's worker (the one way a file is loaded wherever there are workers; loadTimeline.ts
 * is the page's side): it fetches the file, checks it as it downloads (TimelineStreamReader) and
 * sends the kept records on to the page a run at a time, then the checked timeline (or its
 * problem). The first events go as soon as they are read, in a small run, so that the page draws
 * them while the rest is still arriving. For a good timeline it then builds its search index here
 * and answers queries from it (workerProtocol.ts); queries that arrive while the index is being
 * built are answered by the quick title match, and the page is told when the index is ready.
 */
import '../domain/zodJitless';
import { readTimelineText } from '../domain/readTimelineText';
import {
  buildEventSearchInChunks,
  findMatches,
  prepareTitleMatch,
  type EventSearch,
} from '../domain/search';
import { TimelineStreamReader, type StreamedKind } from '../domain/streamTimeline';
import { chronologicalKey } from '../domain/dates';
import type { TimelineLoad } from '../domain/loadTimeline';
import type { Timeline } from '../domain/schema';
import {
  indexInOrder,
  indexTimeline,
  timeOrder,
  type TimelineIndex,
} from '../domain/timelineIndex';
import { fetchTimelineResponse, readResponseText } from './fetchTimelineText';
import {
  FIRST_RECORDS_MESSAGE_CHARS,
  PROGRESS_MIN_BYTES,
  PROGRESS_STEP,
  RECORDS_MESSAGE_CHARS,
  type FromWorker,
  type ToWorker,
} from './workerProtocol';

/** The loaded timeline, answering searches by title until its full-text index is ready. */
let loaded: TimelineIndex | null = null;
let search: EventSearch | null = null;
/** Whether the full-text index of `loaded` was asked for (built once per worker and timeline). */
let building = false;

function answer(message: FromWorker, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

/**
 * Keeps the timeline for searches: by title at once, by full text once the index is built, which
 * the page asks for when it shows the timeline ('build-search').
 */
function startSearch(index: TimelineIndex): void {
  loaded = index;
  prepareTitleMatch(index);
}

function buildSearch(): void {
  const index = loaded;
  if (index === null || building) return;
  building = true;
  // Built a chunk at a time, so that queries asked meanwhile are answered (by title) at once.
  void buildEventSearchInChunks(index).then((built) => {
    search = built;
    answer({ kind: 'search-ready' });
  });
}

/**
 * A file the stream reader could not follow, read whole: its problem (named by the whole-text
 * reading), or its timeline with the events in time order as one JSON text.
 */
function parseAndAnswer(file: string, text: string): void {
  const load = readTimelineText(file, text);
  if (!load.ok) {
    answer({ kind: 'parsed', load });
    return;
  }
  answerWithEvents({ ...load, timeline: { ...load.timeline, events: [] } }, load.timeline);
}

/**
 * Sends `load` with every event of `timeline` as one JSON text, in time order (so that the page
 * need not sort them again), and keeps the timeline for searches.
 */
function answerWithEvents(
  load: Extract<TimelineLoad, { ok: true }>,
  timeline: Timeline,
  streamed?: Readonly<Record<StreamedKind, number>>,
): void {
  const index = indexTimeline(timeline);
  answer({
    kind: 'parsed',
    load,
    ...(streamed === undefined ? {} : { streamed }),
    events: JSON.stringify(index.events),
  });
  startSearch(index);
}

/**
 * Collects runs of one kind of record into messages of about RECORDS_MESSAGE_CHARS characters
 * (the first one smaller, so that the page can show the first records sooner).
 */
class RecordsOutbox {
  private parts: string[] = [];
  private chars = 0;
  private count = 0;
  sent = 0;

  constructor(private readonly of: StreamedKind) {}

  /** Keeps the records; sends what it holds once that is enough. */
  add(json: string, count: number): void {
    this.parts.push(json);
    this.chars += json.length;
    this.count += count;
    const enough = this.sent === 0 ? FIRST_RECORDS_MESSAGE_CHARS : RECORDS_MESSAGE_CHARS;
    if (this.chars >= enough) this.flush(false);
  }

  /** Sends what it holds; `final` once the whole file has been read. */
  flush(final: boolean): void {
    if (this.count === 0) return;
    const json = this.parts.join(',');
    answer({ kind: 'records', of: this.of, json, count: this.count, final });
    this.sent += this.count;
    this.parts = [];
    this.chars = 0;
    this.count = 0;
  }
}

/**
 * Tells the page how much of the file has arrived, each time about PROGRESS_STEP of the size the
 * server announced has come in (each megabyte where it announced none, or announced the size of
 * a compressed answer, which the bytes read here outgrow). Not for a small file, which comes and
 * goes too fast for a note about it to help.
 */
function progressReporter(response: Response): (read: number) => void {
  const announced = Number(response.headers.get('content-length'));
  const encoding = response.headers.get('content-encoding') ?? 'identity';
  const plain = encoding.trim().toLowerCase() === 'identity';
  const total = plain && Number.isFinite(announced) && announced > 0 ? announced : null;
  const step = total === null ? 1_000_000 : Math.max(1, Math.round(total * PROGRESS_STEP));
  let next = step;
  return (read) => {
    if (read < next || (total ?? read) < PROGRESS_MIN_BYTES) return;
    next = read + step;
    answer({ kind: 'progress', read, total });
  };
}

/**
 * Text is fed to the reader in pieces of at most this many characters: the reader hands on what
 * each piece completes, and a network chunk can hold megabytes, so runs of records stay near their
 * sizes (the first run of events small, to reach the page sooner; each later one a short task for
 * the page to parse).
 */
const FEED_CHARS = 65_536;

/**
 * Fetches the file (or reads the one the reader opened, `blob`, the same way) and checks it as it
 * arrives; reads it whole where that cannot be done.
 */
async function fetchAndAnswer(
  url: string,
  file: string,
  stallMs?: number,
  blob?: Blob,
): Promise<void> {
  const response =
    blob === undefined
      ? await fetchTimelineResponse(url, file, undefined, stallMs)
      : new Response(blob, { headers: { 'content-length': String(blob.size) } });
  if (!(response instanceof Response)) {
    answer({ kind: 'parsed', load: response });
    return;
  }
  const outboxes: Record<StreamedKind, RecordsOutbox> = {
    document: new RecordsOutbox('document'),
    actor: new RecordsOutbox('actor'),
    country: new RecordsOutbox('country'),
    event: new RecordsOutbox('event'),
  };
  // A kind's records are sent before another kind's begin, so that the first events find what
  // came before them.
  let last: StreamedKind | undefined;
  const reader = new TimelineStreamReader((kind, json, count) => {
    if (last !== kind && last !== undefined) outboxes[last].flush(false);
    last = kind;
    outboxes[kind].add(json, count);
  });
  const pieces: string[] = [];
  const problem = await readResponseText(
    response,
    file,
    (text) => {
      pieces.push(text);
      for (let at = 0; at < text.length; at += FEED_CHARS)
        reader.feed(text.slice(at, at + FEED_CHARS));
    },
    undefined,
    progressReporter(response),
    stallMs,
  );
  if (problem !== undefined) {
    answer({ kind: 'parsed', load: problem });
    return;
  }
  const load = reader.finish();
  if (load === undefined) {
    // Not a file the reader could follow: the whole-text reading names what is wrong with it.
    parseAndAnswer(file, pieces.join(''));
    return;
  }
  pieces.length = 0;
  for (const outbox of Object.values(outboxes)) outbox.flush(true);
  const { timeline } = load;
  const streamed = {
    document: outboxes.document.sent,
    actor: outboxes.actor.sent,
    country: outboxes.country.sent,
    event: outboxes.event.sent,
  };
  const records = { documents: [], actors: [], countries: [], events: [] };
  if (reader.revised) {
    // Events sent before the articles came, one of which proved unreadable: the checked ones go
    // whole in place of those sent.
    answerWithEvents({ ...load, timeline: { ...timeline, ...records } }, timeline, streamed);
    return;
  }
  // Ordered here rather than on the page, which may already be showing a first part.
  const keys = timeline.events.map((event) => chronologicalKey(event.date));
  const order = timeOrder(timeline.events, keys);
  const sentOrder = order.slice();
  answer(
    {
      kind: 'parsed',
      load: { ...load, timeline: { ...timeline, ...records } },
      streamed,
      order: sentOrder,
    },
    [sentOrder.buffer],
  );
  startSearch(indexInOrder(timeline, order));
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  switch (message.kind) {
    case 'fetch': {
      void fetchAndAnswer(message.url, message.file, message.stallMs, message.blob);
      return;
    }
    case 'build-search': {
      buildSearch();
      return;
    }
    case 'search': {
      const found = loaded === null ? null : findMatches(loaded, search, message.query);
      answer({ kind: 'matches', id: message.id, ids: found === null ? null : [...found] });
      return;
    }
  }
};
