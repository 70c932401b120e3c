import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * Yoga's request body limit, with a second, larger one for photo uploads: a `multipart/form-data`
 * request (the GraphQL multipart request spec: `uploadPhoto`) may carry `MAX_UPLOAD_BYTES` of file
 * besides the `MAX_REQUEST_BODY_BYTES` every other request is held to. Like yoga's own limit, which
 * this replaces (`maxRequestBodySize: false`): a declared `Content-Length` over the limit is refused
 * before anything is read, and a body without one (chunked) as soon as it passes it, with 413
 * `REQUEST_ENTITY_TOO_LARGE`. The fast path never takes multipart bodies and holds JSON ones to
 * `MAX_REQUEST_BODY_BYTES` itself.
 */
export function useRequestBodyLimits(limits: { body: number; multipart: number }): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const multipart = /^multipart\/form-data\b/i.test(request.headers.get('content-type') ?? '');
      const limit = multipart ? limits.multipart : limits.body;
      const declared = request.headers.get('content-length');
      if (declared != null) {
        if (!/^\d+$/.test(declared)) {
          throw createGraphQLError('Content-Length header is invalid.', { extensions: { http: { status: 400 }, code: 'BAD_REQUEST' } });
        }
        if (Number(declared) > limit) throw tooLarge(limit);
      }
      if (requestParser == null || request.body == null) return;
      const parse = requestParser;
      setRequestParser((req) => {
        const body = req.body;
        if (!body) return parse(req);
        let read = 0;
        // As yoga does: the native TransformStream for a native body, the ponyfill's otherwise.
        const Transform = body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
        const limited = body.pipeThrough(
          new Transform<Uint8Array, Uint8Array>({
            transform(chunk, controller) {
              read += chunk.byteLength;
              if (read > limit) controller.error(tooLarge(limit));
              else controller.enqueue(chunk);
            },
          }),
        );
        return parse(
          new fetchAPI.Request(req.url, { method: req.method, headers: req.headers, signal: req.signal, body: limited, duplex: 'half' } as RequestInit),
        );
      });
    },
  };
}

function tooLarge(limit: number) {
  return createGraphQLError(`Request body too large: at most ${limit} bytes.`, { extensions: { http: { status: 413 }, code: 'REQUEST_ENTITY_TOO_LARGE' } });
}
