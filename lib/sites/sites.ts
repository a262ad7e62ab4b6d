/**
 * The sites Ambassador runs on, as data: the one list that the manifest's host permissions, each
 * content script's matches and the popup's switches are built from. Pure data (no DOM), so
 * wxt.config.ts can import it at build time.
 */
import { PLATFORMS, type Platform } from '../engine/types';

export interface SiteInfo {
  platform: Platform;
  /** The site's name as people say it. */
  label: string;
  /** Match patterns of the pages the content script runs on (`*.` also matches the bare domain). */
  matches: string[];
}

export const SITES: Readonly<Record<Platform, SiteInfo>> = {
  x: { platform: 'x', label: 'X (Twitter)', matches: ['https://*.x.com/*', 'https://*.twitter.com/*'] },
  facebook: { platform: 'facebook', label: 'Facebook', matches: ['https://*.facebook.com/*'] },
  linkedin: { platform: 'linkedin', label: 'LinkedIn', matches: ['https://*.linkedin.com/*'] },
};

/** Every site in PLATFORMS order. */
export const SITE_LIST: readonly SiteInfo[] = PLATFORMS.map((p) => SITES[p]);

/** The host permissions the manifest asks for: exactly the content scripts' matches. */
export const HOST_MATCHES: readonly string[] = SITE_LIST.flatMap((s) => s.matches);
