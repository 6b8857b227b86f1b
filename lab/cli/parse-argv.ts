// Splits argv into positionals, boolean switches and `--name value` options.
const SWITCHES = new Set(['json', 'help', 'all', 'asc']);

export interface ParsedArgs {
  positionals: string[];
  switches: Set<string>;
  options: Record<string, string>;
}

export function parseArgv(argv: readonly string[]): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], switches: new Set(), options: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      parsed.positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (SWITCHES.has(name)) parsed.switches.add(name);
    else if (inline !== undefined) parsed.options[name] = inline;
    else if (i + 1 < argv.length) parsed.options[name] = argv[++i];
    else throw new Error(`--${name} needs a value`);
  }
  return parsed;
}
