import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * Next's Link without prefetching: readers are often on slow mobile data, and a page of news
 * links would otherwise download the data of every page in view. Navigation stays client-side.
 */
export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
