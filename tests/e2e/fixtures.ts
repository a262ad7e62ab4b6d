/** Playwright fixtures: a Chromium with the built extension, fresh for each test. */
import { test as base, expect, type TestInfo } from '@playwright/test';
import { failureReport, launch, openSite, policyPublished, type Launched, type Site } from './harness';

export const test = base.extend<{
  browserWithExtension: Launched;
  open: (site: Site, query?: string) => ReturnType<typeof openSite>;
}>({
  // eslint-disable-next-line no-empty-pattern
  browserWithExtension: async ({}, use, testInfo) => {
    const launched = await launch();
    await use(launched);
    await reportFailure(launched, testInfo);
    await launched.close();
  },
  open: async ({ browserWithExtension }, use) => {
    let published: Promise<void> | undefined;
    await use(async (site, query) => {
      // A page opened before the service worker's first publication of the policy has nothing to
      // check or listen with for a moment: a test typing at once would race it.
      await (published ??= policyPublished(browserWithExtension));
      return openSite(browserWithExtension.context, site, query);
    });
  },
});
export { expect };

/** Prints what the browser said and showed when a test failed: CI keeps only the output. */
export async function reportFailure(launched: Launched, testInfo: TestInfo): Promise<void> {
  if (testInfo.status === testInfo.expectedStatus) return;
  console.log(await failureReport(launched));
}
