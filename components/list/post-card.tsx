import Link from '../layout/link';
import { postPath, type Post } from '@/lib/content/posts';
import { messages } from '@/lib/i18n/messages';
import { Markdown } from '../post/markdown';
import { OptimizedImage } from '../post/optimized-image';
import { PostMeta } from '../post/post-meta';
import styles from './post-card.module.css';

/**
 * A post in a list: title, date, thumbnail, summary and "Read more" (unless continue_link is false).
 * `eagerImage`: the thumbnail is the first one on the page, loaded at once and first.
 */
export function PostCard({ post, eagerImage }: { post: Post; eagerImage: boolean }) {
  const href = postPath(post);
  const titleId = `post-title-${post.slug}`;
  return (
    <article className={styles.card} aria-labelledby={titleId} lang={post.lang}>
      <div className={styles.text}>
        <h2 id={titleId} className={styles.title}>
          <Link href={href}>{post.title}</Link>
        </h2>
        <PostMeta post={post} />
        {post.summary ? (
          <Markdown post={post} part="summary" eagerFirstImage={false} className={styles.summary} />
        ) : (
          <div className={styles.summary}>
            <p>{post.excerpt}</p>
          </div>
        )}
        {post.showReadMore ? (
          <p className={styles.more}>
            <Link href={href}>
              {messages(post.lang).post.readMore}<span className="visually-hidden">: {post.title}</span>
            </Link>
          </p>
        ) : null}
      </div>
      {post.headerImage ? (
        <OptimizedImage
          src={post.headerImage.src}
          alt=""
          width={post.headerImage.width}
          height={post.headerImage.height}
          // `calc( 100vw`: as in POST_IMAGE_SIZES, no candidates under 360 px in the srcset (a card's
          // thumbnail is the screen's width on a phone); ten cards, about 8 KB less HTML.
          sizes="(min-width: 48rem) 240px, calc( 100vw - 2rem)"
          preload={eagerImage}
          className={styles.thumbnail}
        />
      ) : null}
    </article>
  );
}
