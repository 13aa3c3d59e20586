/**
 * An event as extraction builds it, before actors get their published ids and before events
 * reported by several articles are merged.
 */
import type { EventDate, EventType } from '../../domain/schema';
import type { Span } from '../text/span';

export interface EventDraft {
  documentId: string;
  /** Stable within the document: offsets of the main passage and a rank within it. */
  localKey: string;
  sources: Span[];
  title: string;
  type: EventType;
  date: EventDate;
  actorKeys: string[];
  subjectKey?: string;
  countries: string[];
  /** Meaning groups of the passage's verbs ("reject", "say"), for merging. */
  senses: string[];
  /**
   * The words whose content words merging compares (the passage, or the phrase of an event it
   * leads with); empty for a report that cannot merge. Read only when merging compares the
   * report with another.
   */
  said: string;
  /** A headline or subheading: kept, but never the reason for a merge. */
  heading: boolean;
}
