import { expect, test } from '@playwright/test';

// e2e/fixtures/content/posts/reviewed-advice: reviewed_by, reviewed_date (and next_review in English).
const CASES = [
  { url: '/news/reviewed-advice', line: 'Medically reviewed by Dr Aigerim Sadykova, hematologist on 15 January 2023', name: 'Dr Aigerim Sadykova', role: 'hematologist' },
  { url: '/ru/news/reviewed-advice', line: 'Медицинская проверка: Айгерим Садыкова, врач-гематолог, 15 января 2023 г.', name: 'Айгерим Садыкова', role: 'врач-гематолог' },
  { url: '/kk/news/reviewed-advice', line: 'Медициналық тексеру: Әйгерім Садықова, гематолог дәрігер, 2023 ж. 15 қаңтар', name: 'Әйгерім Садықова', role: 'гематолог дәрігер' },
];

for (const { url, line, name, role } of CASES) {
  test(`${url}: "medically reviewed" near the date, and MedicalWebPage JSON-LD with lastReviewed and reviewedBy`, async ({ page }) => {
    await page.goto(url);
    const header = page.getByRole('article').locator('header');
    await expect(header).toContainText(line);
    await expect(header.locator('time').last()).toHaveAttribute('datetime', '2023-01-15T00:00:00+06:00');
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const items = blocks.flatMap((text) => JSON.parse(text) as unknown).flat() as Array<Record<string, unknown>>;
    const medical = items.find((item) => item['@type'] === 'MedicalWebPage');
    expect(medical).toMatchObject({ lastReviewed: '2023-01-15', reviewedBy: { '@type': 'Person', name, jobTitle: role } });
    expect(items.some((item) => item['@type'] === 'NewsArticle')).toBe(true);
  });
}

test('a post without review fields says nothing about a review', async ({ page }) => {
  await page.goto('/news/with-header-image');
  await expect(page.getByText(/Medically reviewed/)).toHaveCount(0);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks.join('')).not.toContain('MedicalWebPage');
});
