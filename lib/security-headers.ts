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

export function securityHeaders(isProduction: boolean): Array<{ key: string; value: string }> {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(!isProduction) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    ...(isProduction ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] : []),
  ];
}
