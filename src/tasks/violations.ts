import { z } from 'zod';

/** One broken input rule: where, which rule (a stable code), and a sentence for people. */
export interface Violation {
  /** Path into the mutation's `input`, e.g. `["photos", "2", "url"]`. */
  path: string[];
  code: string;
  message: string;
}

/** A zod issue raised with `params: { code }` keeps that code; anything else gets a generic one. */
export function violationsFromZod(error: z.ZodError): Violation[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String),
    code: codeOf(issue),
    message: issue.message,
  }));
}

function codeOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'custom' && typeof issue.params?.code === 'string') return issue.params.code;
  switch (issue.code) {
    case 'invalid_type':
      return 'INVALID_TYPE';
    case 'too_small':
      return 'TOO_SMALL';
    case 'too_big':
      return 'TOO_BIG';
    case 'invalid_format':
      return 'INVALID_FORMAT';
    case 'invalid_value':
      return 'INVALID_VALUE';
    default:
      return 'INVALID';
  }
}

/** A custom zod issue with a stable code, for the rules whose code a client switches on. */
export function rule(code: string, message: string, path: (string | number)[] = []) {
  return { code: 'custom' as const, message, path, params: { code } };
}

const HTTP_URL = /^https?:$/;

/** Longest URL we pass on: what browsers and CDNs handle everywhere, and it keeps every provider request far under its body limit. */
export const MAX_URL_LENGTH = 2048;

/** An absolute http(s) URL of at most `MAX_URL_LENGTH` characters, with stable codes for both rules. */
export const httpUrlInput = z
  .string()
  .refine((v) => v.length <= MAX_URL_LENGTH, { message: `must be at most ${MAX_URL_LENGTH} characters`, params: { code: 'URL_TOO_LONG' }, abort: true })
  .refine(isHttpUrl, { message: 'must be an absolute http(s) URL', params: { code: 'INVALID_URL' } });

/** True for an absolute http(s) URL with a host. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return HTTP_URL.test(url.protocol) && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export type Validated<T> = { ok: true; value: T } | { ok: false; violations: Violation[] };

/** Checks `raw` against `schema`, reporting every broken rule at once. */
export function validateWith<S extends z.ZodType>(schema: S, raw: unknown): Validated<z.infer<S>> {
  const parsed = schema.safeParse(raw);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, violations: violationsFromZod(parsed.error) };
}
