import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { Plugin } from 'graphql-yoga';
import type { TransportLimits } from '../config.ts';
import { QueryLimitError } from '../resolvers/graphql-errors.ts';
import { MAX_PAGE } from '../resolvers/task-queries.ts';
import { queryCostRule } from './query-cost.ts';

/**
 * Envelop plugins that refuse a hostile document before it costs anything: its length, then its
 * tokens (counted by the parser, which stops at the first one over), then in validation its depth,
 * aliases, directives and estimated cost. They are envelop plugins, so yoga (GET, POST, SSE), the
 * fast path and graphql-ws all run them, through the same parse and validation caches.
 *
 * Each limit throws a `QueryLimitError` naming the setting and its value: a request error, answered
 * like a syntax or validation error (400 with `application/graphql-response+json`, 200 with
 * `application/json`). The validation limits throw rather than report, so validation stops at the
 * operation's first node instead of running every other rule over a document already refused.
 */
export function queryLimitPlugins(limits: TransportLimits): Plugin[] {
  const refuse = (limit: string, max: number, message: string) => ({
    // graphql-armor calls these with its own error (a "Syntax Error: …" for every limit); ours replaces it.
    onReject: [
      () => {
        throw new QueryLimitError(limit, max, message);
      },
    ],
    propagateOnRejection: true,
  });
  const { queryLength, queryTokens, queryDepth, queryAliases, queryDirectives, queryCost } = limits;
  return [
    {
      // Before yoga's parse cache, which keeps up to 1,000 documents and parse errors keyed by their text.
      onParse({ params }) {
        const source = params.source;
        const length = typeof source === 'string' ? source.length : source.body.length;
        if (length > queryLength) {
          throw new QueryLimitError(
            'MAX_QUERY_LENGTH',
            queryLength,
            `The document is ${length} characters long, over the limit of ${queryLength} (MAX_QUERY_LENGTH).`,
          );
        }
      },
    },
    maxTokensPlugin({
      n: queryTokens,
      ...refuse('MAX_QUERY_TOKENS', queryTokens, `The document has more than ${queryTokens} tokens (MAX_QUERY_TOKENS); parsing stopped there.`),
    }),
    maxDepthPlugin({
      n: queryDepth,
      flattenFragments: true,
      // graphql-js bounds introspection by its own rule (MaxIntrospectionDepthRule).
      ignoreIntrospection: true,
      ...refuse('MAX_QUERY_DEPTH', queryDepth, `The operation nests fields deeper than ${queryDepth} levels (MAX_QUERY_DEPTH).`),
    }),
    maxAliasesPlugin({
      n: queryAliases,
      ...refuse('MAX_QUERY_ALIASES', queryAliases, `The operation uses more than ${queryAliases} aliases (MAX_QUERY_ALIASES).`),
    }),
    maxDirectivesPlugin({
      n: queryDirectives,
      ...refuse('MAX_QUERY_DIRECTIVES', queryDirectives, `The operation uses more than ${queryDirectives} directives (MAX_QUERY_DIRECTIVES).`),
    }),
    {
      onValidate({ addValidationRule }) {
        addValidationRule(
          queryCostRule({
            maxCost: queryCost,
            listSize: MAX_PAGE,
            onExceeded: (cost) => {
              throw new QueryLimitError(
                'MAX_QUERY_COST',
                queryCost,
                `The operation's estimated cost is ${cost}, over the limit of ${queryCost} (MAX_QUERY_COST): each field costs 1, and a field with first or last counts its selection that many times (${MAX_PAGE} when not a literal).`,
              );
            },
          }),
        );
      },
    },
  ];
}
