/**
 * The in-page side of the benchmark, injected before any page script runs. It times from inside
 * the page, so that no round trip to the driver is counted: the first drawn event (the frame
 * after `.event-item` appears), how long an action takes until the screen shows its result (from
 * the input event to the frame after the last DOM change it caused), frame times while zooming,
 * and long tasks. It is a plain script string because the driver's TypeScript runner rewrites
 * functions in ways that would not survive being sent to the page.
 */

/** What counts as drawn events: the app's and the baseline's items. */
export const DRAWN_SELECTOR = '.event-item';

export const PROBE_SCRIPT = String.raw`
(() => {
  const DRAWN = ${JSON.stringify(DRAWN_SELECTOR)};
  const state = {
    firstDrawnAt: null,
    lastMutationAt: 0,
    lastPaintAt: 0,
    mutationsSinceArm: 0,
    longTasks: [],
    armed: false,
    t0: null,
    frames: null,
  };
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        state.longTasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) {
    state.longTaskError = String(error);
  }

  // vis-timeline's current-time line moves on a timer; it is not a result of anything measured.
  const isClockTick = (record) => {
    const target = record.target;
    const el = target.nodeType === 1 ? target : target.parentElement;
    return el !== null && el.closest('.vis-current-time') !== null;
  };
  const onMutations = (records) => {
    if (records.every(isClockTick)) return;
    state.lastMutationAt = performance.now();
    state.mutationsSinceArm += 1;
    requestAnimationFrame(() => {
      state.lastPaintAt = performance.now();
    });
    if (state.firstDrawnAt === null && document.querySelector(DRAWN) !== null) {
      requestAnimationFrame(() => {
        if (state.firstDrawnAt === null) state.firstDrawnAt = performance.now();
      });
    }
  };
  new MutationObserver(onMutations).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });

  for (const type of ['pointerdown', 'mousedown', 'keydown', 'input', 'change', 'wheel']) {
    window.addEventListener(
      type,
      () => {
        if (state.armed && state.t0 === null) state.t0 = performance.now();
      },
      { capture: true },
    );
  }

  const accessibleName = (el) => {
    const label = el.getAttribute('aria-label');
    if (label !== null) return label.trim();
    const ids = el.getAttribute('aria-labelledby');
    if (ids === null) return '';
    return ids
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
  };
  const detailsPanel = () => {
    const candidates = document.querySelectorAll(
      'aside, section, [role=region], [role=complementary], [role=dialog]',
    );
    for (const el of candidates) if (accessibleName(el) === 'Event details') return el;
    return null;
  };
  const drawnSignature = () => {
    const items = document.querySelectorAll(DRAWN);
    let signature = String(items.length);
    for (let i = 0; i < Math.min(items.length, 50); i++) {
      const el = items[i];
      signature += '|' + (el.getAttribute('data-event-id') ?? el.querySelector('[data-event-id]')?.getAttribute('data-event-id') ?? el.textContent);
    }
    return signature;
  };
  const panelText = () => detailsPanel()?.textContent ?? null;

  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  window.__bench = {
    async firstDrawn() {
      while (state.firstDrawnAt === null) await sleep(20);
      return state.firstDrawnAt;
    },
    /** Waits until the DOM has been still for quietMs; returns how long that took to begin. */
    async quiet(quietMs, capMs) {
      const start = performance.now();
      while (performance.now() - state.lastMutationAt < quietMs) {
        if (performance.now() - start > capMs) return { settled: false };
        await sleep(25);
      }
      return { settled: true, at: state.lastMutationAt };
    },
    arm() {
      state.armed = true;
      state.t0 = null;
      state.mutationsSinceArm = 0;
      state.before = { drawn: drawnSignature(), panel: panelText() };
    },
    /**
     * Resolves once the awaited change is on screen and the DOM has then been still for quietMs:
     * the latency is from the input event to the frame after the last mutation.
     */
    async settle(kind, quietMs) {
      const changed = () => {
        if (kind === 'drawn') return drawnSignature() !== state.before.drawn;
        if (kind === 'panel') {
          const text = panelText();
          return text !== null && text.trim() !== '' && text !== state.before.panel;
        }
        return state.mutationsSinceArm > 0;
      };
      for (;;) {
        await sleep(20);
        if (state.t0 === null) continue;
        const still = performance.now() - Math.max(state.lastMutationAt, state.t0);
        if (still < quietMs) continue;
        const ok = changed();
        // A change that never comes is reported, not waited for forever.
        if (!ok && still < 3000) continue;
        state.armed = false;
        const end = Math.max(state.lastPaintAt, state.lastMutationAt);
        return { ms: Math.max(0, end - state.t0), changed: ok };
      }
    },
    startFrames() {
      state.frames = [];
      const tick = (t) => {
        if (state.frames === null) return;
        state.frames.push(t);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    stopFrames() {
      const frames = state.frames ?? [];
      state.frames = null;
      const gaps = [];
      for (let i = 1; i < frames.length; i++) gaps.push(frames[i] - frames[i - 1]);
      if (gaps.length === 0) return null;
      const total = frames[frames.length - 1] - frames[0];
      // The 95th percentile: the gap that 95 in 100 frames come within (nearest rank).
      const ranked = gaps.slice().sort((a, b) => a - b);
      const p95 = ranked[Math.min(ranked.length - 1, Math.ceil(ranked.length * 0.95) - 1)];
      return { mean: total / gaps.length, p95, max: Math.max(...gaps), frames: gaps.length };
    },
    longTasksAfter(t) {
      const after = state.longTasks.filter((task) => task.start + task.duration >= t);
      return {
        over200: after.filter((task) => task.duration > 200).length,
        longest: after.reduce((m, task) => Math.max(m, task.duration), 0),
        supported: state.longTaskError === undefined,
      };
    },
    now() {
      return performance.now();
    },
  };
})();
`;
