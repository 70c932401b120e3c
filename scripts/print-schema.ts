import { printSchema } from 'graphql';
import { schema } from '../src/schema/index.ts';

/** Prints the Pothos schema as SDL on stdout (codegen.ts runs this with the project's Node). */
process.stdout.write(`${printSchema(schema)}\n`);
