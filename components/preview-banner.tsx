import { toZonedIso } from '@/lib/content/dates';
import type { Post } from '@/lib/content/posts';
import { notLiveReason } from '@/lib/content/publishing';
import { site } from '@/lib/site';
import { PostDate } from './post-date';
import styles from './preview-banner.module.css';

/** Shown on every post in Draft Mode: what readers see of it now, and the way out. */
export function PreviewBanner({ post, now }: { post: Post; now: Date }) {
  const reason = notLiveReason(post, now);
  return (
    <div className={styles.banner} role="status">
      <strong>Preview — </strong>
      {reason === null ? 'this post is live.' : null}
      {reason === 'unpublished' ? 'not published (published: false): readers cannot see this post.' : null}
      {reason === 'scheduled' && post.publishAt ? (
        <>
          not published (goes live on <PostDate date={post.publishAt} /> at {toZonedIso(post.publishAt, site.timeZone).slice(11, 16)}, {site.timeZone} time).
        </>
      ) : null}
      {reason === 'expired' && post.unpublishAt ? (
        <>
          no longer published (since <PostDate date={post.unpublishAt} />).
        </>
      ) : null}{' '}
      <a href={`/api/preview/exit?slug=${post.slug}`}>Exit preview</a>
    </div>
  );
}
