/** Playwright fixtures: a Chromium with the built extension, fresh for each test. */
import { test as base, expect } from '@playwright/test';
import { launch, openSite, type Launched, type Site } from './harness';

export const test = base.extend<{
  browserWithExtension: Launched;
  open: (site: Site, query?: string) => ReturnType<typeof openSite>;
}>({
  // eslint-disable-next-line no-empty-pattern
  browserWithExtension: async ({}, use) => {
    const launched = await launch();
    await use(launched);
    await launched.close();
  },
  open: async ({ browserWithExtension }, use) => {
    await use((site, query) => openSite(browserWithExtension.context, site, query));
  },
});
export { expect };
