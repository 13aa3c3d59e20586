import { describe, expect, it } from 'vitest';
import { readArticleFile, type ReadArticleFile } from '../../../src/ingest/formats';
import {
  ARTICLE_BODY,
  encode,
  FURNITURE,
  HEADLINE,
  newsPage,
  PARAGRAPHS,
  type PageParts,
} from './pages';

const SITE_HEAD = [
  '<meta property="og:site_name" content="The Valley Post">',
  `<meta property="og:title" content="${HEADLINE} | The Valley Post">`,
  '<link rel="canonical" href="https://valleypost.example/news/ilse-dam-opens">',
].join('\n');

const BYLINE =
  '<p class="byline">By <a rel="author" href="/authors/ana-ruiz">Ana Ruiz</a> · <time datetime="2024-03-05T09:30:00+01:00">5 March 2024</time></p>';

function read(html: string, name = 'dam.html'): ReadArticleFile {
  const result = readArticleFile(name, encode(html));
  if ('error' in result) throw new Error(`unexpected error: ${result.error}`);
  return result;
}

function readPage(parts: PageParts): ReadArticleFile {
  return read(newsPage(parts));
}

describe('a saved web page', () => {
  it('keeps only the article, headline first, and finds its metadata among the furniture', () => {
    const page = readPage({ head: SITE_HEAD, byline: BYLINE });
    expect(page.text).toBe([HEADLINE, ...PARAGRAPHS].join('\n\n'));
    for (const words of FURNITURE) expect(page.text).not.toContain(words);
    expect(page.meta).toEqual({
      title: HEADLINE,
      published: '2024-03-05',
      outlet: 'The Valley Post',
      url: 'https://valleypost.example/news/ilse-dam-opens',
      byline: 'Ana Ruiz',
    });
    expect(page).toMatchObject({ format: 'html', warnings: [] });
  });

  it('reads .htm and .xhtml files as web pages too', () => {
    const html = newsPage({ head: SITE_HEAD, byline: BYLINE });
    expect(read(html, 'dam.htm').text).toBe([HEADLINE, ...PARAGRAPHS].join('\n\n'));
    expect(read(html, 'DAM.XHTML').format).toBe('html');
  });

  it.each<[string, PageParts, string]>([
    [
      "the article's own h1 over the page's titles",
      { head: '<meta property="og:title" content="Dam opens (live updates)">', title: 'Dam!' },
      HEADLINE,
    ],
    [
      'og:title without its " | Site" suffix when the page has no h1',
      { head: SITE_HEAD, h1: false },
      HEADLINE,
    ],
    [
      'the <title> without its " - Site" suffix',
      {
        head: '<meta property="og:site_name" content="The Valley Post">',
        title: `${HEADLINE} - The Valley Post`,
        h1: false,
      },
      HEADLINE,
    ],
    [
      'a suffix that is not the site name kept',
      {
        head: '<meta property="og:site_name" content="The Valley Post">',
        title: 'Vote Count | Day Two',
        h1: false,
      },
      'Vote Count | Day Two',
    ],
  ])('takes as headline %s', (_, parts, headline) => {
    const page = readPage(parts);
    expect(page.meta.title).toBe(headline);
    expect(page.text.split('\n')[0]).toBe(headline);
    // The headline is not repeated as the first paragraph.
    expect(page.text.split('\n\n')[1]).toBe(PARAGRAPHS[0]);
  });

  it("never takes the site's name in an <h1> of the header for the headline", () => {
    const html = newsPage({ head: SITE_HEAD }).replace(
      '<a href="/" class="logo">The Valley Post</a>',
      '<h1 class="logo"><a href="/">The Valley Post</a></h1>',
    );
    expect(read(html).meta.title).toBe(HEADLINE);
  });

  it.each<[string, string, Partial<ReadArticleFile['meta']>]>([
    [
      'author meta and application-name',
      '<meta name="author" content="Tom Baker"><meta name="application-name" content="Valley Post">',
      { byline: 'Tom Baker', outlet: 'Valley Post' },
    ],
    [
      'JSON-LD author and publisher',
      `<script type="application/ld+json">${JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: HEADLINE,
        author: [{ '@type': 'Person', name: 'Lena Moss' }],
        publisher: { '@type': 'Organization', name: 'Valley Post Media' },
      })}</script>`,
      { byline: 'Lena Moss', outlet: 'Valley Post Media' },
    ],
    [
      'og:url when the canonical link is relative',
      '<link rel="canonical" href="/news/dam"><meta property="og:url" content="https://valleypost.example/news/dam">',
      { url: 'https://valleypost.example/news/dam' },
    ],
  ])('reads %s', (_, head, meta) => {
    expect(readPage({ head }).meta).toMatchObject(meta);
  });

  it('leaves the publication date out when the page gives none', () => {
    const page = readPage({ head: SITE_HEAD });
    expect(page.meta.published).toBeUndefined();
    expect(page.meta.title).toBe(HEADLINE);
  });

  const related = (datetime: string): string =>
    `<aside class="related"><h2>Earlier</h2><p><time datetime="${datetime}">Then</time> <a href="/old">Dam plan approved</a></p></aside>`;
  it.each<[string, PageParts, string]>([
    [
      "article:published_time over the page's date meta, JSON-LD dateModified and a related story's time",
      {
        head: [
          '<meta name="date" content="2024-03-07">',
          '<meta property="article:published_time" content="2024-03-05T22:30:00-05:00">',
          '<meta property="article:modified_time" content="2024-03-07T08:00:00Z">',
          `<script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2024-03-07"}</script>`,
        ].join('\n'),
        after: related('2023-11-20'),
      },
      '2024-03-05',
    ],
    [
      "the article's <time> over a <time> of another story that comes first on the page",
      {
        before:
          '<div class="latest"><time datetime="2023-11-20">Nov 20</time> Dam plan approved</div>',
        byline: BYLINE,
      },
      '2024-03-05',
    ],
    [
      'JSON-LD datePublished of the article over the "date" meta',
      {
        head: [
          '<meta name="date" content="2024-03-09">',
          `<script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2020-01-01"},{"@type":"NewsArticle","datePublished":"2024-03-05T10:00:00Z","dateModified":"2024-03-09"}]}</script>`,
        ].join('\n'),
      },
      '2024-03-05',
    ],
    [
      'the next source when the first is not a date (ignored, not thrown)',
      {
        head: '<meta property="article:published_time" content="soon"><meta name="DC.date" content="Tue, 05 Mar 2024 09:00:00 GMT">',
      },
      '2024-03-05',
    ],
    [
      'a date meta written out in words',
      { head: '<meta name="pubdate" content="March 5, 2024">' },
      '2024-03-05',
    ],
  ])('dates the article by %s', (_, parts, published) => {
    expect(readPage(parts).meta.published).toBe(published);
  });

  it('skips a publication date that is no calendar day', () => {
    const page = readPage({
      head: '<meta property="article:published_time" content="2024-02-30">',
    });
    expect(page.meta.published).toBeUndefined();
  });

  it('decodes entities and keeps non-Latin scripts as they are', () => {
    const html = `<!doctype html><html><head><meta charset="utf-8">
<meta property="og:site_name" content="Ημερήσια Νέα"></head><body><article>
<h1>Ο φράγμα της Ίλσε άνοιξε &amp; γιορτάστηκε</h1>
<p>Caf&eacute; owners in Vell paid &euro;3&nbsp;000 for the &ldquo;opening&rdquo; &#8212; a fee they called &lt;unfair&gt;.</p>
<p>Η περιφέρεια είπε ότι το έργο κόστισε 3,1 δισεκατομμύρια ευρώ. Οι κάτοικοι παρακολούθησαν την τελετή.</p>
<p>ダムの開通式には多くの住民が集まった。العمدة قال إن السد سيوفر الكهرباء لأربعمائة ألف منزل.</p>
</article></body></html>`;
    const page = read(html);
    expect(page.text).toBe(
      [
        'Ο φράγμα της Ίλσε άνοιξε & γιορτάστηκε',
        'Café owners in Vell paid €3\u00A0000 for the “opening” — a fee they called <unfair>.',
        'Η περιφέρεια είπε ότι το έργο κόστισε 3,1 δισεκατομμύρια ευρώ. Οι κάτοικοι παρακολούθησαν την τελετή.',
        'ダムの開通式には多くの住民が集まった。العمدة قال إن السد سيوفر الكهرباء لأربعمائة ألف منزل.',
      ].join('\n\n'),
    );
    expect(page.meta.outlet).toBe('Ημερήσια Νέα');
  });

  it('separates block elements into paragraphs and collapses the spaces within them', () => {
    const body = [
      '<p>The dam   was\n   opened by <b>Governor</b> <a href="/halden">Piet Halden</a>, who spoke for ten minutes.</p>',
      '<blockquote>We have waited long enough.</blockquote>',
      '<ul><li>Cost: 3.1 billion euros</li><li>Homes supplied: 400,000</li></ul>',
      '<p>First line<br>second line</p>',
      '<div>Words before a block<p>and a block of their own.</p>then words after it</div>',
      '<figure><img src="dam.jpg" alt="The dam at dawn"><figcaption>The dam at dawn on Tuesday.</figcaption></figure>',
      '<table><tr><th>Year</th><th>Flood</th></tr><tr><td>2016</td><td>Lower Ilse</td></tr></table>',
      '<pre>  Level   1: 12 m\n  Level 2: 14 m</pre>',
    ].join('\n');
    const page = readPage({ body });
    expect(page.text.split('\n\n')).toEqual([
      HEADLINE,
      'The dam was opened by Governor Piet Halden, who spoke for ten minutes.',
      'We have waited long enough.',
      'Cost: 3.1 billion euros',
      'Homes supplied: 400,000',
      'First line',
      'second line',
      'Words before a block',
      'and a block of their own.',
      'then words after it',
      'The dam at dawn on Tuesday.',
      'Year Flood',
      '2016 Lower Ilse',
      'Level 1: 12 m\nLevel 2: 14 m',
    ]);
  });

  it('reads a fragment without <html>, <head> or <body>', () => {
    const page = read(`<title>${HEADLINE}</title><h1>${HEADLINE}</h1>${ARTICLE_BODY}`);
    expect(page.text).toBe([HEADLINE, ...PARAGRAPHS].join('\n\n'));
  });
});

describe('a hostile web page', () => {
  const FLAG = '__newslineFormatsRan';
  const parts: PageParts = {
    head: [
      `<script>globalThis.${FLAG} = 'head script'; document.write('HOSTILE-HEAD')</script>`,
      '<style>body::after { content: "HOSTILE-STYLE" }</style>',
      '<link rel="canonical" href="javascript:alert(1)">',
      '<meta property="og:url" content="  javascript:alert(2)">',
      `<meta http-equiv="refresh" content="0; url=javascript:globalThis.${FLAG}=1">`,
    ].join('\n'),
    byline: `<p class="byline">By Ana Ruiz <img src="x" onerror="globalThis.${FLAG}='onerror'"></p>`,
    body: [
      `<script>globalThis.${FLAG} = 'body script'; var s = "HOSTILE-SCRIPT";</script>`,
      `<p onclick="globalThis.${FLAG}='onclick'">${PARAGRAPHS[0] ?? ''} <a href="javascript:globalThis.${FLAG}='link'">Read more</a></p>`,
      '<!-- HOSTILE-COMMENT -->',
      `<p>${PARAGRAPHS[1] ?? ''}<![CDATA[ HOSTILE-CDATA ]]></p>`,
      '<iframe src="https://ads.example/frame" srcdoc="<p>HOSTILE-IFRAME</p>">HOSTILE-IFRAME-TEXT</iframe>',
      '<style>.x { color: red } /* HOSTILE-STYLE-2 */</style>',
      `<svg onload="globalThis.${FLAG}='svg'"><text>HOSTILE-SVG</text><script>HOSTILE-SVG-SCRIPT</script></svg>`,
      '<object data="movie.swf">HOSTILE-OBJECT</object><embed src="x.swf">',
      '<noscript>HOSTILE-NOSCRIPT</noscript><template><p>HOSTILE-TEMPLATE</p></template>',
      '<form action="javascript:void(0)"><input value="HOSTILE-INPUT"></form>',
      '<div><textarea>HOSTILE-TEXTAREA</textarea><select><option>HOSTILE-OPTION</option></select><button>HOSTILE-BUTTON</button></div>',
      `<p>${PARAGRAPHS[2] ?? ''}</p>`,
      '<div hidden>HOSTILE-HIDDEN</div>',
    ].join('\n'),
  };
  const hostile = newsPage(parts);
  // Nested deeper than Readability is given: the page's main part is read without it.
  const deep = (html: string): string =>
    `${'<div class="wrap">'.repeat(250)}${html}${'</div>'.repeat(250)}`;
  const hostileTooDeep = newsPage({ ...parts, body: deep(parts.body ?? '') });

  it.each([
    ['read by Readability', hostile],
    ['read without Readability (too deep for it)', hostileTooDeep],
  ])('runs nothing of the page %s', (_, html) => {
    read(html);
    expect((globalThis as Record<string, unknown>)[FLAG]).toBeUndefined();
  });

  it.each([
    ['read by Readability', hostile, []],
    ['read without Readability (too deep for it)', hostileTooDeep, [expect.any(String)]],
  ])(
    'keeps none of its scripts, handlers, frames, styles, comments or CDATA in the text %s',
    (_, html, warnings) => {
      const page = read(html);
      expect(page.text).not.toMatch(/HOSTILE|javascript|globalThis|onerror|onclick|alert/u);
      expect(page.text).not.toMatch(/[<>]/u);
      expect(page.text.split('\n\n')).toEqual([
        HEADLINE,
        `${PARAGRAPHS[0] ?? ''} Read more`,
        PARAGRAPHS[1],
        PARAGRAPHS[2],
      ]);
      expect(page.warnings).toEqual(warnings);
    },
  );

  it('keeps no javascript: address as the url', () => {
    expect(read(hostile).meta.url).toBeUndefined();
  });
});

describe('a web page without an article', () => {
  it.each([
    [
      'an empty body',
      '<!doctype html><html><head><title>Nothing</title></head><body></body></html>',
    ],
    [
      'only scripts and styles',
      '<html><body><script>var a = 1;</script><style>p{}</style></body></html>',
    ],
    ['only comments', '<html><body><!-- draft: the dam opened --></body></html>'],
    [
      'only its navigation',
      '<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>',
    ],
    ['a headline and nothing under it', `<html><body><h1>${HEADLINE}</h1></body></html>`],
  ])('is refused when it holds %s', (_, html) => {
    expect(readArticleFile('page.html', encode(html))).toEqual({
      error: 'no article text was found in the page',
    });
  });
});

describe('a web page too large or too deep', () => {
  it("reads a page too deep for Readability from its article, without the site's furniture", () => {
    const deep = (html: string, depth: number): string =>
      `${'<div class="wrap">'.repeat(depth)}${html}${'</div>'.repeat(depth)}`;
    const page = readPage({ head: SITE_HEAD, body: deep(ARTICLE_BODY, 250) });
    expect(page.text).toBe([HEADLINE, ...PARAGRAPHS].join('\n\n'));
    for (const words of FURNITURE) expect(page.text).not.toContain(words);
    expect(page.warnings).toEqual([expect.stringMatching(/too large for its article to be told/u)]);
  });

  it('refuses a page nested thousands deep, before parsing it', () => {
    const html = `<html><body>${'<div>'.repeat(5000)}<p>Deep.</p>${'</div>'.repeat(5000)}</body></html>`;
    expect(readArticleFile('deep.html', encode(html))).toEqual({
      error: expect.stringMatching(/nest more than 3,000 deep/u),
    });
  });

  it.each([
    ['unclosed paragraphs', '<p>One.'.repeat(5000)],
    ['unclosed list items', `<ul>${'<li>Item.'.repeat(5000)}</ul>`],
    ['tags in a script', `<script>${'"<div>"+'.repeat(5000)}""</script><p>Words.</p>`],
    ['tags in a comment', `<!-- ${'<div>'.repeat(5000)} --><p>Words.</p>`],
    ['stray end tags', `${'</div></span>'.repeat(5000)}<p>Words.</p>`],
  ])('does not take %s for depth', (_, html) => {
    expect(
      'error' in readArticleFile('flat.html', encode(`<html><body>${html}</body></html>`)),
    ).toBe(false);
  });
});
