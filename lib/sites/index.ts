import type { Platform } from '../engine/types';
import { facebookAdapter } from './facebook';
import { linkedinAdapter } from './linkedin';
import type { SiteAdapter } from './types';
import { xAdapter } from './x';

export const ADAPTERS: Record<Platform, SiteAdapter> = {
  x: xAdapter,
  facebook: facebookAdapter,
  linkedin: linkedinAdapter,
};
export type { ComposeBox, SiteAdapter } from './types';
