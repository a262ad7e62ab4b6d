export {
  PolicySchema,
  policyJsonSchema,
  type Policy,
  type PolicyInput,
  type Guideline,
  type CustomRule,
} from './schema.ts';
export { SeveritySchema, checkAdminPattern, MAX_PATTERN_LENGTH, MAX_PATTERN_PROGRAM_SIZE } from './fields.ts';
export { GuidelineSchema } from './core.ts';
export { parsePolicy, formatPath, type ParseResult, type PolicyError } from './parse.ts';
export { DEFAULT_POLICY, DEFAULT_POLICY_INPUT } from './default-policy.ts';
