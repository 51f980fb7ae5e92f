// Response headers for every route (next.config.ts). Why the Content-Security-Policy allows what it does:
// - script-src 'self' 'unsafe-inline': Next.js streams its React Server Components payload in inline
//   <script> tags. The alternative, a per-request nonce, makes every page dynamic and would end static
//   pages and ISR. No third-party origin and no 'unsafe-eval' (development alone adds it for React's
//   debugging tools). Content cannot add scripts: the pipeline rejects them at build.
// - style-src 'self' 'unsafe-inline': next/image and the gallery set inline styles.
// - img-src 'self' data: blob:: images come from this site; next/image may use data: placeholders.
// - frame-ancestors 'none': the site is never framed (clickjacking).

export function contentSecurityPolicy(isDevelopment: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${isDevelopment ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self'",
  ].join('; ');
}

// The web editor at /admin (cms/admin.ts) has its own policy; what it allows beyond 'self' and why:
// - style-src 'unsafe-inline': Sveltia CMS (Svelte) sets styles on elements and injects its own.
// - connect-src https://api.github.com: the GitHub backend reads and writes the repository through
//   GitHub's API from the browser; signing in opens GitHub's page (or CMS_AUTH_URL) in a popup.
//   https://www.githubstatus.com: the editor warns staff when GitHub itself is down.
//   data: blob:: it reads back its own logo and the photos picked for upload.
//   Left blocked: its check for a newer version on unpkg.com (versions are pinned in package.json).
// - img-src https://avatars.githubusercontent.com: the signed-in person's picture.
// - img-src/media-src blob:, worker-src blob:: photos picked for upload are shown and resized in
//   the browser before they are committed.
// Scripts: only the site's own two files, no 'unsafe-inline' and no 'unsafe-eval'.
export function adminContentSecurityPolicy(authOrigin?: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://avatars.githubusercontent.com",
    "font-src 'self'",
    `connect-src 'self' data: blob: https://api.github.com https://www.githubstatus.com${authOrigin ? ` ${authOrigin}` : ''}`,
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
  ].join('; ');
}

type Header = { key: string; value: string };

/**
 * Headers of every reader page, or of the web editor with `editor` (its own policy, never indexed).
 * The editor's sign-in opens a popup on GitHub or the sign-in service that reports back to it, so
 * its opener policy keeps popups: 'same-origin' would cut that link and sign-in would never finish.
 */
export function securityHeaders(isProduction: boolean, editor?: { authOrigin?: string }): Header[] {
  return [
    { key: 'Content-Security-Policy', value: editor ? adminContentSecurityPolicy(editor.authOrigin) : contentSecurityPolicy(!isProduction) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: editor ? 'same-origin-allow-popups' : 'same-origin' },
    ...(isProduction ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] : []),
    ...(editor ? [{ key: 'X-Robots-Tag', value: 'noindex, nofollow' }] : []),
  ];
}
