// The text of a new post, as `npm run new-post` writes it: every field at its default, commented.
import { formatGravDate, parseGravDate } from './dates';

export interface NewPostOptions {
  title: string;
  now: Date;
  timeZone: string;
  /** `dd-mm-yyyy HH:MM`: schedule the post. */
  publish?: string;
  draft?: boolean;
}

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

export function newPostSource({ title, now, timeZone, publish, draft }: NewPostOptions): string {
  if (publish !== undefined) {
    const parsed = parseGravDate(publish, timeZone);
    if (!parsed.ok) throw new Error(`--publish '${publish}' is not a valid date: ${parsed.reason}`);
  }
  const date = publish ?? formatGravDate(now, timeZone);
  return `---
title: ${quote(title)}
# The post's date, day-month-year in ${timeZone} time.
date: '${date}'
# false keeps the post hidden everywhere (a draft).
published: ${draft ? 'false' : 'true'}
${publish ? `# The post goes live by itself at this moment (it is hidden until then).\npublish_date: '${publish}'` : "# Schedule: the post stays hidden until this moment.\n# publish_date: 'dd-mm-yyyy HH:MM'"}
# unpublish_date: 'dd-mm-yyyy HH:MM'
# hide_page_title: false
# show_sidebar: true
# hide_from_post_list: false
# continue_link: true
# hide_git_sync_repo_link: false
# header_image: true          # the first photo of this folder, or header_image_file
# header_image_file: photo.jpg
# header_image_alt_text: 'What the photo shows'
# header_image_credit: 'Press office'
# taxonomy:
#   category: news
#   tag: [hematology]
#
# Photos go in this folder. Show one with ![What it shows](photo.jpg); several as a gallery:
#   [owl-carousel items=1 margin=10 loop=true]
#   ![First photo](photo-1.jpg)
#   ![Second photo](photo-2.jpg)
#   [/owl-carousel]
# Everything about writing posts: docs/writing-posts.md
---

One or two sentences that sum up the news: they are shown in the news list.

===

The rest of the news.
`;
}
