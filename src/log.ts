/**
 * A small structured logger: one JSON object per line on stderr.
 *
 * Secrets are registered once (`logger.redact(secret)`) and scrubbed from every line written by
 * this logger and its children, whatever field they end up in, so a provider key that slips into
 * an error message or a URL still never reaches the log.
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  child(bindings: Record<string, unknown>): Logger;
  /** Registers a secret that must never appear in any line. Strings shorter than 6 are ignored. */
  redact(secret: string | undefined): void;
}

export interface LoggerOptions {
  level?: LogLevel;
  /** Where lines go. @default process.stderr.write */
  write?: (line: string) => void;
}

function serialize(value: unknown): unknown {
  if (value instanceof Error) {
    const out: Record<string, unknown> = { name: value.name, message: value.message };
    const code = (value as { code?: unknown }).code;
    if (code !== undefined) out.code = code;
    if (value.stack) out.stack = value.stack;
    if (value.cause !== undefined) out.cause = serialize(value.cause);
    return out;
  }
  return value;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const threshold = order[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => void process.stderr.write(line));
  const secrets = new Set<string>();

  // Secrets are matched both as written and as JSON would escape them inside a string.
  const scrub = (line: string): string => {
    for (const s of secrets) {
      line = line.split(s).join('[REDACTED]');
      const escaped = JSON.stringify(s).slice(1, -1);
      if (escaped !== s) line = line.split(escaped).join('[REDACTED]');
    }
    return line;
  };

  const make = (bindings: Record<string, unknown>): Logger => {
    const emit = (level: Exclude<LogLevel, 'silent'>, msg: string, fields?: Record<string, unknown>) => {
      if (order[level] < threshold) return;
      const record: Record<string, unknown> = { ...bindings };
      if (fields) for (const [k, v] of Object.entries(fields)) record[k] = serialize(v);
      // The envelope is written last, so no field can pass itself off as the time, level or message.
      Object.assign(record, { time: new Date().toISOString(), level, msg });
      write(`${scrub(JSON.stringify(record))}\n`);
    };
    return {
      debug: (m, f) => emit('debug', m, f),
      info: (m, f) => emit('info', m, f),
      warn: (m, f) => emit('warn', m, f),
      error: (m, f) => emit('error', m, f),
      child: (more) => make({ ...bindings, ...more }),
      redact: (secret) => {
        if (secret && secret.length >= 6) secrets.add(secret);
      },
    };
  };
  return make({});
}

/** A logger that drops everything: the default for library code and tests that do not care. */
export const silentLogger: Logger = createLogger({ level: 'silent' });
