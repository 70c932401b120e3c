import type { DocumentNode } from 'graphql';
import { request } from 'undici';
import { type Headers, queryText, type TypedDocumentNode, type VariablesAndHeaders } from './graphql.ts';
import { EventStream, type StreamResult } from './ws.ts';

/**
 * A real SSE client for yoga's subscriptions over HTTP: POSTs the operation to `/graphql` with
 * `Accept: text/event-stream` and parses the stream (`event: next` / `event: complete` with
 * `data:` lines, blank-line separated; `:` comments are keep-alives). A response that is not an
 * event stream ends the stream with an error carrying its status and body.
 *
 * The operation is a typed document from `graphql(…)`: its variables are checked, its result types
 * the events. `subscribeSseRaw` sends any text, for operations the schema must refuse.
 */
export function subscribeSse<TData, TVariables>(
  httpUrl: string,
  document: TypedDocumentNode<TData, TVariables>,
  ...args: VariablesAndHeaders<TVariables>
): EventStream<TData>;
/** @deprecated Any text: use a `graphql(…)` document, or `subscribeSseRaw`. */
export function subscribeSse<TData = unknown>(httpUrl: string, query: string, variables?: Record<string, unknown>, headers?: Headers): EventStream<TData>;
/** A trusted document, named by its id (`TRUSTED_DOCUMENTS` mode): type the events with `TData`. */
export function subscribeSse<TData>(
  httpUrl: string,
  trusted: { documentId: string },
  variables?: Record<string, unknown>,
  headers?: Headers,
): EventStream<TData>;
export function subscribeSse<TData>(
  httpUrl: string,
  query: string | DocumentNode | { documentId: string },
  variables?: unknown,
  headers?: Headers,
): EventStream<TData> {
  return open<TData>(httpUrl, query, variables, headers);
}

/** Subscribes over SSE with any text and variables, for operations the schema must refuse: the events are `unknown`. */
export function subscribeSseRaw(
  httpUrl: string,
  query: string | DocumentNode | { documentId: string },
  variables?: unknown,
  headers?: Headers,
): EventStream<unknown> {
  return open<unknown>(httpUrl, query, variables, headers);
}

function open<T>(httpUrl: string, query: string | DocumentNode | { documentId: string }, variables: unknown = {}, headers: Headers = {}): EventStream<T> {
  const stream = new EventStream<T>();
  const abort = new AbortController();
  stream.onCancel(() => abort.abort());
  void (async () => {
    try {
      const res = await request(`${httpUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
        // A trusted document is named by id instead of sent as text.
        body: JSON.stringify(typeof query === 'object' && 'documentId' in query ? { ...query, variables } : { query: queryText(query), variables }),
        signal: abort.signal,
        bodyTimeout: 0,
      });
      const type = String(res.headers['content-type'] ?? '');
      if (!type.startsWith('text/event-stream')) {
        const body = await res.body.text();
        stream.end({ kind: 'error', error: { status: res.statusCode, body } });
        return;
      }
      let buffer = '';
      const decoder = new TextDecoder();
      for await (const chunk of res.body) {
        buffer += decoder.decode(chunk as Buffer, { stream: true });
        buffer = buffer.replace(/\r\n/g, '\n');
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const message = parseBlock(block);
          if (!message) continue;
          if (message.event === 'next') stream.push(JSON.parse(message.data) as StreamResult<T>);
          else if (message.event === 'complete') {
            stream.end({ kind: 'complete' });
            abort.abort();
            return;
          }
        }
      }
      stream.end({ kind: 'error', error: new Error('event stream closed without a complete event') });
    } catch (error) {
      stream.end({ kind: 'error', error });
    }
  })();
  return stream;
}

/** One SSE message: `event:` (default `message`) and its `data:` lines joined; null for comments only. */
function parseBlock(block: string): { event: string; data: string } | null {
  let event = 'message';
  const data: string[] = [];
  let any = false;
  for (const line of block.split('\n')) {
    if (line === '' || line.startsWith(':')) continue;
    const i = line.indexOf(':');
    const field = i < 0 ? line : line.slice(0, i);
    const value = i < 0 ? '' : line.slice(i + 1).replace(/^ /, '');
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
    else continue;
    any = true;
  }
  return any ? { event, data: data.join('\n') } : null;
}
