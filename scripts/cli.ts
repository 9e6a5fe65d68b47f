// The one argument reader every script shares: `--help` prints the usage and
// exits 0; an unknown option, a missing value or a wrong number of arguments
// prints one line naming the problem and exits 2, never a stack trace.
import { parseArgs } from 'node:util';

export interface CliSpec {
  /** The script's name, which starts its one-line error messages. */
  name: string;
  /** The usage text printed by --help: a synopsis line, then what it does. */
  help: string;
  /** Options besides --help: boolean flags, or options that take a value. */
  options?: Record<string, { type: 'boolean' | 'string' }>;
  /** How many positional arguments are allowed. */
  positionals?: { min: number; max: number };
}

export interface CliArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** Prints `name: message` and a pointer to --help on stderr, and exits 2. */
export function usageError(spec: Pick<CliSpec, 'name'>, message: string): never {
  console.error(`${spec.name}: ${message} (try --help)`);
  process.exit(2);
}

export function readArgs(spec: CliSpec, argv: string[] = process.argv.slice(2)): CliArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...spec.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    usageError(spec, oneLine(error));
  }
  if (parsed.values.help) {
    console.log(spec.help.trim());
    process.exit(0);
  }
  const { min, max } = spec.positionals ?? { min: 0, max: 0 };
  const count = parsed.positionals.length;
  if (count < min) usageError(spec, `expected ${min === max ? min : `at least ${min}`} argument${min === 1 ? '' : 's'}, got ${count}`);
  if (count > max)
    usageError(spec, max === 0 ? `unexpected argument ${parsed.positionals[0]}` : `unexpected argument ${parsed.positionals[max]}`);
  const values: CliArgs['values'] = {};
  for (const [key, value] of Object.entries(parsed.values)) if (key !== 'help') values[key] = value as string | boolean | undefined;
  return { values, positionals: parsed.positionals };
}

/** Node's parse errors carry a long hint after the first sentence; the first sentence says it all. */
function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split(/\.\s/)[0] ?? message;
  return first.replace(/\.$/, '').replace(/^Unknown option/, 'unknown option');
}
