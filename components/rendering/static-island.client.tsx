'use client';

// A static part of a page (components/rendering/static-html.tsx): one element whose contents are HTML that the
// page's data does not carry. On the server the HTML comes from the store the server-component render
// filled; in the browser it is the element's own contents, read once from the document, so hydration
// finds exactly what is there and React never walks inside. If React has to render the page afresh
// (after a hydration error), the old document is still there while it renders, and the part keeps its
// contents.
import { createElement, useEffect, useState, type HTMLAttributes } from 'react';
import { takeStaticHtml } from './static-html-store';

export type StaticIslandProps = HTMLAttributes<HTMLElement> & { as: string; html: string };

export function StaticIsland({ as, html: key, ...attributes }: StaticIslandProps) {
  const [html] = useState(() => (typeof document === 'undefined' ? takeStaticHtml(key) : (document.querySelector(`[data-static="${key}"]`)?.innerHTML ?? null)));
  // Not in this document: the page was drawn from its data alone, as a client-side navigation would
  // (the site's links are plain anchors, components/layout/link.tsx). Load the page itself, which has it.
  useEffect(() => {
    if (html === null) window.location.reload();
  }, [html]);
  return createElement(as, { ...attributes, 'data-static': key, dangerouslySetInnerHTML: { __html: html ?? '' } });
}
