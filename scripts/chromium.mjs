/**
 * How every tool here starts Debian's Chromium (Playwright tests, the benchmark): headless, no
 * sandbox (CI runs as root), and no background networking — this machine has no network but the
 * package registries, and nothing may leave the origin.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
];
