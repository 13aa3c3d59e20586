/**
 * The worker started with the page: asked for the file at once, its messages kept until the load
 * takes it over, handed to one load only, and stopped when the app wants another file.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startTimelineWorker, takeStartedWorker } from '../../src/load/startedWorker';
import type { FromWorker, ToWorker } from '../../src/load/workerProtocol';

class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  posted: ToWorker[] = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: ToWorker): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** The worker answering the page. */
  reply(data: FromWorker): void {
    this.onmessage?.({ data } as MessageEvent<FromWorker>);
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.made = [];
  takeStartedWorker('', '');
});

function start(url: string, file: string): FakeWorker {
  vi.stubGlobal('Worker', FakeWorker);
  startTimelineWorker(url, file);
  const worker = FakeWorker.made.at(-1);
  if (worker === undefined) throw new Error('no worker was started');
  return worker;
}

describe('startTimelineWorker', () => {
  it('asks for the file at once and keeps what comes back until the load takes the worker', () => {
    const worker = start('http://newsline.test/seeds/timeline.json', 'seeds/timeline.json');
    expect(worker.posted).toEqual([
      {
        kind: 'fetch',
        file: 'seeds/timeline.json',
        url: 'http://newsline.test/seeds/timeline.json',
      },
    ]);
    worker.reply({ kind: 'progress', read: 1, total: 2 });
    worker.reply({ kind: 'records', of: 'document', json: '{}', count: 1, final: false });
    const taken = takeStartedWorker(
      'http://newsline.test/seeds/timeline.json',
      'seeds/timeline.json',
    );
    const heard: FromWorker[] = [];
    taken?.connect(
      (event) => heard.push(event.data),
      () => undefined,
    );
    worker.reply({ kind: 'search-ready' });
    expect(heard.map((m) => m.kind)).toEqual(['progress', 'records', 'search-ready']);
    // One load only: the next one starts its own.
    expect(
      takeStartedWorker('http://newsline.test/seeds/timeline.json', 'seeds/timeline.json'),
    ).toBe(undefined);
  });

  it('stops the worker when the app wants another file', () => {
    const worker = start('http://newsline.test/a.json', 'a.json');
    expect(takeStartedWorker('http://newsline.test/b.json', 'b.json')).toBeUndefined();
    expect(worker.terminated).toBe(true);
  });

  it('starts nothing where there are no workers', () => {
    vi.stubGlobal('Worker', undefined);
    startTimelineWorker('http://newsline.test/a.json', 'a.json');
    expect(takeStartedWorker('http://newsline.test/a.json', 'a.json')).toBeUndefined();
  });
});
