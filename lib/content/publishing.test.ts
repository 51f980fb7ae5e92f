import { describe, expect, it } from 'vitest';
import { isLive, nextLiveChange, notLiveReason } from './publishing';

const at = (iso: string) => new Date(iso);
const publishAt = at('2023-01-09T04:00:00Z');
const unpublishAt = at('2023-02-01T00:00:00Z');

describe('isLive at the boundary instants', () => {
  it.each([
    // post, now, live?, why
    [{ published: true, publishAt: null, unpublishAt: null }, '2000-01-01T00:00:00Z', true, 'no dates: always live'],
    [{ published: false, publishAt: null, unpublishAt: null }, '2030-01-01T00:00:00Z', false, 'published: false hides it'],
    [{ published: true, publishAt, unpublishAt: null }, '2023-01-09T03:59:59.999Z', false, 'one millisecond before publish_date'],
    [{ published: true, publishAt, unpublishAt: null }, '2023-01-09T04:00:00.000Z', true, 'exactly at publish_date'],
    [{ published: true, publishAt, unpublishAt }, '2023-01-31T23:59:59.999Z', true, 'one millisecond before unpublish_date'],
    [{ published: true, publishAt, unpublishAt }, '2023-02-01T00:00:00.000Z', false, 'exactly at unpublish_date'],
    [{ published: false, publishAt, unpublishAt }, '2023-01-15T00:00:00Z', false, 'published: false wins over dates'],
  ])('%o at %s → %s (%s)', (post, now, expected, _why) => {
    expect(isLive(post, at(now))).toBe(expected);
  });

  it('hides a scheduled post even with published: true (unlike Grav, which ignores dates then)', () => {
    expect(isLive({ published: true, publishAt: at('2030-01-01T00:00:00Z'), unpublishAt: null }, at('2029-12-31T00:00:00Z'))).toBe(false);
  });

  it('says why a post is not live', () => {
    expect(notLiveReason({ published: false, publishAt: null, unpublishAt: null }, at('2023-01-01T00:00:00Z'))).toBe('unpublished');
    expect(notLiveReason({ published: true, publishAt, unpublishAt }, at('2023-01-01T00:00:00Z'))).toBe('scheduled');
    expect(notLiveReason({ published: true, publishAt, unpublishAt }, at('2024-01-01T00:00:00Z'))).toBe('expired');
    expect(notLiveReason({ published: true, publishAt, unpublishAt }, at('2023-01-10T00:00:00Z'))).toBeNull();
  });
});

describe('nextLiveChange', () => {
  const scheduled = { published: true, publishAt, unpublishAt };
  const always = { published: true, publishAt: null, unpublishAt: null };

  it('is the next publish or unpublish instant after now, whichever post it belongs to', () => {
    expect(nextLiveChange([always, scheduled], at('2023-01-01T00:00:00Z'))).toBe(publishAt.getTime());
    expect(nextLiveChange([always, scheduled], at('2023-01-09T04:00:00Z'))).toBe(unpublishAt.getTime());
  });

  it('is Infinity when nothing changes any more', () => {
    expect(nextLiveChange([always, scheduled], at('2023-02-01T00:00:00Z'))).toBe(Infinity);
    expect(nextLiveChange([], at('2023-02-01T00:00:00Z'))).toBe(Infinity);
  });

  it('agrees with isLive: the answer is the same just before the change and differs at it', () => {
    const now = at('2023-01-01T00:00:00Z');
    const change = nextLiveChange([scheduled], now);
    expect(isLive(scheduled, new Date(change - 1))).toBe(isLive(scheduled, now));
    expect(isLive(scheduled, new Date(change))).not.toBe(isLive(scheduled, now));
  });
});
