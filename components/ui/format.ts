/** Dates and times in the UI language, shared by the popup and the options page. */
import { uiLanguage } from '@/lib/i18n/messages';

export function formatDate(d: Date | string | number | undefined): string {
  if (d === undefined) return '';
  const date = d instanceof Date ? d : new Date(d);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleDateString(uiLanguage(), { year: 'numeric', month: 'short', day: 'numeric' });
}

export function formatTime(d: number): string {
  return new Date(d).toLocaleTimeString(uiLanguage(), { hour: '2-digit', minute: '2-digit' });
}

/** "a, b and c" in the UI language. */
export function formatList(items: string[]): string {
  return new Intl.ListFormat(uiLanguage(), { type: 'conjunction' }).format(items);
}
