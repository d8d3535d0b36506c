// The API names a wrong field by its path in the request body ("settings.allowedOrigins.0",
// "settings.templates.en.body"). The distribution forms name their fields by the same paths, so
// the error goes under the field that holds it: the longest part of the path the form has.

export type FieldPath = (string | number)[];

/** The registered field the API's path falls under, or null when the form has none. */
export function formFieldFor(apiField: string, registered: readonly FieldPath[]): FieldPath | null {
  const parts = apiField.split('.');
  const names = new Map(registered.map((name) => [name.map(String).join('.'), name]));
  for (let n = parts.length; n > 0; n--) {
    const found = names.get(parts.slice(0, n).join('.'));
    if (found) return found;
  }
  return null;
}
