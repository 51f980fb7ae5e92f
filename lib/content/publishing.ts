// The one publishing rule. Every page, list, feed, sitemap entry and media file asks `isLive`.
//
// Grav ignores publish_date/unpublish_date when `published` is present at all. We do not: staff
// schedule posts with `published: true` plus a future `publish_date`, and expect them to stay hidden.

export interface PublishState {
  /** `published` from front matter; false hides the post whatever the dates say. */
  published: boolean;
  /** The post goes live at this instant (inclusive). */
  publishAt: Date | null;
  /** The post stops being live at this instant (inclusive). */
  unpublishAt: Date | null;
}

/** Why a post is not live at `now`, for previews and the content check; null when it is live. */
export function notLiveReason(post: PublishState, now: Date): 'unpublished' | 'scheduled' | 'expired' | null {
  if (!post.published) return 'unpublished';
  if (post.publishAt && now.getTime() < post.publishAt.getTime()) return 'scheduled';
  if (post.unpublishAt && now.getTime() >= post.unpublishAt.getTime()) return 'expired';
  return null;
}

export function isLive(post: PublishState, now: Date): boolean {
  return notLiveReason(post, now) === null;
}

/**
 * Whether a post is live at `now` or may still become live without a new commit: not a draft and
 * not expired (a scheduled post may). What a build makes reachable: the addresses of posts that
 * cannot are answered by the 404 page without rendering anything (lib/routes.ts), and their
 * photos do not ship (lib/content/media.ts).
 */
export function mayBeLive(post: PublishState, now: Date): boolean {
  const reason = notLiveReason(post, now);
  return reason === null || reason === 'scheduled';
}

/**
 * The first instant after `now` at which any of `posts` goes live or stops being live, or
 * Infinity: until then every answer of the publishing rule about them stays the same.
 */
export function nextLiveChange(posts: readonly PublishState[], now: Date): number {
  let next = Infinity;
  for (const post of posts) {
    for (const instant of [post.publishAt, post.unpublishAt]) {
      const time = instant?.getTime();
      if (time !== undefined && time > now.getTime() && time < next) next = time;
    }
  }
  return next;
}
