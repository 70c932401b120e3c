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
