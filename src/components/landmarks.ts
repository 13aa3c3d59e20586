/**
 * Element ids that one part of the page moves focus to in another (the timeline's Enter key
 * opens the event panel's heading; the skip links lead to the timeline and the list), kept in one
 * place so that neither side hard-codes them.
 */
export const EVENT_DETAILS_HEADING_ID = 'event-details-title';
/** The timeline's rows pane: its one tab stop, where its keys work. */
export const TIMELINE_ROWS_ID = 'timeline-rows';
/** The list's heading (focusable by script only), first of the list. */
export const EVENT_LIST_HEADING_ID = 'event-list-heading';
/** The search box, where focus goes once "Clear search" has emptied it. */
export const SEARCH_INPUT_ID = 'search-input';
