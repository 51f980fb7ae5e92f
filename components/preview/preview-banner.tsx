import { Fragment, type ReactNode } from 'react';
import type { Post } from '@/lib/content/posts';
import { notLiveReason } from '@/lib/content/publishing';
import { formatTime, messages } from '@/lib/i18n/messages';
import { createShareToken } from '@/lib/preview';
import { site } from '@/lib/site';
import { PostDate } from '../post/post-date';
import styles from './preview-banner.module.css';

/** `template` with `{name}` places filled by elements (a <time>), not only text. */
function fillNodes(template: string, values: Record<string, ReactNode>): ReactNode {
  return template.split(/(\{\w+\})/).map((part, i) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return <Fragment key={i}>{name && name in values ? values[name] : part}</Fragment>;
  });
}

/** The address that opens `post`'s preview for a day, for a colleague without the password. */
function shareLink(post: Post, now: Date): string {
  const token = createShareToken(post.lang, post.slug, now, process.env.PREVIEW_SECRET!);
  return `${site.url}/api/preview?${new URLSearchParams({ token, slug: post.slug, lang: post.lang })}`;
}

/** Shown on every preview: what readers see of the post now, a link for a colleague, and the way out. */
export function PreviewBanner({ post, now, canShare }: { post: Post; now: Date; canShare: boolean }) {
  const reason = notLiveReason(post, now);
  const text = messages(post.lang).preview;
  const link = canShare ? shareLink(post, now) : null;
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
      {link ? (
        <p className={styles.share}>
          {text.share} <a href={link}>{link}</a>
        </p>
      ) : null}
    </div>
  );
}
