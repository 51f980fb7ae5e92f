import { getLiveNotices } from '@/lib/content/queries';
import type { Language } from '@/lib/i18n/languages';
import { messages } from '@/lib/i18n/messages';
import styles from './notice-banner.module.css';

// Runs as the browser reads the page, before it is drawn: hides the notices this reader dismissed
// (localStorage, no cookie) and shows the dismiss buttons, which do nothing without JavaScript.
const DISMISS_SCRIPT = `(function(){try{var k='dismissed-notices',d=JSON.parse(localStorage.getItem(k)||'[]');document.querySelectorAll('[data-notice]').forEach(function(n){if(d.indexOf(n.getAttribute('data-notice'))>=0)n.hidden=true;var b=n.querySelector('button');if(b){b.hidden=false;b.onclick=function(){n.hidden=true;d.push(n.getAttribute('data-notice'));localStorage.setItem(k,JSON.stringify(d.slice(-50)));};}});}catch(e){}})();`;

/**
 * The live notices of `lang`, at the top of every page, in the server's HTML (so their space is
 * there from the first paint). Info is a status; urgent an alert, announced without taking focus,
 * and it cannot be dismissed.
 */
export async function NoticeBanner({ lang }: { lang: Language }) {
  const notices = await getLiveNotices(lang);
  if (notices.length === 0) return null;
  const text = messages(lang).notice;
  return (
    <>
      {notices.map((notice) => (
        <div
          key={notice.id}
          data-notice={notice.id}
          role={notice.level === 'urgent' ? 'alert' : 'status'}
          aria-label={notice.level === 'urgent' ? text.urgent : text.info}
          className={`${styles.notice} ${notice.level === 'urgent' ? styles.urgent : styles.info}`}
          suppressHydrationWarning
        >
          <div className={styles.text} dangerouslySetInnerHTML={{ __html: notice.html }} />
          {notice.level === 'info' ? (
            <button type="button" className={styles.dismiss} hidden suppressHydrationWarning aria-label={text.dismiss}>
              ×
            </button>
          ) : null}
        </div>
      ))}
      <script dangerouslySetInnerHTML={{ __html: DISMISS_SCRIPT }} />
    </>
  );
}
