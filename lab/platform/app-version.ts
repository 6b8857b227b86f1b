// The app version, stamped into every run. esbuild and vitest define __AIRI_APP_VERSION__ from package.json.
declare const __AIRI_APP_VERSION__: string;

export const APP_VERSION: string = typeof __AIRI_APP_VERSION__ === 'string' ? __AIRI_APP_VERSION__ : '0.0.0-dev';
