/**
 * Small articles written for the tests, in the shapes news pages take (headline, furniture,
 * byline, time stamp, body). None of them is a seed article.
 */
export const PARIS_ARTICLE = [
  'French President Emmanuel Macron Warns of Trade War as Talks Stall',
  '',
  'Home > World > Europe',
  '',
  'By Jane Roe',
  'Published: March 3, 2025',
  '',
  'French President Emmanuel Macron warned on Monday that Europe would answer any new tariffs. "We will not be intimidated," he said.',
  '',
  'German Chancellor Friedrich Merz urged calm. Berlin has backed talks with Washington since January.',
  '',
  'Share this article',
  'Related Articles',
].join('\n');

export const LIMA_ARTICLE = [
  'Peru Arrests Former Minister in Bribery Case',
  '',
  'Updated: June 12, 2024',
  '',
  'Peruvian police arrested former Interior Minister Carlos Ruiz on Tuesday, prosecutors said.',
  'Ruiz denied the charges. He said the case was political.',
].join('\n');
