export {
  PolicySchema,
  SeveritySchema,
  GuidelineSchema,
  CustomRuleSchema,
  policyJsonSchema,
  checkAdminPattern,
  MAX_PATTERN_LENGTH,
  MAX_PATTERN_PROGRAM_SIZE,
  type Policy,
  type PolicyInput,
  type Guideline,
  type CustomRule,
} from './schema.ts';
export { parsePolicy, formatPath, type ParseResult, type PolicyError } from './parse.ts';
export { DEFAULT_POLICY, DEFAULT_POLICY_INPUT } from './default-policy.ts';
