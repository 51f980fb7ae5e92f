import { describe, expect, it } from 'vitest';
import { checkPreviewSecret } from './preview';

describe('checkPreviewSecret', () => {
  it.each([
    [null, undefined, 'off', 'no secret configured: preview is off'],
    ['anything', '', 'off', 'an empty secret counts as none'],
    [null, 's3cret', 'invalid', 'missing'],
    ['', 's3cret', 'invalid', 'empty'],
    ['s3cre', 's3cret', 'invalid', 'a prefix'],
    ['s3cret-and-more', 's3cret', 'invalid', 'longer'],
    ['s3cret', 's3cret', 'valid', 'equal'],
  ] as const)('%s against %s → %s (%s)', (given, configured, expected, _why) => {
    expect(checkPreviewSecret(given, configured)).toBe(expected);
  });
});
