/**
 * An answer in the provider's own error envelope. Handlers throw it; the server turns it into
 * the provider's body through its `ProviderDialect`.
 */
export class ProviderError extends Error {
  override name = 'ProviderError';
  readonly status: number;
  readonly code: string;
  /** Goes to `error.details` (e.g. `{ field }`). */
  readonly details: Record<string, unknown> | undefined;
  /** Goes beside `code` and `message` (Room AI's `required` and `balance`). */
  readonly extra: Record<string, unknown> | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(
    status: number,
    code: string,
    message: string,
    options: { details?: Record<string, unknown>; extra?: Record<string, unknown>; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = options.details;
    this.extra = options.extra;
    this.headers = options.headers;
  }
}

/** `400 VALIDATION_ERROR` naming the offending field: the same code in both providers. */
export function validationError(field: string, message: string): ProviderError {
  return new ProviderError(400, 'VALIDATION_ERROR', message, { details: { field } });
}

/** How one provider shapes its error bodies. */
export interface ProviderDialect {
  errorBody(error: ProviderError, requestId: string): unknown;
}
