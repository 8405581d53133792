// Edge cases of cutting files into slides: fences, comments, line endings, separators.
import { describe, expect, test } from 'vitest';
import { normaliseText, splitSlides } from '../../src/deck/split.ts';

const split = (text: string) => splitSlides('test.md', normaliseText(text));

describe('splitSlides', () => {
  test('cuts at lines of three dashes and keeps each body\'s first line number', () => {
    const { slides, errors } = split('# Ett\n\n---\n\n# Två\n');
    expect(errors).toEqual([]);
    expect(slides.map((slide) => [slide.line, slide.body.line, slide.body.text.trim()])).toEqual([
      [1, 1, '# Ett'],
      [3, 4, '# Två'],
    ]);
  });

  test('does not cut at --- inside a code fence', () => {
    const { slides } = split('# Kod\n\n```yaml\n---\nlayout: x\n---\n```\n\n---\n\n# Sist\n');
    expect(slides).toHaveLength(2);
    expect(slides[0].body.text).toContain('layout: x');
  });

  test('does not cut at --- inside a tilde fence that a shorter fence does not close', () => {
    const { slides } = split('~~~~\n~~~\n---\n~~~~\n');
    expect(slides).toHaveLength(1);
  });

  test('does not cut at --- inside an HTML comment', () => {
    const { slides } = split('# Ett\n\n<!--\n---\n-->\n\n---\n\n# Två\n');
    expect(slides).toHaveLength(2);
  });

  test('reads frontmatter at the start of the file and after a separator', () => {
    const { slides } = split('---\nlayout: title\n---\n\n# A\n\n---\nlayout: statement\ncaps: true\n---\n\nB\n');
    expect(slides.map((slide) => slide.frontmatter)).toEqual([
      { text: 'layout: title', line: 2 },
      { text: 'layout: statement\ncaps: true', line: 8 },
    ]);
    expect(slides[1].body.line).toBe(11);
  });

  test('takes a separator followed by a blank line as a plain slide, not frontmatter', () => {
    const { slides } = split('# A\n\n---\n\nLinkedIn: Martin\n');
    expect(slides[1].frontmatter).toBeNull();
    expect(slides[1].body.text).toContain('LinkedIn: Martin');
  });

  test('takes the last comment as notes and hides earlier ones without moving lines', () => {
    const { slides } = split('# A <!-- dold -->\n\nText\n\n<!--\nSäg detta.\n-->\n');
    expect(slides[0].notes).toEqual({ text: '\nSäg detta.\n', line: 5, column: 5 });
    expect(slides[0].body.text).toBe('# A \n\nText\n\n\n\n\n');
  });

  test('a comment before more text is not notes', () => {
    const { slides } = split('<!-- inte anteckningar -->\n# A\n');
    expect(slides[0].notes).toBeNull();
  });

  test('gives the same slides for CRLF and BOM files as for LF files', () => {
    const lf = split('---\nlayout: statement\n---\n\nHej\n\n---\n\n# Två\n');
    const crlf = split('\uFEFF---\r\nlayout: statement\r\n---\r\n\r\nHej\r\n\r\n---\r\n\r\n# Två\r\n');
    expect(crlf).toEqual(lf);
  });

  test('ignores a trailing separator and blank lines at the end', () => {
    expect(split('# A\n\n---\n\n').slides).toHaveLength(1);
    expect(split('---\n\n# A\n').slides).toHaveLength(1);
  });

  test('keeps an empty slide between two separators, for the parser to report', () => {
    const { slides } = split('# A\n---\n\n---\n# C\n');
    expect(slides).toHaveLength(3);
    expect(slides[1].body.text.trim()).toBe('');
  });

  test('reports frontmatter that is never closed, at its opening line', () => {
    const { errors } = split('# A\n---\nlayout: statement\n\nText\n');
    expect(errors.map((error) => [error.code, error.location])).toEqual([['unclosed-frontmatter', 'test.md:2:1']]);
  });

  test('a file that ends right after the closing "---" of frontmatter gives an empty body', () => {
    const { slides } = split('# A\n---\nlayout: statement\n---');
    expect(slides[1].body).toEqual({ text: '', line: 5 });
  });
});
