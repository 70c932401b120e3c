import type { IncomingHttpHeaders } from 'node:http';
import type { ResultOf, TypedDocumentNode, VariablesOf } from '@graphql-typed-document-node/core';
import { type DocumentNode, print } from 'graphql';
import { request } from 'undici';
import { expect } from 'vitest';

/**
 * What the request helpers (`gql`, `gqlAt`, the WebSocket and SSE subscribers) share. An operation
 * is a typed document from `graphql(…)` (src/generated/test, written by `npm run codegen` from the
 * tests' inline operations): its result types `data` and its variables are checked. Requests the
 * schema must refuse (invalid documents or variables, malformed or hostile input) go through the
 * raw helpers instead, whose `data` is `unknown`.
 */

export type { ResultOf, TypedDocumentNode, VariablesOf };

export type Headers = Record<string, string>;

/** One GraphQL error as the gateway sends it. */
export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  locations?: { line: number; column: number }[];
  extensions?: Record<string, unknown>;
}

/** A GraphQL response body: `data` as the operation's result type, or `unknown` from a raw helper. */
export interface GraphQLBody<TData> {
  data?: TData | null;
  errors?: GraphQLErrorBody[];
}

/** One GraphQL request's answer over HTTP. */
export interface GraphQLResponse<TData> {
  status: number;
  headers: IncomingHttpHeaders;
  body: GraphQLBody<TData>;
}

/** The names of an operation's required variables (`never` when it has none). */
type RequiredKeys<TVariables> = { [K in keyof TVariables]-?: Record<never, never> extends Pick<TVariables, K> ? never : K }[keyof TVariables];

/** Variables, then headers: the variables may be left out when the operation has no required one. */
export type VariablesAndHeaders<TVariables> = [RequiredKeys<TVariables>] extends [never]
  ? [variables?: TVariables, headers?: Headers]
  : [variables: TVariables, headers?: Headers];

/** The variables of a subscription: optional when the operation has no required one. */
export type VariablesArg<TVariables> = [RequiredKeys<TVariables>] extends [never] ? [variables?: TVariables] : [variables: TVariables];

const printed = new WeakMap<DocumentNode, string>();

/** The query text sent for a document (or the text itself, for the raw helpers). */
export function queryText(query: string | DocumentNode): string {
  if (typeof query === 'string') return query;
  let text = printed.get(query);
  if (text === undefined) printed.set(query, (text = print(query)));
  return text;
}

/**
 * POSTs one operation to `${url}/graphql` over real HTTP and parses the JSON answer. The body is
 * what the gateway sent; its `data` is typed by the caller (a typed document's result, or unknown).
 */
export async function postGraphQL<TData>(
  url: string,
  query: string | DocumentNode,
  variables: unknown,
  headers: Headers = {},
): Promise<GraphQLResponse<TData>> {
  const res = await request(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body: JSON.stringify({ query: queryText(query), variables }),
  });
  const text = await res.body.text();
  return { status: res.statusCode, headers: res.headers, body: JSON.parse(text) as GraphQLBody<TData> };
}

/** A value known to be an object with `__typename`: a member of a union (or interface) result. */
type Typed = { __typename?: string };

/**
 * Asserts (as a vitest expectation) that a union or interface result is the member named
 * `typename`, and narrows it to that member: `expectTypename(result, 'CreatePropertyVideoSuccess')`
 * then `result.task`.
 */
export function expectTypename<T extends Typed, N extends NonNullable<T['__typename']>>(
  value: T | null | undefined,
  typename: N,
  message?: string,
): asserts value is Extract<T, { __typename?: N }> {
  expect(value?.__typename, message ?? JSON.stringify(value)).toBe(typename);
}
