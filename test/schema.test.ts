import { readFileSync, readdirSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  parse,
  printSchema,
  validate,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { typedOutputs } from '../codegen.ts';
import { schema } from '../src/schema/index.ts';

const sdl = `${printSchema(schema)}\n`;
const root = new URL('../', import.meta.url);
const operationsDir = new URL('operations/', root);
const operations = readdirSync(operationsDir).filter((f) => f.endsWith('.graphql'));

describe('public contract', () => {
  it('schema.graphql is the printed schema (run `npm run codegen` after a schema change)', () => {
    // Compared as schemas, not as text: codegen's printer and graphql's differ only in blank lines.
    const committed = buildSchema(readFileSync(new URL('schema.graphql', root), 'utf8'));
    expect(printSchema(committed)).toBe(printSchema(buildSchema(sdl)));
  });

  it('the typed documents in src/generated are current: operations/ and the tests’ graphql(…) operations (run `npm run codegen`)', async () => {
    const outputs: { filename: string; content: string }[] = await generate({ schema: sdl, silent: true, generates: typedOutputs }, false);
    const written = outputs.map((o) => o.filename);
    for (const out of Object.keys(typedOutputs)) expect(written).toContain(out.endsWith('/') ? `${out}gql.ts` : out);
    for (const out of outputs) {
      expect(readFileSync(new URL(out.filename.replace(/^.*src\/generated\//, 'src/generated/'), root), 'utf8'), out.filename).toBe(out.content);
    }
  });

  it('every example operation is valid against the schema', () => {
    const fragments = readFileSync(new URL('TaskFields.graphql', operationsDir), 'utf8');
    for (const file of operations.filter((f) => f !== 'TaskFields.graphql')) {
      const source = readFileSync(new URL(file, operationsDir), 'utf8');
      const doc = parse(source.includes('...TaskFields') ? `${source}\n${fragments}` : source);
      expect(
        validate(schema, doc).map((e) => e.message),
        file,
      ).toEqual([]);
    }
  });

  it('every type, field, argument, input field and enum value carries a description for frontend developers', () => {
    const missing: string[] = [];
    const described = (d: string | null | undefined) => typeof d === 'string' && d.trim().length > 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
      // Unions and custom scalars have nothing to describe but themselves.
      if (!described(type.description)) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args) if (!described(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      } else if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
      } else if (isEnumType(type)) {
        for (const value of type.getValues()) if (!described(value.description)) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
