/**
 * Reading one JSON object's text as it arrives, chunk by chunk, without parsing it whole: each
 * member is handed on as its key and the JSON text of its value, except that the members named
 * in `splits` whose value is an array are handed on a run of whole elements at a time (as
 * `e1,e2,…`, ready for `JSON.parse('[' + text + ']')`), as soon as each run has arrived. This is
 * what lets a large timeline file be checked and drawn while it is still downloading.
 *
 * The splitter finds where values begin and end (strings, escapes and nesting); it does not check
 * what is inside them, so every piece of text it hands on must still go through JSON.parse, which
 * catches the rest. Anything it cannot follow (not an object, a missing comma or colon, text
 * after the closing brace, a value cut short) stops it with a problem; a caller then reads the
 * whole text the usual way, which names the fault.
 */

/** Where the pieces of the object go, in the order they appear in the text. */
export interface JsonObjectSink {
  /** A member not split: its key and its value's JSON text. */
  member(key: string, json: string): void;
  /** The array of a split member begins. */
  arrayStart(key: string): void;
  /** `count` whole elements of that array, in order, as their JSON text joined by commas. */
  elements(key: string, json: string, count: number): void;
  /** The array of a split member is complete. */
  arrayEnd(key: string): void;
}

// Where the splitter is in the object's grammar.
const START = 0;
const FIRST_KEY = 1;
const NEXT_KEY = 2;
const KEY = 3;
const COLON = 4;
const VALUE = 5;
const MEMBER = 6;
const AFTER_MEMBER = 7;
const FIRST_ELEMENT = 8;
const NEXT_ELEMENT = 9;
const ELEMENT = 10;
const AFTER_ELEMENT = 11;
const DONE = 12;
const FAILED = 13;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON_CHAR = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i += 1;
  return i;
}

/** True where a literal (number, true, false, null) ends. */
function endsLiteral(code: number): boolean {
  return code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || isSpace(code);
}

export class JsonObjectSplitter {
  private state = START;
  private key = '';
  private readonly seenKeys = new Set<string>();
  /** Text of the value (or run of elements) being read that arrived in earlier chunks. */
  private pieces: string[] = [];
  private capturing = false;
  /** Whole elements held (in `pieces` and this chunk) but not yet handed on. */
  private held = 0;
  // One value being scanned: its nesting depth, whether inside a string, whether the next
  // character is escaped, whether it is a literal.
  private depth = 0;
  private inString = false;
  private escaped = false;
  private literal = false;
  private literalLength = 0;
  private literalDone = false;
  private consumed = 0;
  private fault: string | undefined;

  constructor(
    private readonly splits: ReadonlySet<string>,
    private readonly sink: JsonObjectSink,
  ) {}

  /** Why the text could not be followed, once it could not. */
  get problem(): string | undefined {
    return this.fault;
  }

  /** Reads the next piece of the text. Pieces may break anywhere, even inside an escape. */
  feed(chunk: string): void {
    if (this.state === FAILED) return;
    const n = chunk.length;
    let i = 0;
    // Where this chunk's share of the text being captured begins (-1: nothing captured).
    let capture = this.capturing ? 0 : -1;
    let heldEnd = -1;
    let elementStart = -1;
    while (i < n) {
      switch (this.state) {
        case START: {
          i = skipSpace(chunk, i);
          if (i === n) break;
          if (chunk.charCodeAt(i) !== OPEN_BRACE)
            return this.fail('the text is not a JSON object', i);
          i += 1;
          this.state = FIRST_KEY;
          break;
        }
        case FIRST_KEY:
        case NEXT_KEY: {
          i = skipSpace(chunk, i);
          if (i === n) break;
          const code = chunk.charCodeAt(i);
          if (code === CLOSE_BRACE && this.state === FIRST_KEY) {
            i += 1;
            this.state = DONE;
            break;
          }
          if (code !== QUOTE) return this.fail('expected a member name', i);
          capture = i;
          this.capturing = true;
          i = this.beginValue(chunk, i);
          this.state = KEY;
          break;
        }
        case KEY: {
          i = this.scan(chunk, i);
          if (this.isScanning()) break;
          const text = this.takeCapture(chunk, capture, i);
          capture = -1;
          try {
            this.key = JSON.parse(text) as string;
          } catch {
            return this.fail('a member name is not a valid string', i);
          }
          if (this.seenKeys.has(this.key)) return this.fail(`"${this.key}" appears twice`, i);
          this.seenKeys.add(this.key);
          this.state = COLON;
          break;
        }
        case COLON: {
          i = skipSpace(chunk, i);
          if (i === n) break;
          if (chunk.charCodeAt(i) !== COLON_CHAR) return this.fail('expected ":"', i);
          i += 1;
          this.state = VALUE;
          break;
        }
        case VALUE: {
          i = skipSpace(chunk, i);
          if (i === n) break;
          if (this.splits.has(this.key) && chunk.charCodeAt(i) === OPEN_BRACKET) {
            i += 1;
            this.sink.arrayStart(this.key);
            this.state = FIRST_ELEMENT;
            break;
          }
          capture = i;
          this.capturing = true;
          i = this.beginValue(chunk, i);
          this.state = MEMBER;
          break;
        }
        case MEMBER: {
          i = this.scan(chunk, i);
          if (this.isScanning()) break;
          if (this.literal && this.literalLength === 0) return this.fail('expected a value', i);
          this.literal = false;
          this.sink.member(this.key, this.takeCapture(chunk, capture, i));
          capture = -1;
          this.state = AFTER_MEMBER;
          break;
        }
        case AFTER_MEMBER: {
          i = skipSpace(chunk, i);
          if (i === n) break;
          const code = chunk.charCodeAt(i);
          i += 1;
          if (code === COMMA) this.state = NEXT_KEY;
          else if (code === CLOSE_BRACE) this.state = DONE;
          else return this.fail('expected "," or "}"', i - 1);
          break;
        }
        case FIRST_ELEMENT:
        case NEXT_ELEMENT: {
          i = skipSpace(chunk, i);
          if (i === n) break;
          if (chunk.charCodeAt(i) === CLOSE_BRACKET) {
            if (this.state === NEXT_ELEMENT) return this.fail('a comma before "]"', i);
            i += 1;
            this.sink.arrayEnd(this.key);
            this.state = AFTER_MEMBER;
            break;
          }
          if (this.held === 0) {
            capture = i;
            this.capturing = true;
          }
          elementStart = i;
          i = this.beginValue(chunk, i);
          this.state = ELEMENT;
          break;
        }
        case ELEMENT: {
          i = this.scan(chunk, i);
          if (this.isScanning()) break;
          if (this.literal && this.literalLength === 0) return this.fail('expected a value', i);
          this.literal = false;
          this.held += 1;
          heldEnd = i;
          this.state = AFTER_ELEMENT;
          break;
        }
        case AFTER_ELEMENT: {
          i = skipSpace(chunk, i);
          if (i === n) break;
          const code = chunk.charCodeAt(i);
          if (code === COMMA) {
            i += 1;
            this.state = NEXT_ELEMENT;
          } else if (code === CLOSE_BRACKET) {
            this.handOnHeld(chunk, capture, heldEnd);
            capture = -1;
            i += 1;
            this.sink.arrayEnd(this.key);
            this.state = AFTER_MEMBER;
          } else return this.fail('expected "," or "]"', i);
          break;
        }
        case DONE: {
          i = skipSpace(chunk, i);
          if (i < n) return this.fail('text after the end of the object', i);
          break;
        }
        default:
          return;
      }
    }
    // The chunk is read: hand on the whole elements it completed and keep what is unfinished.
    if (this.held > 0 && heldEnd >= 0) {
      this.handOnHeld(chunk, capture, heldEnd);
      if (this.state === ELEMENT) {
        this.pieces = [chunk.slice(elementStart)];
        this.capturing = true;
      }
    } else if (this.capturing && capture >= 0) {
      this.pieces.push(capture === 0 ? chunk : chunk.slice(capture));
    }
    this.consumed += n;
  }

  /**
   * Whether the text read so far is the start of one object that it stops short of: no fault,
   * and the object not closed. What a file cut off mid-download looks like.
   */
  get cutShort(): boolean {
    return this.state !== FAILED && this.state !== DONE && this.consumed > 0;
  }

  /** Ends the text: true when it held one whole object and nothing after it. */
  end(): boolean {
    if (this.state === FAILED) return false;
    if (this.state !== DONE) {
      this.fail('the text ends before the object does', 0);
      return false;
    }
    return true;
  }

  private fail(reason: string, at: number): void {
    this.state = FAILED;
    this.fault = `${reason} (near character ${this.consumed + at})`;
    this.pieces = [];
  }

  private isScanning(): boolean {
    return this.literal ? !this.literalDone : this.inString || this.depth > 0;
  }

  private handOnHeld(chunk: string, capture: number, heldEnd: number): void {
    const count = this.held;
    this.held = 0;
    const text = this.takeCapture(chunk, capture, heldEnd);
    this.sink.elements(this.key, text, count);
  }

  /** The captured text from earlier chunks and this one's part up to `end`. */
  private takeCapture(chunk: string, capture: number, end: number): string {
    const here = capture >= 0 ? chunk.slice(capture, end) : '';
    const text = this.pieces.length === 0 ? here : this.pieces.join('') + here;
    this.pieces = [];
    this.capturing = false;
    return text;
  }

  /** Starts scanning the value whose first character is at `i`; returns where to go on. */
  private beginValue(chunk: string, i: number): number {
    const code = chunk.charCodeAt(i);
    this.escaped = false;
    if (code === QUOTE) {
      this.inString = true;
      this.depth = 0;
      return i + 1;
    }
    if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      this.inString = false;
      this.depth = 1;
      return i + 1;
    }
    this.literal = true;
    this.literalLength = 0;
    this.literalDone = false;
    this.inString = false;
    this.depth = 0;
    return i;
  }

  /**
   * Scans on through the current value from `from`; returns where it stopped: just after the
   * value when it is complete, or the chunk's end when more text is needed.
   */
  private scan(chunk: string, from: number): number {
    const n = chunk.length;
    let i = from;
    if (this.literal) {
      const start = i;
      while (i < n && !endsLiteral(chunk.charCodeAt(i))) i += 1;
      this.literalLength += i - start;
      this.literalDone = i < n;
      return i;
    }
    for (;;) {
      if (this.inString) {
        if (this.escaped) {
          if (i >= n) return n;
          i += 1;
          this.escaped = false;
        }
        const quote = chunk.indexOf('"', i);
        if (quote < 0) {
          // The string goes on into the next chunk; an odd run of backslashes at this one's end
          // escapes its first character.
          let k = n - 1;
          while (k >= i && chunk.charCodeAt(k) === BACKSLASH) k -= 1;
          this.escaped = (n - 1 - k) % 2 === 1;
          return n;
        }
        let k = quote - 1;
        while (k >= i && chunk.charCodeAt(k) === BACKSLASH) k -= 1;
        i = quote + 1;
        if ((quote - 1 - k) % 2 === 1) continue;
        this.inString = false;
        if (this.depth === 0) return i;
      }
      while (i < n) {
        const code = chunk.charCodeAt(i);
        i += 1;
        if (code === QUOTE) {
          this.inString = true;
          break;
        }
        if (code === OPEN_BRACE || code === OPEN_BRACKET) this.depth += 1;
        else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
          this.depth -= 1;
          if (this.depth === 0) return i;
        }
      }
      if (!this.inString) return n;
    }
  }
}
