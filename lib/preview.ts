// Staff previews of posts that are not live. The long-lived secret (PREVIEW_SECRET) is typed into a
// form and sent by POST, so it never lands in an address or an access log; it opens a preview
// session: a cookie signed with a key derived from the secret, good for SESSION_HOURS. A member of
// staff can hand a colleague a link to one post's preview that works for SHARE_HOURS and opens that
// post alone. Without PREVIEW_SECRET previews are off. Comparisons are in constant time.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export type SecretCheck = 'off' | 'valid' | 'invalid';

/** The cookie that holds a preview session. */
export const PREVIEW_COOKIE = 'site_preview';
export const SESSION_HOURS = 8;
export const SHARE_HOURS = 24;

const HOUR = 3_600_000;

function sameText(a: string, b: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(a), digest(b));
}

export function checkPreviewSecret(given: string | null, configured = process.env.PREVIEW_SECRET): SecretCheck {
  if (!configured) return 'off';
  if (!given) return 'invalid';
  return sameText(given, configured) ? 'valid' : 'invalid';
}

/** What a session or link may open: every post (`*`, staff with the secret) or one (`<lang>/<slug>`). */
export type PreviewScope = '*' | `${string}/${string}`;

function signature(purpose: string, payload: string, secret: string): string {
  const key = createHmac('sha256', secret).update(`hematology-news preview ${purpose}`).digest();
  return createHmac('sha256', key).update(payload).digest('base64url');
}

/** `scope|expires|signature`: opens `scope` until `expires` (ms since the epoch). */
function signed(purpose: string, scope: PreviewScope, expires: number, secret: string): string {
  const payload = `${scope}|${expires}`;
  return `${payload}|${signature(purpose, payload, secret)}`;
}

function verify(purpose: string, value: string | undefined | null, now: Date, secret: string | undefined): PreviewScope | null {
  if (!secret || !value || value.length > 300) return null;
  const parts = value.split('|');
  if (parts.length !== 3) return null;
  const [scope, expires, given] = parts;
  if (!/^\d{1,15}$/.test(expires) || Number(expires) <= now.getTime()) return null;
  if (scope !== '*' && !/^[a-z]{2,3}\/[a-z0-9-]{1,200}$/.test(scope)) return null;
  return sameText(given, signature(purpose, `${scope}|${expires}`, secret)) ? (scope as PreviewScope) : null;
}

/** A session cookie's value: `scope` for SESSION_HOURS from `now`. */
export function createSession(scope: PreviewScope, now: Date, secret: string): string {
  return signed('session', scope, now.getTime() + SESSION_HOURS * HOUR, secret);
}

/** What a session cookie opens now, or null (none, forged, expired, or previews off). */
export function sessionScope(value: string | undefined | null, now: Date, secret = process.env.PREVIEW_SECRET): PreviewScope | null {
  return verify('session', value, now, secret);
}

/** A link's token that opens one post's preview for SHARE_HOURS from `now`. */
export function createShareToken(lang: string, slug: string, now: Date, secret: string): string {
  return signed('share', `${lang}/${slug}`, now.getTime() + SHARE_HOURS * HOUR, secret);
}

/** The post a share token opens now (`<lang>/<slug>`), or null. */
export function shareTokenScope(token: string | null, now: Date, secret = process.env.PREVIEW_SECRET): PreviewScope | null {
  const scope = verify('share', token, now, secret);
  return scope === '*' ? null : scope;
}

/** Whether a session of `scope` may see the post `slug` in `lang`. */
export function scopeAllows(scope: PreviewScope | null, lang: string, slug: string): boolean {
  return scope === '*' || scope === `${lang}/${slug}`;
}
