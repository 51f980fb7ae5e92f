import type { Language } from '@/lib/i18n/languages';
import { messages } from '@/lib/i18n/messages';
import { PageLayout } from '../layout/page-layout';
import styles from './preview-banner.module.css';

/** The preview page without a session: the password, sent by POST so it is never in an address. */
export function PreviewSignIn({ lang, slug }: { lang: Language; slug: string }) {
  const text = messages(lang).preview;
  return (
    <PageLayout lang={lang}>
      <h1>{text.signInHeading}</h1>
      <p>{text.signInText}</p>
      <form method="post" action="/api/preview" className={styles.form}>
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="lang" value={lang} />
        <label htmlFor="preview-secret">{text.secret}</label>
        <input id="preview-secret" name="secret" type="password" required autoComplete="current-password" />
        <button type="submit">{text.open}</button>
      </form>
    </PageLayout>
  );
}
