/**
 * Reading untrusted text a piece at a time (docs/scenario-format.md, "Importing element sets"):
 * a line cursor that never splits the whole text (a 50 MB file of empty lines would otherwise be
 * 50 million strings before the first check), and the sink the streaming readers report to, which
 * can tell them to stop. Pure; time linear in the text read.
 */

/** Where a streaming reader puts what it finds. `full()` returning true stops the reader. */
export interface ReadSink<T> {
  item(x: T): void;
  error(message: string): void;
  full(): boolean;
}

/** How a streaming reader ended: `stoppedAt` is the character offset where the sink stopped it, or null when it read everything. */
export interface ScanEnd {
  stoppedAt: number | null;
}

interface Line {
  text: string;
  /** Offset of the line's first character. */
  start: number;
  /** Offset of the next line, or -1 when this is the last line. */
  next: number;
}

/**
 * Lines of a text in order, as `text.split(/\r\n|\n|\r/)` would give them (a text ending in a line
 * break has a last, empty line), looked at through a window of the next few lines.
 */
export class LineCursor {
  private readonly ahead: Line[] = [];
  private pos = 0;
  private ended = false;
  private nextLf = -2;
  private nextCr = -2;
  /** 1-based number of the line at the cursor. */
  lineNo = 1;

  constructor(private readonly text: string) {}

  /** The line `k` lines after the cursor (0: the current one), without its line break; undefined past the end. */
  peek(k = 0): string | undefined {
    while (this.ahead.length <= k) {
      const line = this.read();
      if (!line) return undefined;
      this.ahead.push(line);
    }
    return this.ahead[k].text;
  }

  /** Moves the cursor `n` lines on. */
  advance(n = 1): void {
    for (let k = 0; k < n; k++) {
      if (this.peek(0) === undefined) return;
      this.ahead.shift();
      this.lineNo++;
    }
  }

  /** Offset of the current line's first character (the text's length at the end). */
  get offset(): number {
    if (this.ahead.length) return this.ahead[0].start;
    return this.ended ? this.text.length : this.pos;
  }

  /** True when no line is left. */
  get done(): boolean {
    return this.peek(0) === undefined;
  }

  private read(): Line | null {
    if (this.ended) return null;
    const t = this.text;
    const from = this.pos;
    if (this.nextLf !== -1 && this.nextLf < from) this.nextLf = t.indexOf('\n', from);
    if (this.nextCr !== -1 && this.nextCr < from) this.nextCr = t.indexOf('\r', from);
    const lf = this.nextLf;
    const cr = this.nextCr;
    const end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
    if (end < 0) {
      this.ended = true;
      return { text: t.slice(from), start: from, next: -1 };
    }
    const next = end === cr && t.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    this.pos = next;
    return { text: t.slice(from, end), start: from, next };
  }
}

/** 1-based line number of character `offset` of `text`. */
export function lineOfOffset(text: string, offset: number): number {
  let n = 1;
  const stop = Math.min(offset, text.length);
  for (let k = text.indexOf('\n'); k >= 0 && k < stop; k = text.indexOf('\n', k + 1)) n++;
  return n;
}
