import { describe, expect, it } from 'vitest';
import { readLayout } from '../../src/ingest/text/layout';
import { readMetadata } from '../../src/ingest/metadata';

describe('page furniture and headings', () => {
  const rows: [string, string, string][] = [
    ['a breadcrumb trail', 'Home > Politics > World', 'furniture'],
    ['a photo credit', 'Photo by:   Reuters', 'furniture'],
    ['an image source line', 'Image source: News agencies', 'furniture'],
    ['a share prompt', 'Share it!', 'furniture'],
    ['a comments label', 'Comments', 'furniture'],
    ['a related-articles block title', 'Related Articles', 'furniture'],
    ['a recommendation block title', 'You May Like', 'furniture'],
    ['a newsletter prompt', 'Newsletter', 'furniture'],
    ['a word count', '(Word count: 712)', 'furniture'],
    ["an agency's staff credit", '(Reporting by Ana Ruiz; Editing by Sam Holmes)', 'furniture'],
    [
      'a file photo caption',
      'FILE PHOTO: A man walks past the central bank in Tokyo.',
      'furniture',
    ],
    ['a reading time', '4 min read', 'furniture'],
    ['a bare section label in capitals', 'POLITICS', 'furniture'],
    ['a time stamp', 'Updated: January 5, 2026', 'byline'],
    [
      'a byline with role and date',
      'Jane Roe By Jane Roe | Reporter - Mon, 01/05/2026 - 11:33',
      'byline',
    ],
    ['a name with a role after a dot', 'Jane Roe· Staff Writer', 'byline'],
    ['a subheading in title case', 'Escalating Border Tensions', 'heading'],
    ['a subheading with a comma', 'Broader Regional, Global Warnings', 'heading'],
    ['a bullet', '• Full respect for national sovereignty', 'bullet'],
    ['a paragraph', 'The minister said the talks would resume on Monday.', 'body'],
    [
      'a paragraph ending with a colon',
      'She outlined five pillars for a renewed integration:',
      'body',
    ],
  ];
  it.each(rows)('%s', (_name, line, kind) => {
    // The headline comes first so that the line under test is not taken for it.
    const blocks = readLayout(`Main Headline Of The Day\n\n${line}\n`);
    expect(blocks[1]?.kind).toBe(kind);
  });

  it('marks the first heading as the headline and its repetitions too', () => {
    const text =
      'Talks Resume in Geneva\n\nPOLITICS\n\nTalks Resume in Geneva\n\nThe talks resumed.\n';
    expect(readLayout(text).map((b) => b.kind)).toEqual([
      'headline',
      'furniture',
      'headline',
      'body',
    ]);
  });

  it('marks a repeated paragraph as a copy of the first one', () => {
    const p = 'The minister said the talks would resume on Monday.';
    const blocks = readLayout(`Headline Here\n\n${p}\n\nAnother paragraph here.\n\n${p}\n`);
    expect(blocks.map((b) => b.duplicateOf)).toEqual([undefined, undefined, undefined, 1]);
  });

  it('keeps offsets of the raw text, with CRLF line ends', () => {
    const raw = 'Headline Here\r\n\r\nFirst paragraph here.\r\n';
    for (const b of readLayout(raw)) expect(raw.slice(b.start, b.end)).toBe(b.text);
  });
});

describe('metadata read from the page', () => {
  const rows: [string, string, { title: string; byline?: string; published?: string }][] = [
    [
      'a time stamp line and a bare byline',
      'Big Storm Hits Coast\n\nPOLITICS\n\nJane Roe\nUpdated: January 5, 2026\nThe storm hit.',
      { title: 'Big Storm Hits Coast', byline: 'Jane Roe', published: '2026-01-05' },
    ],
    [
      'a byline with a numeric date',
      'Rates Rise Again\nHome > Economy > Article\nJane Roe By Jane Roe | Analyst - Mon, 01/05/2026 - 11:33\n\nRates rose.',
      { title: 'Rates Rise Again', byline: 'Jane Roe', published: '2026-01-05' },
    ],
    [
      'a dateline at the start of the first paragraph',
      'Floods in the North\n\nLima, March 3, 2025 – Heavy rain flooded the north of the country.',
      { title: 'Floods in the North', published: '2025-03-03' },
    ],
    [
      'a sentence-case headline and an agency byline in capitals',
      'EU leaders agree on new sanctions\n\nBy MARIA SANCHEZ and TOM BAKER\nPublished 4:12 PM GMT+1, March 14, 2025\n\nBRUSSELS (AP) — Leaders agreed.',
      {
        title: 'EU leaders agree on new sanctions',
        byline: 'Maria Sanchez and Tom Baker',
        published: '2025-03-14',
      },
    ],
    [
      "a bare name above the author's role",
      'Martial Law Declared\n\n3 December 2024\nShare\n\nJean Mackenzie\nSeoul correspondent\n\nThe president declared martial law.',
      { title: 'Martial Law Declared', byline: 'Jean Mackenzie', published: '2024-12-03' },
    ],
    [
      'a standfirst, a reporter with the place filed from, and a time stamp',
      'Lula vows to protect the Amazon\n\nRates of forest loss dropped by a third, figures show\n\nTom Phillips in Rio de Janeiro\nWed 8 Nov 2023 14.02 GMT\n\nBrazil’s president has vowed to end deforestation.',
      { title: 'Lula vows to protect the Amazon', byline: 'Tom Phillips', published: '2023-11-08' },
    ],
    [
      'a page with no date',
      'Floods in the North\n\nHeavy rain flooded the north of the country.',
      { title: 'Floods in the North' },
    ],
  ];
  it.each(rows)('%s', (_name, text, expected) => {
    expect(readMetadata(readLayout(text))).toEqual(expected);
  });
});
