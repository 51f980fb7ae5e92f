import { describe, expect, it } from 'vitest';
import { splitSummary, truncateText } from './summary';

describe('splitSummary', () => {
  it('splits at a === paragraph and blanks the delimiter in the content', () => {
    const body = 'Intro line.\n\n===\n\nThe rest.';
    const split = splitSummary(body);
    expect(split.summary).toBe('Intro line.');
    expect(split.content).toBe('Intro line.\n\n\n\nThe rest.');
    expect(split.content).not.toContain('===');
    expect(split.setextLines).toEqual([]);
  });

  it('splits only at the first delimiter but removes every one (Grav removes every <p>===</p>)', () => {
    const split = splitSummary('A\n\n===\n\nB\n\n===\n\nC');
    expect(split.summary).toBe('A');
    expect(split.content.split('\n').filter((l) => l === '===')).toEqual([]);
  });

  it('treats === directly under text as a setext heading: no split, and reports the line', () => {
    const split = splitSummary('Intro\n\nA heading\n===\n\nRest');
    expect(split.summary).toBeNull();
    expect(split.setextLines).toEqual([4]);
    expect(split.content).toContain('A heading\n===');
  });

  it('ignores === inside fenced code', () => {
    const split = splitSummary('```\n\n===\n```\n\nText');
    expect(split.summary).toBeNull();
  });

  it('has no summary without a delimiter', () => {
    expect(splitSummary('Just text.').summary).toBeNull();
  });

  it('accepts trailing spaces after ===', () => {
    expect(splitSummary('A\n\n===  \n\nB').summary).toBe('A');
  });
});

describe('truncateText', () => {
  it('keeps short text whole, without an ellipsis', () => {
    expect(truncateText('Short text.', 300)).toBe('Short text.');
  });
  it('cuts at a word and adds …', () => {
    const text = 'word '.repeat(100).trim();
    const cut = truncateText(text, 300);
    expect(cut.endsWith('word…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(301);
  });
  it('does not end on punctuation before the ellipsis', () => {
    expect(truncateText('alpha beta, gamma delta', 12)).toBe('alpha beta…');
  });
});
