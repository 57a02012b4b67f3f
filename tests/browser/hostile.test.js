// Hostile article data (tests/browser/fixtures) shown by the page in
// headless Chromium against the real `news-search serve`: markup in titles,
// sources and bodies stays text, `javascript:` and `data:` urls never become
// links, and nothing runs: no dialog, no call of alert, no refusal by the
// Content-Security-Policy (which would mean markup got into the page).
"use strict";

const { assert, run, settled } = require("./harness.js");

const kTitle = "<img src=x onerror=alert(1)><script>alert(2)</script>";
const kSource = '"><svg onload=alert(5)>';

// Elements and attributes that only injected markup could have made.
function injected(page) {
  return page.evaluate(() => {
    const found = [];
    for (const node of document.querySelectorAll("img, svg, iframe, object, embed, b, body script:not([src])"))
      found.push(node.outerHTML.slice(0, 80));
    for (const node of document.querySelectorAll("script"))
      if (node.getAttribute("src") !== "/assets/app.js") found.push(`script ${node.getAttribute("src")}`);
    for (const node of document.querySelectorAll("*"))
      for (const attribute of node.attributes)
        if (/^on/i.test(attribute.name)) found.push(`${node.tagName} ${attribute.name}`);
    for (const link of document.querySelectorAll("a[href]"))
      if (!/^(https?:|\/|#main$)/.test(link.getAttribute("href"))) found.push(`link to ${link.getAttribute("href")}`);
    return found;
  });
}

run("browser hostile", async ({ base, step, page: newPage }) => {
  const page = await newPage();

  await step("the hostile hit's title, source and author are shown as text", async () => {
    await page.goto(`${base}/?q=mallory`, { waitUntil: "load" });
    await settled(page);
    const titles = await page.$$eval("#hits .hit-title", (nodes) => nodes.map((node) => node.textContent));
    assert.ok(titles.includes(kTitle), titles.join(" | "));
    const meta = await page.$$eval("#hits .meta", (nodes) => nodes.map((node) => node.textContent));
    assert.ok(meta.some((text) => text.includes(kSource) && text.includes("<b onmouseover=alert(6)>Mallory</b>")), meta.join(" | "));
    const snippets = await page.$$eval("#hits .snippet", (nodes) => nodes.map((node) => node.textContent));
    assert.ok(snippets.some((text) => text.includes("<svg onload=alert(4)>") || text.includes("<script>alert(7)")), snippets.join(" | "));
    assert.deepEqual(await injected(page), []);
  });

  await step("javascript: and data: urls of hits are no links", async () => {
    const hrefs = await page.$$eval("a[href]", (nodes) => nodes.map((node) => node.getAttribute("href")));
    assert.ok(!hrefs.some((href) => /^\s*(javascript|data):/i.test(href)), hrefs.join(" "));
  });

  await step("the hostile source facet shows its name as text and filters by it", async () => {
    const names = await page.$$eval('.facet[data-kind="source"] .facet-name', (nodes) => nodes.map((node) => node.textContent));
    assert.ok(names.includes(kSource), names.join(" | "));
    const facets = await page.$$('.facet[data-kind="source"]');
    const index = names.indexOf(kSource);
    await facets[index].click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get("q") !== "mallory");
    await settled(page);
    assert.equal(await page.$eval("#q", (node) => node.value), 'mallory source:"><svg onload=alert(5)>"');
    assert.deepEqual(await injected(page), []);
  });

  await step("the hostile article's view shows its text as text and its url as no link", async () => {
    await page.goto(`${base}/?q=mallory`, { waitUntil: "load" });
    await settled(page);
    const link = await page.waitForSelector(`#hits .hit-title a ::-p-text(${kTitle})`);
    await link.click();
    await page.waitForSelector("#article-view:not([hidden])");
    await settled(page);
    assert.equal(await page.$eval("#article-title", (node) => node.textContent), kTitle);
    assert.equal(await page.$eval("#article-link code", (node) => node.textContent), "javascript:alert(3)");
    assert.equal(await page.$("#article-link a"), null);
    const body = await page.$eval("#article-body", (node) => node.textContent);
    assert.ok(body.includes('Dr "><svg onload=alert(4)> Mallory and <script>alert(7)</script>'), body);
    const entities = await page.$$eval("#entity-lists a", (nodes) => nodes.map((node) => node.textContent));
    assert.deepEqual(entities.sort(), ["Eve Mallory", "Hostile Harbour Authority", "Port Xss"]);
    assert.deepEqual(await injected(page), []);
  });

  await step("an article whose url is a data: URL shows it as no link", async () => {
    await page.goto(`${base}/?article=hostile-data-url`, { waitUntil: "load" });
    await settled(page);
    assert.equal(await page.$eval("#article-title", (node) => node.textContent), "Mallory's second note, linked by a data: address");
    assert.equal(await page.$eval("#article-link code", (node) => node.textContent), "data:text/html,<script>alert(8)</script>");
    assert.equal(await page.$("#article-link a"), null);
    assert.deepEqual(await injected(page), []);
  });

  await step("markup in the URL's query stays text too", async () => {
    const query = '<img src=x onerror=alert(9)>"><svg onload=alert(10)>';
    await page.goto(`${base}/?q=${encodeURIComponent(query)}`, { waitUntil: "load" });
    await settled(page);
    assert.equal(await page.$eval("#q", (node) => node.value), query);
    assert.deepEqual(await injected(page), []);
  });

  await step("nothing hostile ran: no dialog, no alert, no refusal by the CSP", async () => {
    assert.deepEqual(await page.incidents(), []);
  });
});
