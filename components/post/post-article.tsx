import type { Post } from '@/lib/content/posts';
import { messages } from '@/lib/i18n/messages';
import { site } from '@/lib/site';
import { HeaderImage } from './header-image';
import { Markdown, POST_IMAGE_SIZES } from './markdown';
import { MedicalReview } from './medical-review';
import { PostMeta } from './post-meta';
import styles from './post-article.module.css';

/** A whole post: title (visually hidden with hide_page_title), date, medical review, header image, body, edit link. */
export function PostArticle({ post }: { post: Post }) {
  const editUrl = `${site.repository.url}/blob/${site.repository.branch}/${post.sourcePath.split('\\').join('/')}`;
  return (
    <article className={styles.article}>
      <header className={styles.header}>
        <h1 className={post.hideTitle ? 'visually-hidden' : styles.title}>{post.title}</h1>
        <PostMeta post={post} />
        <MedicalReview post={post} />
      </header>
      {post.headerImage ? <HeaderImage image={post.headerImage} creditLabel={messages(post.lang).post.imageCredit} preload sizes={POST_IMAGE_SIZES} /> : null}
      <Markdown post={post} part="body" eagerFirstImage={post.headerImage === null} className={styles.body} />
      {post.showEditLink ? (
        <p className={styles.edit}>
          <a href={editUrl}>{messages(post.lang).post.edit}</a>
        </p>
      ) : null}
    </article>
  );
}
