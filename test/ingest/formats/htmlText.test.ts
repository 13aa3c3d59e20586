import { describe, expect, it } from 'vitest';
import { pageDocument } from '../../../src/ingest/formats/htmlDocument';
import { textBlocks } from '../../../src/ingest/formats/htmlText';

/** The paragraphs of a page's body as the walker reads them, with no Readability in between. */
const blocksOf = (html: string): string[] => textBlocks(pageDocument(html).body);

describe('the plain text of a piece of page', () => {
  it.each<[string, string, string[]]>([
    ['each paragraph on its own', '<p>One.</p><p>Two.</p>', ['One.', 'Two.']],
    [
      'words before and after a block apart from it',
      '<div>Before<p>Inside.</p>after</div>',
      ['Before', 'Inside.', 'after'],
    ],
    ['a line break as a paragraph break', '<p>Line one<br>line two</p>', ['Line one', 'line two']],
    [
      'inline elements within their sentence',
      '<p>A <b>bold</b> <a href="/x">link</a>.</p>',
      ['A bold link.'],
    ],
    ['spaces, tabs and line ends collapsed', '<p>  A \t wide\n\n   gap  </p>', ['A wide gap']],
    ['a no-break space kept inside a line', '<p>3&nbsp;000</p><p>&nbsp;</p>', ['3\u00A0000']],
    [
      'cells of a row on one line',
      '<table><tr><td>2016</td><td>Lower Ilse</td></tr></table>',
      ['2016 Lower Ilse'],
    ],
    ['a <pre> keeping its lines', '<pre>a   b\n\n  c</pre>', ['a b\nc']],
    ['list items apart', '<ul><li>One</li><li>Two</li></ul>', ['One', 'Two']],
    [
      'scripts, styles, frames, drawings, controls and hidden elements dropped',
      '<p>Kept<script>s</script><style>t</style><iframe>f</iframe><svg><text>v</text></svg><button>b</button><textarea>x</textarea><span hidden>h</span>.</p>',
      ['Kept.'],
    ],
    ['comments and CDATA dropped', '<p>A<!-- c --><![CDATA[ d ]]>B</p>', ['AB']],
    ['entities decoded once', '<p>&amp;lt; &lt;b&gt; &eacute;</p>', ['&lt; <b> é']],
  ])('reads %s', (_, html, blocks) => {
    expect(blocksOf(html)).toEqual(blocks);
  });
});
