import { Fragment, type ReactNode } from 'react';
import type { Post } from '@/lib/content/posts';
import { notLiveReason } from '@/lib/content/publishing';
import { formatTime, messages } from '@/lib/i18n/messages';
import { site } from '@/lib/site';
import { PostDate } from './post-date';
import styles from './preview-banner.module.css';

/** `template` with `{name}` places filled by elements (a <time>), not only text. */
function fillNodes(template: string, values: Record<string, ReactNode>): ReactNode {
  return template.split(/(\{\w+\})/).map((part, i) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return <Fragment key={i}>{name && name in values ? values[name] : part}</Fragment>;
  });
}

/** Shown on every post in Draft Mode: what readers see of it now, and the way out. */
export function PreviewBanner({ post, now }: { post: Post; now: Date }) {
  const reason = notLiveReason(post, now);
  const text = messages(post.lang).preview;
  return (
    <div className={styles.banner} role="status">
      <strong>{text.label}</strong>
      {reason === null ? text.live : null}
      {reason === 'unpublished' ? text.unpublished : null}
      {reason === 'scheduled' && post.publishAt
        ? fillNodes(text.scheduled, { date: <PostDate date={post.publishAt} lang={post.lang} />, time: formatTime(post.lang, post.publishAt), zone: site.timeZone })
        : null}
      {reason === 'expired' && post.unpublishAt ? fillNodes(text.expired, { date: <PostDate date={post.unpublishAt} lang={post.lang} /> }) : null}{' '}
      <a href={`/api/preview/exit?slug=${post.slug}&lang=${post.lang}`}>{text.exit}</a>
    </div>
  );
}
