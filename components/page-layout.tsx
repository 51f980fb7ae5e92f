import type { ReactNode } from 'react';
import styles from './page-layout.module.css';

/** The content column, with the sidebar beside it on wide screens and under it on phones. */
export function PageLayout({ children, sidebar }: { children: ReactNode; sidebar?: ReactNode }) {
  return (
    <div className={sidebar ? `${styles.layout} ${styles.withSidebar}` : styles.layout}>
      <div className={styles.main}>{children}</div>
      {sidebar}
    </div>
  );
}
