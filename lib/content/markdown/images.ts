// Images of a body resolved to the prepared files of the post's folder, with their real dimensions.

import type { Image, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { parseImageReference } from '../images';
import { at, type BodyContext, type BodyImage } from './context';

export function resolveImage(node: Image, ctx: BodyContext, state: { seen: number }): BodyImage | null {
  const parsed = parseImageReference(node.url);
  const where = at(ctx, node.position);
  if (!parsed.ok) {
    ctx.problems.error(parsed.reason, where);
    return null;
  }
  const file = ctx.images.get(parsed.ref.file);
  if (!file) {
    ctx.problems.error(`image '${parsed.ref.file}' does not exist in the post's folder`, where);
    return null;
  }
  const image: BodyImage = {
    src: file.src,
    width: file.width,
    height: file.height,
    // Images keep their Markdown alt text; an empty alt takes the title (as Grav's sidecar fallback did).
    alt: node.alt || node.title || '',
    ...(node.title ? { title: node.title } : {}),
    eager: ctx.eagerFirstImage && state.seen === 0,
  };
  state.seen++;
  ctx.references?.images.add(file.name);
  if (!image.alt) {
    ctx.problems.warn(`image '${file.name}' has no description: write one in ![description](${file.name}) for readers who cannot see it`, where);
  }
  for (const action of parsed.ref.actions) {
    const size = /^(\d+),(\d+)$/.exec(action.value);
    if ((action.name === 'cropZoom' || action.name === 'zoomCrop') && size) {
      image.crop = { width: Number(size[1]), height: Number(size[2]) };
    } else if ((action.name === 'classes' || action.name === 'class') && /^[\w-]+(,[\w-]+)*$/.test(action.value)) {
      image.className = action.value.split(',').join(' ');
    } else if (action.name === 'loading' && (action.value === 'lazy' || action.value === 'eager')) {
      image.eager = action.value === 'eager';
    } else {
      ctx.problems.warn(`image media action '${action.name}${action.value ? `=${action.value}` : ''}' is not applied; the image is shown as it is`, where);
    }
  }
  return image;
}

/** Every other image: resolved to its prepared file, with dimensions the renderer passes to next/image. */
export const remarkImages: Plugin<[BodyContext, { seen: number }], Root> = (ctx, imageState) => (tree) => {
  visit(tree, 'image', (node) => {
    const image = resolveImage(node, ctx, imageState);
    if (!image) return;
    node.url = image.src;
    node.alt = image.alt;
    node.data = {
      ...node.data,
      hProperties: {
        width: image.width,
        height: image.height,
        loading: image.eager ? 'eager' : 'lazy',
        ...(image.className ? { className: image.className } : {}),
        ...(image.crop ? { dataCrop: `${image.crop.width}x${image.crop.height}` } : {}),
      },
    };
  });
};
