// A throwaway S3-compatible server for the tests (s3rver), in a process of its own: `node
// --openssl-legacy-provider s3rver-child.mjs <folder> <bucket>`. The flag is for s3rver's list
// continuation tokens, which it encrypts with DES (OpenSSL 3 keeps DES in its legacy provider).
// Prints `{"port":N}` once listening on 127.0.0.1 (an ephemeral port); stops on SIGTERM.
import S3rver from 's3rver';

const [directory, bucket] = process.argv.slice(2);
const server = new S3rver({ port: 0, address: '127.0.0.1', directory, silent: true, configureBuckets: [{ name: bucket }] });
const { port } = await server.run();
process.stdout.write(`${JSON.stringify({ port })}\n`);
const stop = () => server.close().finally(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
// The test run that started it went away without stopping it: stop too.
process.stdin.on('end', stop);
process.stdin.resume();
