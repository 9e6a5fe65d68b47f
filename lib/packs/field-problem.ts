// What is wrong with a pack's field, as a key with its particulars: the
// options page words the key in the reader's language, while the English
// phrase (for `npm run pack`, logs and the field line shown as written) is
// made here, once, from the same key.
const ENGLISH = {
  object: () => 'must be an object',
  list: () => 'must be a list',
  text: () => 'must be text',
  empty: () => 'is empty',
  id: () => 'must be lowercase letters, digits and single hyphens',
  'whole-number': (min: string, max: string) => `must be a whole number from ${min} to ${max}`,
  boolean: () => 'must be true or false',
  'partial-date': () => 'must be a date (YYYY, YYYY-MM or YYYY-MM-DD) or null',
  'one-of': (choices: string) => `must be one of ${choices}`,
  version: () => 'must be dotted numbers such as 1 or 1.2.0',
  'date-time': () => 'must be a date and time',
  number: () => 'must be a number',
  count: (said: string, holds: string) => `says ${said}, the pack holds ${holds}`,
  equals: (value: string) => `must be ${value}`,
  repeated: (value: string) => `"${value}" is used twice`,
  'no-details': (topic: string) => `has no entry for topic "${topic}"`,
  'not-listed': () => 'is not a topic of names.topics',
  span: () => 'must be [start, end]',
  'unknown-topic': (topic: string) => `names topic "${topic}", which the pack does not have`,
  'unknown-article': (article: string) => `names article "${article}", which the pack does not have`,
  'body-header': () => 'must give the length and checksum of the contents',
} satisfies Record<string, (...args: string[]) => string>;

export type FieldProblem = keyof typeof ENGLISH;
export type FieldProblemArgs<K extends FieldProblem> = Parameters<(typeof ENGLISH)[K]>;

function fieldProblemEnglish<K extends FieldProblem>(key: K, ...args: FieldProblemArgs<K>): string {
  const phrase: (...a: string[]) => string = ENGLISH[key];
  return phrase(...args);
}

/** A PackError's reason args for an invalid field: the path and the English problem first (shown as written), then the key and its particulars. */
export function fieldProblemArgs<K extends FieldProblem>(path: string, key: K, ...args: FieldProblemArgs<K>): string[] {
  return [path, fieldProblemEnglish(key, ...args), key, ...args];
}
