import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphQLError } from 'graphql';
import { readCapped } from '../shared/body.ts';

export { BodyTooLargeError } from '../shared/body.ts';

/** Reads a request body as text, refusing more than `limit` bytes. */
export async function readBody(req: IncomingMessage, limit = 1024 * 1024): Promise<string> {
  return (await readCapped(req, limit)).toString('utf8');
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** A GraphQL error answered before yoga runs: its `extensions.http.status` (else 400), the error as GraphQL's `errors`, without the http hint. */
export function sendGraphQLError(res: ServerResponse, error: GraphQLError): void {
  const { http, ...extensions } = (error.extensions ?? {}) as { http?: { status?: number } } & Record<string, unknown>;
  sendJson(res, http?.status ?? 400, { errors: [{ message: error.message, extensions }] });
}

/** What a client's own `x-request-id` may be to be kept: 1 to 64 of letters, digits, `_ . : -`. */
const REQUEST_ID = /^[\w.:-]{1,64}$/;

/**
 * The id of a `/graphql` request or WebSocket upgrade, for the logs and the answer, so support can
 * find one in the other: the client's `x-request-id` when it is a plausible one, else a new uuid.
 * Written back to the request's headers, where the GraphQL context reads it.
 */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  req.headers['x-request-id'] = id;
  return id;
}
