/** Plain-text formatting shared by the popup and the options page. */
import type { TrainingState } from '@/lib/engine/types';
import type { PolicySource } from '@/lib/store/contract';

export function formatDate(d: Date | string | number | undefined): string {
  if (d === undefined) return '';
  const date = d instanceof Date ? d : new Date(d);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function formatTime(d: number): string {
  return new Date(d).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

export const SOURCE_LABELS: Record<PolicySource, string> = {
  managed: 'Set by your organisation',
  imported: 'Imported file',
  default: 'Built-in',
};

export const TRAINING_LABELS: Record<
  TrainingState,
  { label: string; tone: 'ok' | 'warn' | 'danger' | 'info' }
> = {
  certified: { label: 'Trained', tone: 'ok' },
  'in-training': { label: 'In training', tone: 'info' },
  none: { label: 'Not trained yet', tone: 'warn' },
  expired: { label: 'Training expired', tone: 'danger' },
};

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
