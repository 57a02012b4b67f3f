// What every browser test shares: an index of sample_corpus/ and the hostile
// fixtures, the real `news-search serve` on a free loopback port, and
// Debian's Chromium driven by puppeteer-core. Where node's packages or
// Chromium are missing or cannot run, the test exits 77 (ctest's skip) with
// a message saying so; it never passes without having run.
"use strict";

const assert = require("node:assert/strict");
const { execFileSync, spawn } = require("node:child_process");
const fs = require("node:fs");
const net = require("node:net");
const os = require("node:os");
const path = require("node:path");

const kSkip = 77;
const here = __dirname;
const root = path.resolve(here, "../..");
const exe = {
  index: process.env.NEWS_INDEX_EXE || path.join(root, "build/test/indexer/news-index"),
  search: process.env.NEWS_SEARCH_EXE || path.join(root, "build/test/searcher/news-search"),
};
const sampleCorpus = process.env.SAMPLE_CORPUS_DIR || path.join(root, "sample_corpus");
const chromium = process.env.NEWS_CHROMIUM || "/usr/bin/chromium";

/** Why a test cannot run here: run() cleans up, says so and exits 77. */
class Skip extends Error {}

function skip(reason) {
  throw new Skip(reason);
}

function loadPuppeteer() {
  try {
    return require("puppeteer-core");
  } catch (error) {
    skip(
      `puppeteer-core is not installed in tests/browser (scripts/test runs npm ci there; ` +
        `it could not, or was not run): ${error.message.split("\n")[0]}`,
    );
  }
}

/**
 * A new index in `dir` of sample_corpus, a republished copy of one of its
 * articles and, unless told otherwise, the hostile fixtures.
 */
function buildIndex(dir, { hostile = true } = {}) {
  const extra = path.join(dir, "extra");
  fs.mkdirSync(extra);
  const original = fs.readFileSync(path.join(sampleCorpus, "xi-visit-france.txt"), "utf8");
  fs.writeFileSync(path.join(extra, "xi-visit-france-copy.txt"), original.replace("Source: Sample Wire", "Source: Other Wire"));
  const db = path.join(dir, "db");
  const fixtures = hostile ? ["hostile.txt", "hostile-data-url.jsonl"].map((name) => path.join(here, "fixtures", name)) : [];
  execFileSync(exe.index, ["add", "--db", db, sampleCorpus, ...fixtures, extra], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  return db;
}

/** What the CLI says for the same search: the tests' oracle. */
function cliCount(db, args) {
  const out = execFileSync(exe.search, ["--db", db, "--count", ...args], { encoding: "utf8" });
  return Number(out.trim());
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startServer(db) {
  const port = await freePort();
  const child = spawn(exe.search, ["serve", "--db", db, "--port", String(port)], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  const base = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 20000; Date.now() < deadline; ) {
    const ended = await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 100, null))]);
    if (ended) throw new Error(`news-search serve exited (${ended.code ?? ended.signal}): ${stderr.trim()}`);
    try {
      const response = await fetch(`${base}/healthz`);
      if (response.ok) return { base, child, exited, stderr: () => stderr };
    } catch {
      // not listening yet
    }
  }
  child.kill("SIGTERM");
  throw new Error(`news-search serve did not answer /healthz within 20 s: ${stderr.trim()}`);
}

async function launchBrowser(puppeteer) {
  try {
    return await puppeteer.launch({
      executablePath: chromium,
      headless: true,
      // As root (CI) Chromium refuses its sandbox; the pages are our own.
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    });
  } catch (error) {
    skip(`Chromium cannot run here: ${error.message.split("\n")[0]}`);
  }
}

/**
 * A new page that records whatever would show hostile data ran: any dialog
 * (alert, confirm, prompt), a call of the wrapped alert, a refusal by the
 * Content-Security-Policy (markup that got in) and any uncaught error.
 */
async function watchedPage(browser) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const incidents = [];
  page.on("dialog", async (dialog) => {
    incidents.push(`dialog ${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on("pageerror", (error) => incidents.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && !/favicon/.test(message.text())) incidents.push(`console error: ${message.text()}`);
  });
  await page.evaluateOnNewDocument(() => {
    window.__executed = [];
    for (const name of ["alert", "confirm", "prompt"]) {
      const original = window[name];
      window[name] = function (...args) {
        window.__executed.push(`${name}(${args.join(",")})`);
        return original.apply(this, args);
      };
    }
    document.addEventListener("securitypolicyviolation", (event) =>
      window.__executed.push(`CSP refused ${event.violatedDirective}: ${event.blockedURI}`),
    );
  });
  page.incidents = async () => [...incidents, ...(await page.evaluate(() => window.__executed ?? []))];
  return page;
}

/** Waits until the page has drawn the view of its URL (no request of it running). */
async function settled(page) {
  await page.waitForFunction(() => document.getElementById("main")?.getAttribute("aria-busy") === "false", {
    timeout: 10000,
  });
}

/** Runs the named steps in order, prints TAP-like lines, exits 1 on the first failure. */
async function run(name, body) {
  let puppeteer;
  try {
    puppeteer = loadPuppeteer();
    if (!fs.existsSync(chromium)) skip(`Chromium is not installed (${chromium}; scripts/test installs Debian's chromium)`);
  } catch (error) {
    console.log(`skipped: ${error.message}`);
    process.exit(kSkip);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "news-browser-"));
  let server = null;
  let browser = null;
  const guard = setTimeout(() => {
    console.error(`not ok - ${name}: still running after 120 s`);
    server?.child.kill("SIGKILL");
    browser?.process()?.kill("SIGKILL");
    process.exit(1);
  }, 120000);
  let failed = false;
  let skipped = null;
  try {
    const db = buildIndex(dir);
    server = await startServer(db);
    browser = await launchBrowser(puppeteer);
    const step = async (title, fn) => {
      try {
        await fn();
        console.log(`ok - ${title}`);
      } catch (error) {
        console.log(`not ok - ${title}`);
        throw error;
      }
    };
    await body({ base: server.base, db, browser, step, page: () => watchedPage(browser) });
  } catch (error) {
    if (error instanceof Skip) {
      skipped = error.message;
    } else {
      failed = true;
      console.error(error.stack ?? String(error));
    }
    if (failed && server) console.error(`server log:\n${server.stderr().slice(-4000)}`);
  } finally {
    clearTimeout(guard);
    if (browser) await browser.close().catch(() => {});
    if (server) {
      server.child.kill("SIGTERM");
      await server.exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (skipped !== null) {
    console.log(`skipped: ${skipped}`);
    process.exit(kSkip);
  }
  console.log(failed ? `${name}: failed` : `${name}: passed`);
  process.exit(failed ? 1 : 0);
}

module.exports = { assert, buildIndex, cliCount, launchBrowser, loadPuppeteer, run, settled, startServer };
