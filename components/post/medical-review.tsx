import type { Post } from '@/lib/content/posts';
import { fill, messages } from '@/lib/i18n/messages';
import { PostDate } from './post-date';
import styles from './post-article.module.css';

/** "Medically reviewed by Dr …, hematologist on 15 January 2023", near the post's date. */
export function MedicalReview({ post }: { post: Post }) {
  const review = post.review;
  if (!review) return null;
  const name = review.role ? `${review.name}, ${review.role}` : review.name;
  // The sentence's word order differs by language: split the filled text around the date.
  const [before, after] = fill(messages(post.lang).post.reviewed, { name, date: '\u0000' }).split('\u0000');
  return (
    <p className={styles.review}>
      {before}
      <PostDate date={review.date} lang={post.lang} />
      {after}
    </p>
  );
}
