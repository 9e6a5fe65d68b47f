// Ids appear in file names, URLs and message payloads, so they stay plain.
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The problem with id, or undefined when it is well formed. */
export function idProblem(id: string): string | undefined {
  return ID_PATTERN.test(id) ? undefined : `id "${id}" must be lowercase letters, digits and single hyphens`;
}
