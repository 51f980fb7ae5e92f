import { describe, expect, it } from 'vitest';
import { checkPreviewSecret, createSession, createShareToken, scopeAllows, sessionScope, shareTokenScope } from './preview';

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

describe('preview sessions and share links', () => {
  const SECRET = 's3cret';
  const at = new Date('2026-06-01T10:00:00Z');
  const later = (hours: number) => new Date(at.getTime() + hours * 3_600_000);

  it('a session opens every post for 8 hours, then nothing', () => {
    const value = createSession('*', at, SECRET);
    expect(sessionScope(value, later(7.9), SECRET)).toBe('*');
    expect(sessionScope(value, later(8), SECRET)).toBeNull();
    expect(scopeAllows(sessionScope(value, at, SECRET), 'ru', 'any-post')).toBe(true);
  });

  it.each([
    ['fake', 'any value a visitor makes up'],
    ['*|99999999999999|AAAA', 'a far expiry with a made-up signature'],
    ['', 'empty'],
  ])('%s is no session (%s)', (value, _why) => {
    expect(sessionScope(value, at, SECRET)).toBeNull();
  });

  it('a session is no session under another secret (a new secret ends every session), or with previews off', () => {
    const value = createSession('*', at, SECRET);
    expect(sessionScope(value, at, 'another')).toBeNull();
    expect(sessionScope(value, at, undefined)).toBeNull();
  });

  it('a session cannot be stretched: changing its expiry breaks the signature', () => {
    const [scope, expires, signature] = createSession('*', at, SECRET).split('|');
    expect(sessionScope(`${scope}|${Number(expires) + 3_600_000}|${signature}`, at, SECRET)).toBeNull();
  });

  it('a share link opens one post for 24 hours, and is not a session', () => {
    const token = createShareToken('ru', 'donor-day', at, SECRET);
    expect(shareTokenScope(token, later(23), SECRET)).toBe('ru/donor-day');
    expect(shareTokenScope(token, later(24), SECRET)).toBeNull();
    expect(sessionScope(token, at, SECRET)).toBeNull();
    expect(scopeAllows('ru/donor-day', 'ru', 'donor-day')).toBe(true);
    expect(scopeAllows('ru/donor-day', 'ru', 'other-post')).toBe(false);
    expect(scopeAllows('ru/donor-day', 'en', 'donor-day')).toBe(false);
  });
});
