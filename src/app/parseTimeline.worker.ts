/** The worker side of parseOffThread: text in, a checked timeline or its problem out. */
import './zodJitless';
import { parseTimelineText } from '../domain/loadTimeline';
import type { ParseRequest } from './parseOffThread';

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  self.postMessage(parseTimelineText(event.data.file, event.data.text));
};
