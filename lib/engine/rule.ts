/**
 * A rule is one unit: its id, what it checks, the settings it reads from the policy (a zod schema
 * that becomes part of the policy document), an optional preparation cached per policy, and `run`,
 * which reports findings through a builder. Rules are registered in one line each in
 * rules/index.ts; the policy schema, the guideline defaults, the dashboard's labels and
 * docs/policy-reference.md are all derived from that list.
 */
import type { z } from 'zod';
import type { PolicyCore } from '../policy/core.ts';
import type { Fields } from '../policy/fields.ts';
import type { Shared } from './context.ts';
import type { Span } from './spans.ts';
import type { Category, Finding, Fix, Severity } from './types.ts';

/**
 * Where a rule's settings live in the policy document: a whole section (`["disclosure"]`) or a key
 * inside a section (`["tone", "profanity"]`). Sections with keys also get an `enabled` switch for
 * all their rules, and may hold settings shared by several rules (`shared`).
 */
export type ConfigPath = readonly [section: string] | readonly [section: string, key: string];

/** What a rule reports: the builder fills in the rule id, category and guideline. */
export interface Report {
  /** A finding id other than the rule's own (`disclosure.below-fold`, `pii.email`). */
  id?: string;
  severity: Severity;
  message: string;
  /** The flagged text; absent for a whole-draft finding. */
  span?: Span;
  fixes?: Fix[];
  /** A guideline id other than the one in the rule's settings (custom rules name their own). */
  guideline?: string;
  /** The optional kind when the rule's own settings do not say (custom rules mark their own). */
  optionalKind?: string;
}

/** What `run` receives: the draft and shared helpers, its settings, its preparation, the builder. */
export interface RuleRun<Settings, Prepared> extends Shared {
  settings: Settings;
  prepared: Prepared;
  report(finding: Report): void;
}

/** A guideline reference inside a rule's settings, checked against `guidelines[].id`. */
export interface GuidelineRef {
  id: string;
  /** Path below the rule's settings. */
  path: (string | number)[];
  /** The rule's built-in guideline: allowed even when the policy does not define it. */
  builtIn?: string;
}

export interface RuleSpec<
  Id extends string,
  Path extends ConfigPath,
  Schema extends z.ZodType,
  Prepared,
  SharedSettings extends Record<string, z.ZodType> = Record<never, z.ZodType>,
> {
  /** The rule id, and the prefix of every finding id it reports. */
  id: Id;
  category: Category;
  /** A short name for people: dashboard rows, docs headings. */
  title: string;
  /** What it checks and why, one or two sentences (docs). */
  description: string;
  /** The guideline it serves unless the policy says otherwise. */
  guideline: string;
  /** The finding ids it reports, each with what it means (docs). Default: just `id`. */
  reports?: Readonly<Record<string, string>>;
  /**
   * Its settings in the policy document: a zod schema built with the policy layer's toolkit `f`
   * (so the engine itself never loads zod), and where it sits.
   */
  config: {
    at: Path;
    schema: (f: Fields) => Schema;
    /** Settings at the section's top level that several rules share (the same factories). */
    shared?: { [K in keyof SharedSettings]: (f: Fields) => SharedSettings[K] };
  };
  /** The guideline references in its settings (default: `settings.guideline`). */
  guidelineRefs?: (settings: z.output<Schema>) => GuidelineRef[];
  /** Expensive preparation (regexes, tables), done once per policy and cached. */
  prepare?: (settings: z.output<Schema>, policy: PolicyCore) => Prepared;
  run(r: RuleRun<z.output<Schema>, Prepared>): void;
}

export type Rule<
  Id extends string = string,
  Path extends ConfigPath = ConfigPath,
  Schema extends z.ZodType = z.ZodType,
  Prepared = unknown,
  SharedSettings extends Record<string, z.ZodType> = Record<never, z.ZodType>,
> = Readonly<RuleSpec<Id, Path, Schema, Prepared, SharedSettings>>;

/** Declare a rule. Identity at run time; the types tie its settings to its `run`. */
export function defineRule<
  Id extends string,
  const Path extends ConfigPath,
  Schema extends z.ZodType,
  Prepared = undefined,
  SharedSettings extends Record<string, z.ZodType> = Record<never, z.ZodType>,
>(
  spec: RuleSpec<Id, Path, Schema, Prepared, SharedSettings>,
): Rule<Id, Path, Schema, Prepared, SharedSettings> {
  return spec;
}

/** A rule's settings in a parsed policy (parsing fills every default in). */
export function settingsOf<Schema extends z.ZodType>(
  rule: Pick<Rule<string, ConfigPath, Schema>, 'config'>,
  policy: object,
): z.output<Schema> {
  const [section, key] = rule.config.at;
  const value = (policy as Record<string, unknown>)[section];
  return (
    key === undefined ? value : (value as Record<string, unknown> | undefined)?.[key]
  ) as z.output<Schema>;
}

/** True when the rule is switched on: its own `enabled`, and its section's for keyed settings. */
export function isEnabled(rule: Rule, policy: object): boolean {
  const [section, key] = rule.config.at;
  const sectionValue = (policy as Record<string, { enabled?: unknown } | undefined>)[section];
  if (key !== undefined && sectionValue?.enabled === false) return false;
  const own = settingsOf(rule, policy) as { enabled?: unknown } | undefined;
  return own !== undefined && own.enabled !== false;
}

/** The finding a report becomes. */
export function toFinding(
  rule: Rule,
  settings: unknown,
  report: Report,
  guidelineTitle: (id: string) => string,
): Finding {
  const { guideline: own, optional } = (settings ?? {}) as { guideline?: unknown; optional?: unknown };
  const finding: Finding = {
    ruleId: report.id ?? rule.id,
    category: rule.category,
    severity: report.severity,
    guideline: guidelineTitle(report.guideline ?? (typeof own === 'string' ? own : rule.guideline)),
    message: report.message,
    fixes: report.fixes ?? [],
  };
  if (report.span) {
    finding.start = report.span.start;
    finding.end = report.span.end;
  }
  // A block is the company's must: never something an employee switches off.
  const optionalKind = report.optionalKind ?? (optional === true ? rule.id : undefined);
  if (optionalKind !== undefined && report.severity !== 'block') finding.optionalKind = optionalKind;
  return finding;
}
