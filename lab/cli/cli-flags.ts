// Maps command-line flags onto a lesson's hyperparameters: every spec key is a flag in kebab-case
// (--hidden-size 32), plus the short names the README promises (--lr, --epochs, --seed).
import type { HyperparameterSpec, HyperparameterValues } from '../../contract/hyperparameters';

const ALIASES: Record<string, string> = { lr: 'learningRate' };

export function kebab(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** Applies `--flag value` pairs over the defaults; unknown flags are errors, numbers are parsed strictly. */
export function applyFlags(spec: HyperparameterSpec, defaults: HyperparameterValues, flags: Record<string, string>): HyperparameterValues {
  const values: HyperparameterValues = { ...defaults };
  for (const [flag, raw] of Object.entries(flags)) {
    const key = ALIASES[flag] ?? spec.find((f) => kebab(f.key) === flag || f.key === flag)?.key;
    const field = spec.find((f) => f.key === key);
    if (!field) throw new Error(`unknown option --${flag}; this lesson takes ${spec.map((f) => `--${kebab(f.key)}`).join(', ')}`);
    if (field.kind === 'choice') values[field.key] = raw;
    else {
      const value = Number(raw);
      if (raw.trim() === '' || Number.isNaN(value)) throw new Error(`--${flag} needs a number, not "${raw}"`);
      values[field.key] = value;
    }
  }
  return values;
}
