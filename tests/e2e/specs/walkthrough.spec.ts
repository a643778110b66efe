// The walkthrough, in each edition: the arrow key that reads on (→ in English, ← in Arabic), the
// pager's links, the back button and the overview's cards take a reader from point to point.
import { test, expect, openApp } from '../support/fixtures';
import { contentOf, nextLinkIn } from '../support/content';
import { editions } from '../support/ui';

for (const words of editions) {
  const { lang, prefix, pattern, say } = words;
  const { titles } = contentOf(words);
  const named = (n: number) => titles.get(n) ?? '';
  const onward = lang === 'ar' ? 'ArrowLeft' : 'ArrowRight';

  test(`${lang}: the ${onward} key walks from point 1 to point 20`, async ({ page }) => {
    await openApp(page, `${prefix}/points/1`);
    await expect(page.locator('h1')).toContainText(named(1));
    for (let n = 2; n <= 20; n++) {
      await page.keyboard.press(onward);
      await expect(page).toHaveURL(new RegExp(`${prefix}/points/${n}$`));
      // Each point is a page of its own: the keys work once its script has started.
      await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
    }
    await expect(page.locator('h1')).toContainText(named(20));
    await expect(page.getByText(say('c_pager_progress', { number: 20, total: 20 }))).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(`^${pattern('route_name_point', { number: 20, title: named(20) }).source}`));
  });

  test(`${lang}: next and previous links, and the back button, move between points`, async ({ page }) => {
    await openApp(page, `${prefix}/points/7`);
    await page.getByRole('link', { name: nextLinkIn(words, 8) }).click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/points/8$`));
    await expect(page.locator('h1')).toContainText(named(8));
    await expect(page.locator('h1')).toBeFocused();
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${prefix}/points/7$`));
    await expect(page.locator('h1')).toContainText(named(7));
  });

  test(`${lang}: the overview links every point to its page`, async ({ page }) => {
    await openApp(page, `${prefix}/`);
    await expect(page.getByRole('link', { name: new RegExp(`^${pattern('c_point_card_title', { number: /\d+/ }).source}`) })).toHaveCount(20);
    await page.getByRole('link', { name: say('c_point_card_title', { number: 13, title: named(13) }) }).click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/points/13$`));
    await expect(page.locator('h1')).toContainText(named(13));
  });
}
