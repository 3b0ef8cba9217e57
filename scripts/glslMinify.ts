/**
 * Build step (vite.config.ts `glsl-minify`, production builds only): the GLSL in `/* glsl *\/`
 * template literals loses its comments, indentation and blank lines. Only the literal's own text
 * changes: `${…}` interpolations are kept as they are, a `//` comment is cut only where its line ends
 * inside the same piece of text, and whitespace next to an interpolation is left alone, so no two
 * tokens can run together; every line break stays (preprocessor directives need their own lines).
 * Shader behaviour is checked in the browser by e2e/gpu-parity.spec.ts against the built app.
 */

/** A piece of a template literal: the static text between interpolations. */
function minifyPiece(text: string, startsLine: boolean, endsLine: boolean): string {
  const noBlocks = text.replace(/\/\*[\s\S]*?\*\//g, '');
  const lines = noBlocks.split('\n');
  const out: string[] = [];
  lines.forEach((line, j) => {
    const whole = { start: j > 0 || startsLine, end: j < lines.length - 1 || endsLine };
    let l = line;
    if (whole.end) {
      const c = l.indexOf('//');
      if (c >= 0) l = l.slice(0, c);
      l = l.trimEnd();
    }
    if (whole.start) l = l.trimStart();
    // A blank whole line goes; a partial one (next to an interpolation) stays, even empty.
    if (l === '' && whole.start && whole.end) return;
    out.push(l);
  });
  return out.join('\n');
}

/** Returns `code` with the GLSL of every `/* glsl *\/` template literal minified. */
export function minifyGlslLiterals(code: string): string {
  const tag = /\/\*\s*glsl\s*\*\/\s*`/g;
  let out = '';
  let from = 0;
  for (let m = tag.exec(code); m; m = tag.exec(code)) {
    let i = m.index + m[0].length; // just after the opening backtick
    out += code.slice(from, i);
    const pieces: { text: string; interp: string | null }[] = [];
    let text = '';
    for (;;) {
      const ch = code[i];
      if (ch === undefined) throw new Error('glsl-minify: unterminated template literal');
      if (ch === '\\') {
        text += code.slice(i, i + 2);
        i += 2;
      } else if (ch === '`') {
        pieces.push({ text, interp: null });
        i++;
        break;
      } else if (ch === '$' && code[i + 1] === '{') {
        let depth = 1;
        let j = i + 2;
        while (depth > 0) {
          const c = code[j];
          if (c === undefined) throw new Error('glsl-minify: unterminated interpolation');
          if (c === '{') depth++;
          else if (c === '}') depth--;
          else if (c === '`' || c === "'" || c === '"')
            throw new Error('glsl-minify: strings inside an interpolation are not supported');
          j++;
        }
        pieces.push({ text, interp: code.slice(i, j) });
        text = '';
        i = j;
      } else {
        text += ch;
        i++;
      }
    }
    pieces.forEach((p, k) => {
      out += minifyPiece(p.text, k === 0, p.interp === null) + (p.interp ?? '');
    });
    out += '`';
    from = i;
    tag.lastIndex = i;
  }
  return out + code.slice(from);
}
