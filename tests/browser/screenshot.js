// Takes docs/screenshot.png (the README's picture): the page with the
// results of a search of sample_corpus, from the real `news-search serve`.
// Run by scripts/screenshot: node screenshot.js OUTPUT.png
"use strict";

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { buildIndex, launchBrowser, loadPuppeteer, settled, startServer } = require("./harness.js");

async function main() {
  const output = path.resolve(process.argv[2] ?? path.join(__dirname, "../../docs/screenshot.png"));
  const puppeteer = loadPuppeteer();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "news-screenshot-"));
  const server = await startServer(buildIndex(dir, { hostile: false }));
  let browser = null;
  try {
    browser = await launchBrowser(puppeteer);
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 860, deviceScaleFactor: 1 });
    await page.goto(`${server.base}/?q=${encodeURIComponent("china OR russia")}&sort=newest`, { waitUntil: "load" });
    await settled(page);
    await page.screenshot({ path: output });
    console.log(`wrote ${output}`);
  } finally {
    await browser?.close();
    server.child.kill("SIGTERM");
    await server.exited;
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error.stack ?? String(error));
  process.exit(1);
});
