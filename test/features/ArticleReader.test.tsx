// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetNewslineStore, useNewslineStore } from '../../src/state/store';
import { indexTimeline } from '../../src/domain/timelineIndex';
import { TimelineSchema } from '../../src/domain/schema';
import { ArticleReader } from '../../src/features/reader/ArticleReader';
import {
  HARBOUR_TEXT,
  LEAD_PASSAGE,
  MAYOR_PASSAGE,
  PROTEST_PASSAGE,
  readerTimeline,
} from '../fixtures/readerTimeline';

const index = indexTimeline(readerTimeline);

function openReader(eventId: string): HTMLElement {
  useNewslineStore.getState().openReader({ documentId: 'harbour', eventId });
  render(<ArticleReader index={index} />);
  return screen.getByRole('dialog', { name: 'Harbour Council Approves Night Ferry' });
}

beforeEach(() => resetNewslineStore());
afterEach(() => cleanup());

describe('the reading view', () => {
  it('reads a fixture the schema accepts', () => {
    expect(TimelineSchema.safeParse(readerTimeline).success).toBe(true);
  });

  it('shows the whole text exactly, offsets kept, with the furniture dimmed and never marked', () => {
    const reader = openReader('first-crossing');
    expect(reader.querySelector('.reader__text')?.textContent).toBe(HARBOUR_TEXT);
    const furniture = [...reader.querySelectorAll('.reader__furniture')].map((e) => e.textContent);
    expect(furniture).toEqual([
      'Home > Regions > Coast',
      'Photo by: Harbour Office',
      'Share it!',
      'By Ana Lindqvist | Staff Writer - Mon, 03/02/2026 - 09:15',
      '(Word count: 140)',
    ]);
    for (const line of reader.querySelectorAll('.reader__furniture')) {
      expect(line.closest('mark')).toBeNull();
      expect(line.querySelector('mark')).toBeNull();
    }
  });

  it('marks the selected passage strong and the other events’ passages light, inline', () => {
    const reader = openReader('first-crossing');
    const current = reader.querySelectorAll('mark.reader__mark--current');
    expect([...current].map((m) => m.textContent)).toEqual([MAYOR_PASSAGE]);
    const light = reader.querySelectorAll('mark.reader__mark:not(.reader__mark--current)');
    expect([...light].map((m) => m.textContent)).toEqual([
      LEAD_PASSAGE,
      LEAD_PASSAGE,
      PROTEST_PASSAGE,
    ]);
    // Each passage is a control that flows with the text, not a button (an inline block).
    for (const control of within(reader).getAllByRole('button', { name: LEAD_PASSAGE })) {
      expect(control.tagName).toBe('SPAN');
    }
    expect(reader.querySelector('.reader__text button')).toBeNull();
  });

  it('selects another event from its passage with the mouse, keeping the article open', async () => {
    const user = userEvent.setup();
    const reader = openReader('first-crossing');
    await user.click(within(reader).getByRole('button', { name: PROTEST_PASSAGE }));
    expect(useNewslineStore.getState().selectedEventId).toBe('fishermen-protest');
    expect(useNewslineStore.getState().readerDocumentId).toBe('harbour');
    expect(reader.querySelector('mark.reader__mark--current')?.textContent).toBe(PROTEST_PASSAGE);
  });

  it('reaches each passage with Tab and selects it with Enter or Space, keeping focus there', async () => {
    const user = userEvent.setup();
    const reader = openReader('first-crossing');
    expect(screen.getByRole('button', { name: 'Close article' })).toHaveFocus();
    await user.tab();
    const lead = within(reader).getAllByRole('button', { name: LEAD_PASSAGE })[0];
    expect(lead).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(useNewslineStore.getState().selectedEventId).toBe('ferry-approved');
    expect(lead).toHaveFocus();
    expect(lead).toHaveAttribute('aria-current', 'true');
    await user.tab();
    await user.tab();
    await user.tab();
    expect(within(reader).getByRole('button', { name: PROTEST_PASSAGE })).toHaveFocus();
    await user.keyboard(' ');
    expect(useNewslineStore.getState().selectedEventId).toBe('fishermen-protest');
  });

  it('scrolls the new passage into view when the selection changes', async () => {
    const scrolled: string[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this.textContent);
    };
    try {
      const user = userEvent.setup();
      const reader = openReader('first-crossing');
      await user.click(within(reader).getByRole('button', { name: PROTEST_PASSAGE }));
      expect(scrolled).toEqual([MAYOR_PASSAGE, PROTEST_PASSAGE]);
    } finally {
      Element.prototype.scrollIntoView = original;
    }
  });

  it('links to the original only for a web address, in a new tab with no opener or referrer', () => {
    const reader = openReader('first-crossing');
    const link = within(reader).getByRole('link', { name: /Original at gazette\.example/ });
    expect(link).toHaveAttribute('href', 'https://gazette.example/harbour/ferry');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    cleanup();
    useNewslineStore.getState().openReader({ documentId: 'late', eventId: 'timetable-published' });
    render(<ArticleReader index={index} />);
    expect(within(screen.getByRole('dialog')).queryByRole('link')).toBeNull();
    expect(screen.getByRole('dialog').textContent).not.toContain('javascript:');
  });
});
