import Link from '../layout/link';
import type { Post } from '@/lib/content/posts';
import { localePath } from '@/lib/i18n/languages';
import { messages, plural } from '@/lib/i18n/messages';
import { readingMinutes } from '@/lib/content/related';
import { postTerms, taxonomyHref } from '@/lib/content/taxonomy';
import { PostDate } from './post-date';
import styles from './post-meta.module.css';

/** Date, reading time, categories and tags of a post, in lists and on the post page. */
export function PostMeta({ post }: { post: Post }) {
  const minutes = readingMinutes(post.text);
  const text = messages(post.lang).post;
  const terms = [...postTerms(post, 'category').map((t) => ({ ...t, kind: 'category' as const })), ...postTerms(post, 'tag').map((t) => ({ ...t, kind: 'tag' as const }))];
  return (
    <div className={styles.meta}>
      <p className={styles.line}>
        <PostDate date={post.date} lang={post.lang} />
        <span aria-hidden="true"> · </span>
        <span>{plural(post.lang, text.readingTime, minutes)}</span>
      </p>
      {terms.length > 0 ? (
        <ul className={styles.terms} aria-label={text.terms}>
          {terms.map((term) => (
            <li key={`${term.kind}-${term.slug}`}>
              <Link href={localePath(post.lang, taxonomyHref(term.kind, term.slug))} className={term.kind === 'category' ? styles.category : styles.tag}>
                {term.kind === 'category' ? null : '#'}
                {term.name}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
