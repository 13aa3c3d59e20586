/**
 * Element ids that one part of the page moves focus to in another (the timeline's Enter key
 * opens the event panel's heading), kept in one place so that neither side hard-codes them.
 */
export const EVENT_DETAILS_HEADING_ID = 'event-details-title';
