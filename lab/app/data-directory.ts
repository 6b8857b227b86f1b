// Where Airi Lab keeps its SQLite store, datasets and models: the user data directory, never the app bundle.
// It matches Electron's app.getPath('userData') for productName "Airi Lab", so the desktop app, the
// classroom server and the CLI share one store. AIRI_LAB_HOME overrides it (tests, portable installs).
import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'Airi Lab';
export const DATABASE_FILE = 'airi-lab.sqlite';

export function defaultDataDirectory(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.AIRI_LAB_HOME) return env.AIRI_LAB_HOME;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}
