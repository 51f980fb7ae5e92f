import { describe, expect, it } from 'vitest';
import { GALLERY_BLOCK_PATTERN, readGalleryBlock, writeGalleryBlock } from './gallery-block';

const SEED_GALLERY = `[owl-carousel class="gallery-owl" items=1 margin=10 loop=true autoplay=false lazyLoad=true]
![](2023-01-09-1.jpg "Multidisciplinary Approach in Hematopathology")
![](2023-01-09-2.jpg "Multidisciplinary Approach in Hematopathology")
![](2023-01-09-3.jpg "Multidisciplinary Approach in Hematopathology")
[/owl-carousel]`;

describe('GALLERY_BLOCK_PATTERN', () => {
  it('finds the whole block in a body, from its tag to the closing tag', () => {
    const body = `Before.\n\n${SEED_GALLERY}\n\nAfter.`;
    expect(body.match(GALLERY_BLOCK_PATTERN)?.[0]).toBe(SEED_GALLERY);
  });

  it('does not take a tag that is not on a line of its own, or another shortcode', () => {
    expect('Text [owl-carousel items=1]\n![](a.jpg)\n[/owl-carousel]'.match(GALLERY_BLOCK_PATTERN)).toBeNull();
    expect('[owl-carousel-x]\n[/owl-carousel]'.match(GALLERY_BLOCK_PATTERN)).toBeNull();
  });
});

describe('readGalleryBlock', () => {
  it('gives the photos and the options a person sets', () => {
    expect(readGalleryBlock(SEED_GALLERY)).toMatchObject({
      items: 1,
      loop: true,
      autoplay: false,
      photos: [
        { src: '2023-01-09-1.jpg', alt: '', title: 'Multidisciplinary Approach in Hematopathology' },
        { src: '2023-01-09-2.jpg', alt: '', title: 'Multidisciplinary Approach in Hematopathology' },
        { src: '2023-01-09-3.jpg', alt: '', title: 'Multidisciplinary Approach in Hematopathology' },
      ],
    });
  });

  it("uses Owl Carousel's defaults for options the tag leaves out (3 photos per view)", () => {
    expect(readGalleryBlock('[owl-carousel]\n![A](a.jpg)\n[/owl-carousel]')).toMatchObject({ items: 3, loop: false, autoplay: false });
  });
});

describe('writeGalleryBlock', () => {
  it('writes a block read and not changed exactly as it was', () => {
    expect(writeGalleryBlock(structuredClone(readGalleryBlock(SEED_GALLERY)))).toBe(SEED_GALLERY);
  });

  it('changes only the option that changed, keeping the others and their quoting', () => {
    const written = writeGalleryBlock({ ...readGalleryBlock(SEED_GALLERY), autoplay: true });
    expect(written.split('\n')[0]).toBe('[owl-carousel class="gallery-owl" items=1 margin=10 loop=true autoplay=true lazyLoad=true]');
    expect(written.split('\n').slice(1)).toEqual(SEED_GALLERY.split('\n').slice(1));
  });

  it('writes a new gallery with its options and each photo with what it shows', () => {
    const written = writeGalleryBlock({
      photos: [{ src: 'donor-1.jpg', alt: 'A donor' }, { src: ' ', alt: 'not picked yet' }, { src: 'donor-2.jpg', alt: 'A [nurse]' }],
      items: 2,
      loop: true,
      autoplay: false,
      source: '',
    });
    expect(written).toBe('[owl-carousel items=2 loop=true autoplay=false]\n![A donor](donor-1.jpg)\n![A nurse](donor-2.jpg)\n[/owl-carousel]');
  });
});
