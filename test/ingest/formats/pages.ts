/**
 * Invented news pages for the format tests: one fictional article (a dam on the Ilse river, in
 * the region of Vell) and the page furniture a news site puts around it. None of it is a real
 * article or a real site.
 */

export const HEADLINE = 'Ilse Dam Opens After Six Years of Work';

export const PARAGRAPHS = [
  'The new dam on the Ilse river opened on Tuesday after six years of work, the regional government of Vell said. Officials said it cost 3.1 billion euros, about a third more than planned.',
  'Residents of Lower Ilse, who were moved from their village in 2019, watched the ceremony from the hillside. "We lost our homes for this," said Marta Kos, 71, a former baker.',
  'Governor Piet Halden said the dam would supply power to 400,000 homes and end the floods that struck the valley in 2016 and 2021. Engineers will raise the water level slowly over the coming months.',
];

/** The article's paragraphs as a page writes them. */
export const ARTICLE_BODY = PARAGRAPHS.map((p) => `<p>${p.replace(/"/gu, '&quot;')}</p>`).join(
  '\n',
);

/** A site's furniture: words that must never reach the article text. */
export const FURNITURE = [
  'We use cookies',
  'Accept all cookies',
  'Home',
  'Sport',
  'Weather',
  'Turbo Blender',
  'Share on X',
  'Share on Facebook',
  'Most read',
  'Storm closes the ring road',
  'All rights reserved',
  'About us',
  'Subscribe to our newsletter',
];

export interface PageParts {
  /** Extra elements in <head>. */
  head?: string;
  /** The title element's text. */
  title?: string;
  /** What goes between the article's headline and its paragraphs. */
  byline?: string;
  /** The article's body. */
  body?: string;
  /** Elements before the article, inside <main>. */
  before?: string;
  /** Elements after the article, inside <main>. */
  after?: string;
  /** Whether the article has its own <h1>. */
  h1?: boolean;
}

/** A whole news page around the article: banner, navigation, ads, share buttons, footer. */
export function newsPage(parts: PageParts = {}): string {
  const title = parts.title ?? `${HEADLINE} | The Valley Post`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
${parts.head ?? ''}
<link rel="stylesheet" href="/assets/site.css">
</head>
<body class="article-page">
<div class="cookie-banner" id="cookie-consent">
  <p>We use cookies to improve your experience on our site.</p>
  <button class="accept">Accept all cookies</button> <a href="/privacy">Privacy policy</a>
</div>
<header class="site-header">
  <a href="/" class="logo">The Valley Post</a>
  <nav class="main-nav"><ul>
    <li><a href="/">Home</a></li><li><a href="/news">News</a></li>
    <li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li>
  </ul></nav>
</header>
<div class="ad ad-banner" id="ad-top">Advertisement: the new Turbo Blender, only 49 euros!</div>
<main id="content">
${parts.before ?? ''}
<article class="story">
  ${parts.h1 === false ? '' : `<h1 class="headline">${HEADLINE}</h1>`}
  ${parts.byline ?? ''}
  <div class="share-buttons">
    <a href="https://x.example/share" class="share">Share on X</a>
    <a href="https://facebook.example/share" class="share">Share on Facebook</a>
  </div>
  ${parts.body ?? ARTICLE_BODY}
</article>
${parts.after ?? ''}
<aside class="sidebar">
  <h2>Most read</h2>
  <ul><li><a href="/storm">Storm closes the ring road</a></li>
  <li><a href="/fares">Council votes on bus fares</a></li></ul>
</aside>
</main>
<div class="newsletter"><p>Subscribe to our newsletter</p><input type="email"><button>Sign up</button></div>
<footer class="site-footer">
  <p>© 2024 The Valley Post. All rights reserved.</p>
  <ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li></ul>
</footer>
</body>
</html>
`;
}

export const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
