// What every command shares: `--help` with one short usage text, options read strictly, an
// author's mistake printed without a stack (a bug with one), and a one-line summary at the end.
import { parseArgs } from 'node:util';
import { describeFailure } from './failure.ts';
import { formatDuration } from './sizes.ts';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  default?: string | boolean;
  /** As the usage text shows it, e.g. "--out <file>". */
  flag: string;
  text: string;
}

export interface CommandSpec<O extends Record<string, OptionSpec>> {
  /** How it is run, e.g. "npm run pdf". */
  name: string;
  /** Arguments after the options, for the usage line, e.g. '"Title"'. */
  positionals?: string;
  /** What it does, in a sentence or two. */
  about: string;
  options: O;
  /** Environment variables it reads, with what they do. */
  environment?: Record<string, string>;
}

export type Values<O extends Record<string, OptionSpec>> = { [K in keyof O]: O[K]['type'] extends 'boolean' ? boolean : O[K] extends { default: string } ? string : string | undefined };

/** What a run hands back: the summary line ("wrote …"), to which the time is added; null for a server, which runs on. */
export interface RunResult {
  summary: string | null;
}

export function usage(spec: CommandSpec<Record<string, OptionSpec>>): string {
  const options = [...Object.values(spec.options), { flag: '-h, --help', text: 'show this text' }];
  const width = Math.max(...options.map((option) => option.flag.length));
  const lines = [`Usage: ${spec.name}${Object.keys(spec.options).length > 0 ? ' -- [options]' : ''}${spec.positionals ? ` ${spec.positionals}` : ''}`, '', spec.about, '', 'Options:'];
  lines.push(...options.map((option) => `  ${option.flag.padEnd(width)}  ${option.text}`));
  const environment = Object.entries(spec.environment ?? {});
  if (environment.length > 0) {
    const envWidth = Math.max(...environment.map(([name]) => name.length));
    lines.push('', 'Environment:', ...environment.map(([name, text]) => `  ${name.padEnd(envWidth)}  ${text}`));
  }
  return lines.join('\n');
}

/**
 * Run a command: print its usage for --help, refuse unknown options with a pointer to --help, time
 * the run and print its summary, or explain why it failed. Sets the process's exit code.
 */
export async function runCommand<O extends Record<string, OptionSpec>>(spec: CommandSpec<O>, run: (values: Values<O>, positionals: string[]) => Promise<RunResult>, argv = process.argv.slice(2)): Promise<void> {
  const options = Object.fromEntries(Object.entries(spec.options).map(([name, { type, short, default: value }]) => [name, { type, ...(short && { short }), ...(value !== undefined && { default: value }) }]));
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: Boolean(spec.positionals), strict: true });
  } catch (error) {
    if (!String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')) throw error;
    const message = (error as Error).message.split('. ')[0].replace(/\.$/, '');
    console.error(`error: ${message}\n\nRun "${spec.name} -- --help" for its options.`);
    process.exitCode = 2;
    return;
  }
  if (parsed.values.help) {
    console.log(usage(spec));
    return;
  }
  const started = performance.now();
  try {
    const { summary } = await run(parsed.values as Values<O>, parsed.positionals);
    if (summary !== null) console.log(`${summary} in ${formatDuration(performance.now() - started)}`);
  } catch (error) {
    const failure = describeFailure(error);
    console.error(failure.text);
    process.exitCode = 1;
  }
}
