import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const FILE = '.e2e-content/posts/content-breaks-later/index.md';
const URL = '/news/content-breaks-later';

test('when a post file breaks on a running server the last good page stays up, and the fix is picked up', async ({ request }) => {
  test.setTimeout(180_000);
  const original = readFileSync(FILE, 'utf8');
  try {
    expect(await (await request.get(URL)).text()).toContain('Original wording of the notice.');
    writeFileSync(FILE, original.replace("date: '05-06-2022 12:00'", "date: '31-02-2022 12:00'"));
    // Past the 30 s revalidation and the loader's 5 s recheck, regeneration has met the broken file.
    const deadline = Date.now() + 45_000;
    while (Date.now() < deadline) {
      const response = await request.get(URL);
      expect(response.status()).toBe(200);
      expect(await response.text()).toContain('Original wording of the notice.');
      await new Promise((resolve) => setTimeout(resolve, 3000));
    }
    writeFileSync(FILE, original.replace('Original wording', 'Corrected wording'));
    await expect.poll(async () => (await request.get(URL)).text(), { timeout: 90_000, intervals: [2000] }).toContain('Corrected wording of the notice.');
  } finally {
    writeFileSync(FILE, original);
  }
});
