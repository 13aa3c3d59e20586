/**
 * Wires the reader's own articles into the page: reads those kept in the browser once, tells
 * their state which timeline is loaded (their events are made against it), and gives the
 * explorer the loaded timeline with their events joined. The joined timeline is made and indexed
 * a step at a time, each in a task of its own, and shown as a transition, so that a large
 * addition (a long article gives thousands of events) never holds the page for long; meanwhile
 * the previous one stays on screen. A timeline still loading gets none: the reader's events join
 * the whole of it.
 */
import { startTransition, useEffect, useState } from 'react';
import type { TimelineAddition, withAddition as joinAddition } from '../domain/addition';

type WithAddition = typeof joinAddition;
import { runInSteps } from '../domain/tasks';
import { indexSteps, type TimelineIndex } from '../domain/timelineIndex';
import type { TimelineLoadState } from '../load/useTimelineLoad';
import { loadMyArticles, setBaseTimeline, useMyArticlesStore } from '../state/myArticles';

interface Joined {
  readonly base: TimelineIndex;
  readonly addition: TimelineAddition;
  readonly index: TimelineIndex;
}

function* joinSteps(base: TimelineIndex, addition: TimelineAddition, withAddition: WithAddition) {
  const { timeline } = withAddition(base.timeline, addition);
  yield;
  const { index } = yield* indexSteps(timeline);
  return index;
}

export function useWithMyArticles(load: TimelineLoadState): TimelineLoadState {
  const base = load.status === 'ready' && load.stillLoading === undefined ? load.index : undefined;
  useEffect(() => {
    void loadMyArticles();
  }, []);
  useEffect(() => {
    if (base !== undefined) setBaseTimeline(base.timeline);
  }, [base]);
  const addition = useMyArticlesStore((s) => s.addition);
  const [joined, setJoined] = useState<Joined | undefined>();
  useEffect(() => {
    if (base === undefined || addition === undefined) return undefined;
    let current = true;
    // The joining code loads with the first addition (a page with none never needs it).
    void import('../domain/addition')
      .then(({ withAddition }) => runInSteps(joinSteps(base, addition, withAddition)))
      .then((index) => {
        if (current) startTransition(() => setJoined({ base, addition, index }));
      });
    return () => {
      current = false;
    };
  }, [base, addition]);
  if (load.status !== 'ready' || base === undefined || addition === undefined) return load;
  // Until the new one is ready, the last joined timeline of this same loaded one stays shown.
  if (joined === undefined || joined.base !== base) return load;
  return { ...load, index: joined.index };
}
