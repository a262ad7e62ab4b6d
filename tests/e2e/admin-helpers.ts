/**
 * Helpers for the admin e2e specs (policy distribution, training, metrics): enterprise policy
 * files for Chromium, a lock that keeps these specs from overlapping (a managed policy applies to
 * every Chromium on the machine), and the X compose box.
 */
import { accessSync, constants, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test as base, expect, type Page, type Worker } from '@playwright/test';
import { reportFailure } from './fixtures';
import { launch, openExtensionPage, type Launched } from './harness';
import type { PolicyStatus } from '../../lib/store/contract';
import { DEV_EXTENSION_ID } from '../../wxt.config';

/** The extension API inside a page.evaluate / worker.evaluate callback (types only). */
export interface ExtGlobal {
  chrome: {
    storage: Record<
      'local' | 'sync' | 'managed',
      { get(key: string | null): Promise<Record<string, unknown>> }
    >;
    runtime: { sendMessage(message: unknown): Promise<unknown> };
  };
}

export const X_EDITOR = '[data-testid="tweetTextarea_0"]';

export async function typeInX(page: Page, text: string): Promise<void> {
  const editor = page.locator(X_EDITOR).first();
  await editor.click();
  await page.keyboard.type(text);
}

export { activePolicy } from './harness';

export async function policyStatus(worker: Worker): Promise<PolicyStatus | undefined> {
  return worker.evaluate(() =>
    (globalThis as unknown as ExtGlobal).chrome.storage.local
      .get('policyStatus')
      .then((r: Record<string, unknown>) => r.policyStatus as PolicyStatus | undefined),
  );
}

// --- Enterprise policy (Linux Chromium reads /etc/chromium/policies/managed/*.json) -------------

export const MANAGED_DIR = process.env.AMBASSADOR_POLICY_DIR ?? '/etc/chromium/policies/managed';
const MANAGED_FILE = join(MANAGED_DIR, 'ambassador-e2e.json');

/** Why the managed-policy tests cannot run here, or undefined when they can. */
export function managedPolicyUnavailable(): string | undefined {
  if (process.platform !== 'linux')
    return `enterprise policy files are read from ${MANAGED_DIR} on Linux only`;
  try {
    mkdirSync(MANAGED_DIR, { recursive: true });
    accessSync(MANAGED_DIR, constants.W_OK);
    return undefined;
  } catch (e) {
    return `${MANAGED_DIR} is not writable by this user (${(e as NodeJS.ErrnoException).code ?? String(e)}); CI runs as root and can write it`;
  }
}

/** Write the extension's managed storage values as Chromium's policy file. */
export function writeManagedPolicy(values: Record<string, unknown>): void {
  writeFileSync(
    MANAGED_FILE,
    JSON.stringify({ '3rdparty': { extensions: { [DEV_EXTENSION_ID]: values } } }, null, 2),
  );
}

export function removeManagedPolicy(): void {
  rmSync(MANAGED_FILE, { force: true });
}

// --- A lock between the admin specs (Playwright may run spec files in parallel workers) --------

const LOCK = join(process.env.TMPDIR ?? '/tmp', 'ambassador-e2e-admin.lock');

export async function acquireAdminLock(timeoutMs = 240_000): Promise<void> {
  const start = Date.now();
  mkdirSync(dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch {
      // A lock left behind by a crashed run is stale after 3 minutes.
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 180_000) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        /* gone meanwhile */
      }
      if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${LOCK}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

export function releaseAdminLock(): void {
  if (existsSync(LOCK)) rmSync(LOCK, { recursive: true, force: true });
}

/**
 * `ext`: a Chromium with the built extension and a fresh profile, launched while holding the
 * admin lock. `lock`: only the lock (for tests that launch Chromium themselves).
 */
export const test = base.extend<{ lock: void; ext: Launched }>({
  // eslint-disable-next-line no-empty-pattern
  lock: async ({}, use) => {
    await acquireAdminLock();
    try {
      await use();
    } finally {
      releaseAdminLock();
    }
  },
  ext: async ({ lock: _lock }, use, testInfo) => {
    const launched = await launch();
    try {
      await use(launched);
      await reportFailure(launched, testInfo);
    } finally {
      await launched.close();
    }
  },
});
export { expect, openExtensionPage };
export { policyWithBlockedTerm } from './surfaces';
