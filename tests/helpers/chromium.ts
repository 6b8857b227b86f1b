// Debian's Chromium as the e2e tests launch it: headless, offline, no sandbox (containers lack the
// namespaces it needs), and nothing that phones home.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
  // A fresh lab starts in the browser's language: the tests start in Portuguese, the lab's own default,
  // whatever the machine's locale (Debian's Chromium would say en-US). Headless Chromium's navigator.languages
  // follows --accept-lang; --lang alone is not enough there.
  '--lang=pt-BR',
  '--accept-lang=pt-BR',
];
