/**
 * Imported first by the entry point, for its effect: the timeline's worker starts fetching the
 * file before the rest of the app's code runs (see startedWorker.ts).
 */
import { startTimelineWorker } from './startedWorker';

startTimelineWorker();
