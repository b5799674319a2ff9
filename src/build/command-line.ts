import { parseArgs } from 'node:util';

interface OptionSpec {
  type: 'string' | 'boolean';
  /** Whether it may be given more than once (each value is kept). */
  multiple?: boolean;
  default?: string | boolean | string[];
  /** What the option is for, printed by --help. */
  description: string;
}

export interface Command<O extends Record<string, OptionSpec>> {
  /** How to run it, as the README writes it: `npm run publish-year -- <year> [--date YYYY-MM-DD]`. */
  usage: string;
  /** What it does, in a sentence or two for the business team. */
  summary: string;
  options?: O;
  /** Whether it takes words other than options (a year, a page address). */
  positionals?: boolean;
}

/** The text `--help` prints, and the one an unknown option is answered with. */
export function commandHelp(command: Command<Record<string, OptionSpec>>): string {
  const lines = [`Usage: ${command.usage}`, '', command.summary, '', 'Options:'];
  for (const [name, option] of Object.entries(command.options ?? {})) {
    const value = option.type === 'string' ? (option.default === undefined ? ' <value>' : ` <value> (default ${String(option.default)})`) : '';
    const repeat = option.multiple ? ' (may be given more than once)' : '';
    lines.push(`  --${name}${value}${repeat}`, `      ${option.description}`);
  }
  lines.push('  --help', '      Prints this and does nothing else.');
  return lines.join('\n');
}

/**
 * Reads a command's arguments. `--help` prints what the command does and
 * exits; an unknown option or a missing value is answered with the same
 * usage instead of Node's stack trace, because the people who run these are
 * not developers.
 */
export function readCommandLine<O extends Record<string, OptionSpec>>(command: Command<O>, args: string[] = process.argv.slice(2)) {
  const options = { ...command.options, help: { type: 'boolean', description: '' } } as O & { help: { type: 'boolean'; description: string } };
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: command.positionals ?? false, strict: true });
  } catch (cause) {
    // Node's own hint about "--" describes its parser, not these commands.
    const reason = (cause instanceof Error ? cause.message : String(cause)).replace(/\s*To specify a positional argument.*$/s, '').replace(/\.?$/, '.');
    console.error(`${reason}\n\n${commandHelp(command)}`);
    process.exit(2);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(commandHelp(command));
    process.exit(0);
  }
  return parsed;
}
