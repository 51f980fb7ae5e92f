import Link from '../layout/link';
import { postPath, type Post } from '@/lib/content/posts';
import type { Language } from '@/lib/i18n/languages';
import { messages } from '@/lib/i18n/messages';
import { PostDate } from './post-date';
import styles from './related-posts.module.css';

export function RelatedPosts({ posts, lang }: { posts: Post[]; lang: Language }) {
  if (posts.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className={styles.related}>
      <h2 id="related-heading">{messages(lang).post.related}</h2>
      <ul className={styles.list}>
        {posts.map((post) => (
          <li key={post.slug}>
            <Link href={postPath(post)}>{post.title}</Link> <PostDate date={post.date} lang={lang} className={styles.date} />
          </li>
        ))}
      </ul>
    </section>
  );
}
