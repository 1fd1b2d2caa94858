// What the browser tests share: Debian's Chromium with the flags this
// machine needs (never a downloaded browser), the served URL and where
// screenshots go.
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";

export const BASE = process.env.SIDENOTE_URL ?? "http://127.0.0.1:8080/";
export const ARTIFACTS = process.env.SIDENOTE_ARTIFACTS ?? "test-artifacts";

export async function launch() {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
