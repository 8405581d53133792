// Check frontmatter values against a layout's schema and explain each problem.
import * as v from 'valibot';
import type { PropsSchema } from './types.ts';
import { SlideError } from './errors.ts';
import { choiceHint } from './suggest.ts';
import type { Frontmatter, Position } from './types.ts';

/** Keys every slide may set, whatever its layout. */
export const COMMON_KEYS = ['layout', 'id'] as const;

export function checkProps<S extends PropsSchema>(
  schema: S,
  layout: string,
  frontmatter: Frontmatter | null,
  slideAt: Position,
): { props: v.InferOutput<S> | null; errors: SlideError[] } {
  const data = { ...(frontmatter?.data ?? {}) };
  for (const key of COMMON_KEYS) delete data[key];
  const result = v.safeParse(schema, data);
  if (result.success) return { props: result.output, errors: [] };

  const known = Object.keys(schema.entries);
  const errors = result.issues.map((issue) => {
    const key = String(issue.path?.at(-1)?.key ?? '');
    const fm = frontmatter as Frontmatter;
    if (issue.type === 'strict_object' && issue.expected === 'never') {
      return new SlideError('unknown-key', fm.keyAt(key), `The layout "${layout}" has no key "${key}"`, choiceHint(key, [...COMMON_KEYS, ...known]));
    }
    if (!(key in data)) {
      const at = frontmatter && 'layout' in frontmatter.data ? fm.keyAt('layout') : slideAt;
      return new SlideError('missing-key', at, `The layout "${layout}" needs the key "${key}"`, `add a line "${key}: …" to the frontmatter`);
    }
    // A schema issue is a wrong type or choice; a validation issue a value the pipe refused.
    if (issue.kind === 'schema') {
      const choices = (issue.expected ?? '').replace(/^\(|\)$/g, '').split(' | ').map((choice) => choice.replace(/^"|"$/g, ''));
      const hint = issue.type === 'picklist' ? choiceHint(String(data[key]), choices) : issue.expected === 'boolean' ? `write true or false after "${key}:"` : `write a ${issue.expected} after "${key}:"`;
      return new SlideError('wrong-type', fm.valueAt(key), `"${key}" must be ${describe(issue.expected)}, not ${issue.received}`, hint);
    }
    // The whole value, not valibot's "received" (which is cut short for startsWith).
    return new SlideError('wrong-type', fm.valueAt(key), `"${key}" cannot be ${JSON.stringify(data[key])}`, issue.message);
  });
  return { props: null, errors };
}

/** valibot's expected-type word as a phrase: "number" → "a number". */
function describe(expected: string | null): string {
  if (!expected) return 'something else';
  return expected.includes('|') ? `one of ${expected.replace(/^\(|\)$/g, '')}` : `a ${expected}`;
}
