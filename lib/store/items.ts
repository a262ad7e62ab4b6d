/**
 * Typed storage items: every read of extension storage goes through the item's zod schema
 * (schemas.ts), so a missing or malformed value comes back as the item's fallback and never
 * reaches the UI or the engine as something else; every write is validated first and a bad value
 * is refused with a clear error before anything is written.
 */
import { storage } from 'wxt/utils/storage';
import type { z } from 'zod';
import { DEFAULT_SETTINGS, KEYS } from './contract';
import {
  ActivePolicyRecordSchema,
  ImportedPolicySchema,
  PolicyStatusSchema,
  SiteSettingsSchema,
  SwitchedOffKindsSchema,
  TrainingRecordSchema,
} from './schemas';

/** What a page needs to show a stored value and follow its changes. */
export interface WatchedValue<T> {
  readonly fallback: T;
  getValue(): Promise<T>;
  /** Calls `onChange` with every new value; returns the function that stops watching. */
  watch(onChange: (value: T) => void): () => void;
}

type ItemKey = `${'local' | 'sync'}:${string}`;

/** One validated write, for setValues. */
export interface ItemWrite {
  key: ItemKey;
  value: unknown;
}

export interface ValidatedItem<T, F extends T | undefined = T> extends WatchedValue<T | F> {
  /** The key in its storage area, as browser.storage and storage.onChanged name it. */
  readonly key: string;
  readonly area: 'local' | 'sync';
  /** The stored value `raw`, validated: the fallback when it is missing or malformed. */
  parse(raw: unknown): T | F;
  setValue(value: T): Promise<void>;
  /** The write of `value` for setValues; throws now when `value` is malformed. */
  write(value: T): ItemWrite;
  removeValue(): Promise<void>;
}

/** Several validated writes in one storage call: readers see them together, in one change. */
export function setValues(writes: readonly ItemWrite[]): Promise<void> {
  return storage.setItems([...writes]);
}

export function defineValidatedItem<T, F extends T | undefined = T>(
  key: ItemKey,
  schema: z.ZodType<T>,
  fallback: F,
): ValidatedItem<T, F> {
  // Version 1 of every value's shape; a change of shape adds a version and its migration here.
  const stored = storage.defineItem<unknown>(key, { version: 1 });
  const [area, name] = key.split(':') as ['local' | 'sync', string];
  const parse = (raw: unknown): T | F => {
    if (raw === null || raw === undefined) return fallback;
    const r = schema.safeParse(raw);
    return r.success ? r.data : fallback;
  };
  const validated = (value: T): T => {
    const r = schema.safeParse(value);
    if (r.success) return r.data;
    const problems = r.error.issues.map((i) => `${i.path.join('.') || '(value)'}: ${i.message}`);
    throw new TypeError(`${key} not written, the value is malformed: ${problems.join('; ')}`);
  };
  return {
    key: name,
    area,
    fallback,
    parse,
    getValue: async () => parse(await stored.getValue()),
    setValue: async (value) => stored.setValue(validated(value)),
    write: (value) => ({ key, value: validated(value) }),
    removeValue: () => stored.removeValue(),
    watch: (onChange) => stored.watch((raw) => onChange(parse(raw))),
  };
}

/** The policy in force, published by the background; undefined until the first publication. */
export const activePolicyItem = defineValidatedItem(
  `local:${KEYS.activePolicy}`,
  ActivePolicyRecordSchema,
  undefined,
);

/** The refused policies, published by the background; undefined until the first publication. */
export const policyStatusItem = defineValidatedItem(
  `local:${KEYS.policyStatus}`,
  PolicyStatusSchema,
  undefined,
);

/** The raw JSON of the last valid imported policy file. */
export const importedPolicyItem = defineValidatedItem(
  `local:${KEYS.importedPolicy}`,
  ImportedPolicySchema,
  undefined,
);

/** Per-site on/off and snooze; malformed fields fall back one by one to the defaults. */
export const settingsItem = defineValidatedItem(
  `local:${KEYS.settings}`,
  SiteSettingsSchema,
  DEFAULT_SETTINGS,
);

/** The employee's training record (storage.sync: it follows them across devices). */
export const trainingItem = defineValidatedItem(`sync:${KEYS.training}`, TrainingRecordSchema, undefined);

/** The optional kinds of nudge the employee switched off; none when missing or malformed. */
export const switchedOffItem = defineValidatedItem(
  `local:${KEYS.switchedOff}`,
  SwitchedOffKindsSchema,
  [] as string[],
);
