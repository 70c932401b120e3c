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
