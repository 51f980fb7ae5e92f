import { expect, test } from '@playwright/test';
import { photoUrl } from './photos';

const ROUTES = ['/', '/news/multidisciplinary-approach-in-hematopathology', '/news/page/2', '/news/tag/donors', '/feed.xml', '/sitemap.xml', '/search?q=x', '/api/search?q=x', photoUrl('with-header-image', 'header-2.jpg'), '/no-such-page'];

test('every route sends the security headers', async ({ request }) => {
  for (const route of ROUTES) {
    const headers = (await request.get(route)).headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, route).toContain("default-src 'self'");
    expect(csp, route).toContain("frame-ancestors 'none'");
    expect(csp, route).toContain("object-src 'none'");
    expect(csp, route).not.toContain('unsafe-eval');
    // No third-party origin anywhere in the policy.
    expect(csp, route).not.toMatch(/https?:\/\//);
    expect(headers['x-content-type-options'], route).toBe('nosniff');
    expect(headers['referrer-policy'], route).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], route).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    expect(headers['strict-transport-security'], route).toMatch(/max-age=\d{7,}/);
    expect(headers['x-powered-by'], route).toBeUndefined();
  }
});

test('the pages work under the policy: no CSP violations while reading and using the gallery', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/news/multidisciplinary-approach-in-hematopathology');
  await page.getByRole('button', { name: 'Next slide' }).click();
  await expect(page.locator('button[aria-current="true"]')).toHaveAccessibleName('Go to slide 2');
  await page.goto('/search');
  await page.getByRole('searchbox', { name: 'Search the news' }).fill('donor');
  await expect(page.getByRole('region', { name: /for “donor”/ })).toBeVisible();
  expect(violations).toEqual([]);
});

test('the web editor has its own policy (scripts of this site only), is never indexed, and no reader page links it or loads its code', async ({ request }) => {
  for (const route of ['/admin', '/admin/sveltia-cms.js', '/admin/cms.js']) {
    const response = await request.get(route);
    expect(response.status(), route).toBe(200);
    const headers = response.headers();
    expect(headers['content-security-policy'], route).toContain("script-src 'self';");
    expect(headers['content-security-policy'], route).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy'], route).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(headers['x-robots-tag'], route).toBe('noindex, nofollow');
    // The sign-in popup must be able to report back to the editor.
    expect(headers['cross-origin-opener-policy'], route).toBe('same-origin-allow-popups');
    expect(headers['x-content-type-options'], route).toBe('nosniff');
  }
  expect(await (await request.get('/admin')).text()).toContain('<meta name="robots" content="noindex, nofollow">');
  // Not in robots.txt either, which anyone can read: the noindex header keeps it out of search engines.
  for (const route of ['/', '/news/multidisciplinary-approach-in-hematopathology', '/ru', '/sitemap.xml', '/robots.txt']) {
    expect(await (await request.get(route)).text(), route).not.toMatch(/\/admin|sveltia/i);
  }
});
