import { Kind } from 'graphql';
import { builder } from './builder.ts';
import { BadUserInputError } from '../resolvers/graphql-errors.ts';

const parseDate = (value: unknown): string => {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
    throw new BadUserInputError('DateTime must be an ISO 8601 string');
  }
  return new Date(value).toISOString();
};

builder.scalarType('DateTime', {
  description: 'A moment in time as an ISO 8601 string in UTC, e.g. `2026-01-19T12:00:00.000Z`.',
  serialize: (value) => value,
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : null),
});

/** Checked by the input rules, so a bad URL is reported with every other violation, not alone. */
builder.scalarType('URL', {
  description: 'An absolute URL. Inputs must be http(s); outputs are playable or downloadable as they are.',
  serialize: (value) => value,
  parseValue: (value) => {
    if (typeof value !== 'string') throw new BadUserInputError('URL must be a string');
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new BadUserInputError('URL must be a string');
    return ast.value;
  },
});
