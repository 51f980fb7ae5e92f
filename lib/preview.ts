// Preview of posts that are not live, through Next.js Draft Mode, for staff with the secret.
// The secret comes from PREVIEW_SECRET; without it preview is off. Comparison is in constant time
// (digests of equal length), and a wrong or missing secret learns nothing but "401".
import { createHash, timingSafeEqual } from 'node:crypto';

export type SecretCheck = 'off' | 'valid' | 'invalid';

export function checkPreviewSecret(given: string | null, configured = process.env.PREVIEW_SECRET): SecretCheck {
  if (!configured) return 'off';
  if (!given) return 'invalid';
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(configured)) ? 'valid' : 'invalid';
}
