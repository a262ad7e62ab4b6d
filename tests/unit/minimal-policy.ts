/** The smallest policy document the schema accepts: unit tests add the section they are about. */
export const MINIMAL_POLICY = {
  schemaVersion: 1,
  policyVersion: 't',
  name: 'Acme test policy',
  company: 'Acme',
  guidelines: [{ id: 'g', title: 'Be good', summary: 's', lesson: 'l' }],
} as const;
