import { describe, expect, it } from 'vitest';
import { minifyGlslLiterals } from './glslMinify';

describe('minifyGlslLiterals', () => {
  it('drops comments, indentation and blank lines, keeping each line break and directive', () => {
    const src =
      'const s = /* glsl */ `\n  #define A 1 // one\n\n  uniform float u; /* block */\n  void main() {\n    gl_FragColor = vec4(u); // out\n  }\n`;';
    expect(minifyGlslLiterals(src)).toBe(
      'const s = /* glsl */ `#define A 1\nuniform float u;\nvoid main() {\ngl_FragColor = vec4(u);\n}`;',
    );
  });

  it('keeps interpolations, and the text next to them, as they are', () => {
    const src =
      'x = /* glsl */ `\n  const int W = ${WIDTH}; // texels\n  // width ${W} stays a comment\n  float a = b ${op} c;\n`;';
    const out = minifyGlslLiterals(src);
    expect(out).toContain('const int W = ${WIDTH};\n');
    expect(out).toContain('// width ${W} stays a comment'); // not cut: the comment runs past an interpolation
    expect(out).toContain('float a = b ${op} c;');
  });

  it('leaves other template literals and code alone', () => {
    const src = 'const t = `  // not glsl\n`;\nconst u = 1; // js comment';
    expect(minifyGlslLiterals(src)).toBe(src);
  });

  it('handles several literals in one module', () => {
    const src = 'a = /* glsl */ `\n  x; // 1\n`; b = /* glsl */ `\n  y; // 2\n`;';
    expect(minifyGlslLiterals(src)).toBe('a = /* glsl */ `x;`; b = /* glsl */ `y;`;');
  });
});
