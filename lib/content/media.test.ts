import { describe, expect, it } from 'vitest';
import { contentHash, folderShipsPhotos, placeholderSrc, servedName } from './media';

const HASH = '0123456789abcdef';
const at = new Date('2026-06-01T00:00:00Z');
const state = (published: boolean, publishAt?: string, unpublishAt?: string) => ({
  published,
  publishAt: publishAt ? new Date(publishAt) : null,
  unpublishAt: unpublishAt ? new Date(unpublishAt) : null,
});

describe('servedName', () => {
  it.each([
    ['2023-01-09-1.jpg', `2023-01-09-1-${HASH}.jpg`, 'a plain name keeps its words'],
    ['Ward 3.JPG', `ward-3-${HASH}.jpg`, 'spaces and capitals'],
    ['photo.JPEG', `photo-${HASH}.jpg`, 'one spelling of the JPEG extension'],
    ['Қан тапсыру.png', `${HASH}.png`, 'no Latin letters: the hash alone'],
    ['D&D night (1).webp', `d-d-night-1-${HASH}.webp`, 'punctuation becomes hyphens'],
  ])('%s → %s (%s)', (name, served, _why) => {
    expect(servedName(name, HASH)).toBe(served);
  });

  it('hashes bytes to 16 hex digits, differently for different bytes', () => {
    expect(contentHash(Buffer.from('a'))).toMatch(/^[0-9a-f]{16}$/);
    expect(contentHash(Buffer.from('a'))).not.toBe(contentHash(Buffer.from('b')));
  });
});

describe('folderShipsPhotos (at 1 June 2026)', () => {
  it.each([
    [[state(true)], true, 'a live post'],
    [[state(true, '2027-01-01T00:00:00Z')], true, 'a scheduled post: its photos wait under unguessable names'],
    [[state(false)], false, 'a draft'],
    [[state(true, undefined, '2026-01-01T00:00:00Z')], false, 'an expired post'],
    [[state(false), state(true)], true, 'one live version of the folder is enough'],
  ])('%j → %s (%s)', (versions, ships, _why) => {
    expect(folderShipsPhotos(versions, at)).toBe(ships);
  });
});

describe('placeholderSrc', () => {
  it('is an inline SVG of the photo\'s proportions', () => {
    const src = placeholderSrc(1600, 900);
    expect(src.startsWith('data:image/svg+xml,')).toBe(true);
    expect(decodeURIComponent(src)).toContain('viewBox="0 0 1600 900"');
  });
});
