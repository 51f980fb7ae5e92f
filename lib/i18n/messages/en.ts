// English interface text: the catalogue every other language must match key for key
// (lib/i18n/messages.test.ts). `{name}` marks a value put in; plural entries name Intl.PluralRules
// categories (English: one, other).

/** The error page's text: exported alone so the browser's error page takes only this. */
export const errorText = {
  title: 'Something went wrong',
  text: 'This page could not be shown just now. Please try again in a moment; if it keeps happening, the latest news is still on the front page.',
  retry: 'Try again',
  or: 'or',
  home: 'go to the latest news',
};

export const en = {
  site: {
    name: 'Hematology Center',
    description: 'News of the Hematology Center in Kazakhstan: events, conferences and care for patients with blood diseases.',
    newsTitle: 'News',
    titleTemplate: '{title} — {site}',
  },
  nav: {
    skipToContent: 'Skip to main content',
    main: 'Main',
    footer: 'Footer',
    home: 'Home',
    news: 'News',
    allNews: 'All news',
  },
  language: {
    label: 'Language',
    suggestion: 'This page is available in English.',
    switchTo: 'Read in English',
    dismiss: 'No, thanks',
  },
  list: {
    heading: 'News',
    allNews: 'All news',
    empty: 'There is no news yet.',
    pageTitle: 'News, page {page}',
    pageHeading: 'News, page {page} of {count}',
  },
  post: {
    readMore: 'Read more',
    readingTime: { one: '{count} min read', other: '{count} min read' },
    terms: 'Categories and tags',
    imageCredit: 'Image:',
    edit: 'Edit this page',
    moreNews: 'More news',
    previous: '← Previous post',
    next: 'Next post →',
    related: 'Related news',
    reviewed: 'Medically reviewed by {name} on {date}',
  },
  notice: {
    info: 'Notice',
    urgent: 'Urgent notice',
    dismiss: 'Dismiss this notice',
  },
  theme: {
    dark: 'Dark theme',
  },
  share: {
    heading: 'Share this news',
    whatsapp: 'Share on WhatsApp',
    telegram: 'Share on Telegram',
    email: 'Share by e-mail',
    copy: 'Copy link',
    copied: 'Link copied',
    native: 'Share…',
  },
  pagination: {
    label: 'Pagination',
    newer: '← Newer news',
    older: 'Older news →',
    page: 'Page',
  },
  sidebar: {
    label: 'More from the news',
    search: 'Search',
    recent: 'Recent news',
    noRecent: 'No other news yet.',
    tags: 'Tags',
    archives: 'Archives',
    follow: 'Follow the news',
    rss: 'RSS feed',
    atom: 'Atom feed',
    json: 'JSON feed',
  },
  search: {
    title: 'Search',
    heading: 'Search the news',
    label: 'Search the news',
    button: 'Search',
    none: 'No news found for “{query}”',
    results: { one: '{count} result for “{query}”', other: '{count} results for “{query}”' },
  },
  taxonomy: {
    tag: 'Tag: {name}',
    category: 'Category: {name}',
    pageTitle: '{heading}, page {page}',
    pageHeading: '{heading} (page {page} of {count})',
    tagDescription: 'News of the {site} tagged “{name}”.',
    categoryDescription: 'News of the {site} in the category “{name}”.',
  },
  archive: {
    heading: 'News of {month}',
  },
  notFound: {
    title: 'Page not found',
    text: 'This page does not exist, or the news item is not published yet. Check the address, or go to the latest news.',
    latest: 'Latest news',
    all: 'All news',
  },
  error: errorText,
  preview: {
    label: 'Preview — ',
    live: 'this post is live.',
    unpublished: 'not published (published: false): readers cannot see this post.',
    scheduled: 'not published (goes live on {date} at {time}, {zone} time).',
    expired: 'no longer published (since {date}).',
    exit: 'Exit preview',
    title: 'Preview: {title}',
    signInHeading: 'Preview a post that is not published',
    signInText: 'Staff with the preview password see this post as readers will once it is published. The preview stays open in this browser for 8 hours.',
    secret: 'Preview password',
    open: 'Open the preview',
    share: 'Link for a colleague (opens this post’s preview for 24 hours, without the password):',
  },
  gallery: {
    label: 'Photo gallery',
    previous: 'Previous slide',
    next: 'Next slide',
    start: 'Start automatic slide show',
    stop: 'Stop automatic slide show',
    slide: '{index} of {count}',
    goTo: 'Go to slide {index}',
  },
  feed: {
    title: '{site} — News',
    rss: '{site} — News (RSS)',
    atom: '{site} — News (Atom)',
    json: '{site} — News (JSON Feed)',
  },
};

/** The shape of every catalogue: the same keys as English, each a text or a set of plural forms. */
export type Messages = Widen<typeof en>;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : T[K] extends { one: string } ? PluralForms : Widen<T[K]> };

/** Intl.PluralRules categories; each catalogue gives the ones its language uses. */
export interface PluralForms {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}
