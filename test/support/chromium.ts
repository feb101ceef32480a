/**
 * Where Debian's Chromium is and how it is started headless, for the preview
 * tests and the preview bench: no sandbox (containers), and nothing that
 * reaches the network on its own.
 */
export const chromiumPath = process.env.CABLE_CHROMIUM || '/usr/bin/chromium';

export const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
