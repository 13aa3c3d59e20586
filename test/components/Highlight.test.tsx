// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Highlight } from '../../src/components/Highlight';

afterEach(() => cleanup());

describe('Highlight', () => {
  it('marks the words the search finds, keeping the whole text', () => {
    const { container } = render(
      <p>
        <Highlight text="The harbour board met the harbour master." query="harbour" />
      </p>,
    );
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'harbour',
      'harbour',
    ]);
    expect(container.textContent).toBe('The harbour board met the harbour master.');
  });

  it('leaves the text alone for a blank query or no hit', () => {
    for (const query of ['', 'tide']) {
      const { container } = render(
        <p>
          <Highlight text="The harbour board met." query={query} />
        </p>,
      );
      expect(container.querySelector('mark')).toBeNull();
      expect(container.textContent).toBe('The harbour board met.');
      cleanup();
    }
  });

  it('renders markup in the text as text, never as HTML', () => {
    const text = 'Harbour <img src=x onerror=alert(1)> closed; <b>the</b> harbour reopened';
    const { container } = render(
      <p>
        <Highlight text={text} query="harbour" />
      </p>,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toBe(text);
    expect(container.querySelectorAll('mark.search-hit')).toHaveLength(2);
  });
});
