import { GraphQLError } from 'graphql';

/**
 * The errors a client gets in `errors` (not in a result union), one class per code, so that each
 * code is written once and can be matched by class. Typed, recoverable outcomes of a mutation are
 * `ClientError`s in the schema instead (`schema/errors.ts`).
 */

/** An argument breaks a rule the schema cannot express (a cursor, a page size, a scalar's form). */
export class BadUserInputError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT' } });
  }
}

/** Nothing with this id exists for the caller (another client's task is the same as none). */
export class NotFoundError extends GraphQLError {
  constructor(message = 'No task with this id exists for you.') {
    super(message, { extensions: { code: 'NOT_FOUND' } });
  }
}

/** A missing or unknown gateway key: HTTP 401 with `WWW-Authenticate: Bearer`. */
export class UnauthenticatedError extends GraphQLError {
  constructor(missing: boolean) {
    super(missing ? 'Missing credentials: send Authorization: Bearer <gateway key>.' : 'Unknown gateway key.', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } },
    });
  }
}

/** A WebSocket already runs as many operations as allowed. */
export class TooManySubscriptionsError extends GraphQLError {
  constructor(max: number) {
    super(`At most ${max} operations per connection.`, { extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' } });
  }
}

/** The client starts subscriptions faster than its limit allows; `retryAfterSeconds` says when to try again. */
export class SubscriptionRateLimitedError extends GraphQLError {
  constructor(message: string, retryAfterSeconds: number) {
    super(message, { extensions: { code: 'RATE_LIMITED', retryAfterSeconds } });
  }
}

/**
 * A document is over one of the gateway's parse-time limits (`limit` names the setting, `max` is its
 * value). A request error: yoga answers 400 with `application/graphql-response+json` and 200 with
 * `application/json`, as for a syntax or validation error; graphql-ws sends it as the operation's `error`.
 */
export class QueryLimitError extends GraphQLError {
  constructor(limit: string, max: number, message: string) {
    super(message, { extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit, max, http: { spec: true, status: 400 } } });
  }
}

/** A client (gateway key; in open mode a remote address) already has as many subscriptions open as allowed, over graphql-ws and SSE together. */
export class ClientSubscriptionLimitError extends GraphQLError {
  constructor(max: number) {
    super(`At most ${max} subscriptions open at once per client, over graphql-ws and SSE together (MAX_SUBSCRIPTIONS_PER_CLIENT).`, {
      extensions: { code: 'TOO_MANY_CLIENT_SUBSCRIPTIONS', http: { status: 429 } },
    });
  }
}

/** A browser request from an origin not in `CORS_ORIGINS` (HTTP 403). */
export class ForbiddenOriginError extends GraphQLError {
  constructor() {
    super('Requests from this origin are not allowed (CORS_ORIGINS).', { extensions: { code: 'FORBIDDEN_ORIGIN', http: { status: 403 } } });
  }
}

/** Trusted-documents mode: the id sent is not in the gateway's manifest. */
export class PersistedDocumentNotFoundError extends GraphQLError {
  constructor(id: string) {
    const shown = id.length > 80 ? `${id.slice(0, 80)}…` : id;
    super(`No trusted document has the id ${JSON.stringify(shown)}.`, {
      extensions: { code: 'PERSISTED_DOCUMENT_NOT_FOUND', http: { spec: true, status: 400 } },
    });
  }
}

/** Trusted-documents mode: a document was sent as text by a client that may only run the manifest's documents by id. */
export class PersistedDocumentRequiredError extends GraphQLError {
  constructor() {
    super(
      'This gateway runs trusted documents only: send "documentId" ("sha256:<hash>" of a document in its manifest) or extensions.persistedQuery.sha256Hash. Other documents, introspection included, need an admin key.',
      { extensions: { code: 'PERSISTED_DOCUMENT_REQUIRED', http: { spec: true, status: 400 } } },
    );
  }
}

/** A subscriber fell so far behind that its queued results were dropped; it should subscribe again. */
export class SubscriberTooSlowError extends GraphQLError {
  constructor(max: number) {
    super(`subscriber too slow: more than ${max} results were waiting to be sent; subscribe again.`, { extensions: { code: 'SUBSCRIBER_TOO_SLOW' } });
  }
}

/** Something failed that the client cannot act on; the details are in the log under the request id. */
export class InternalError extends GraphQLError {
  constructor() {
    super('Unexpected error.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }
}
