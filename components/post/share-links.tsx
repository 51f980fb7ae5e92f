import { postPath, type Post } from '@/lib/content/posts';
import { messages } from '@/lib/i18n/messages';
import { site } from '@/lib/site';
import { ShareActions } from './share-actions';
import styles from './share-links.module.css';

/** The canonical address and the share links of the messengers patients use, built on the server. */
export function shareTargets(post: Post) {
  const url = `${site.url}${postPath(post)}`;
  return {
    url,
    whatsapp: `https://wa.me/?text=${encodeURIComponent(`${post.title} ${url}`)}`,
    telegram: `https://t.me/share/url?url=${encodeURIComponent(url)}&text=${encodeURIComponent(post.title)}`,
    email: `mailto:?subject=${encodeURIComponent(post.title)}&body=${encodeURIComponent(url)}`,
  };
}

/**
 * Plain links: no script, no tracking, nothing fetched from another site until the reader clicks.
 * With JavaScript, "Copy link" and (where the browser has one) the system share sheet are added.
 */
export function ShareLinks({ post }: { post: Post }) {
  const text = messages(post.lang).share;
  const targets = shareTargets(post);
  return (
    <nav className={styles.share} aria-label={text.heading} data-share={targets.url} data-title={post.title}>
      <h2 className={styles.heading}>{text.heading}</h2>
      <ul className={styles.list}>
        <li>
          <a href={targets.whatsapp} rel="noopener noreferrer" target="_blank" aria-label={text.whatsapp}>
            WhatsApp
          </a>
        </li>
        <li>
          <a href={targets.telegram} rel="noopener noreferrer" target="_blank" aria-label={text.telegram}>
            Telegram
          </a>
        </li>
        <li>
          <a href={targets.email} aria-label={text.email}>
            E-mail
          </a>
        </li>
        <ShareActions copyLabel={text.copy} copiedLabel={text.copied} shareLabel={text.native} />
      </ul>
    </nav>
  );
}
