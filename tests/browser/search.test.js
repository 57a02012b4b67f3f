// The page as a reader uses it, in headless Chromium against the real
// `news-search serve`: type a query and see hits, click a facet and see the
// filtered hits, click and drag on the histogram, open an article, go Back,
// follow a shared link. Counts are checked against the CLI's.
"use strict";

const { assert, cliCount, run, settled } = require("./harness.js");

const statusOf = (page) => page.$eval("#status", (node) => node.textContent);
const titlesOf = (page) => page.$$eval("#hits .hit-title", (nodes) => nodes.map((node) => node.textContent));
const queryOf = (page) => new URL(page.url()).searchParams;

function matchesText(count) {
  return count === 1 ? "1 article matches" : `${count.toLocaleString("en")} articles match`;
}

run("browser search", async ({ base, db, step, page: newPage }) => {
  const page = await newPage();

  await step("the first page says what the index holds and / focuses the search box", async () => {
    await page.goto(base, { waitUntil: "load" });
    await settled(page);
    const stats = await page.$eval("#stats", (node) => node.textContent);
    assert.match(stats, /The index holds \d+ articles/);
    await page.keyboard.press("/");
    assert.equal(await page.evaluate(() => document.activeElement.id), "q");
  });

  await step("typing a query and pressing Enter shows its hits, their words marked", async () => {
    await page.keyboard.type("china");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => /match/.test(document.getElementById("status").textContent));
    await settled(page);
    assert.equal(queryOf(page).get("q"), "china");
    assert.ok((await statusOf(page)).startsWith(matchesText(cliCount(db, ["china"]))));
    const titles = await titlesOf(page);
    assert.ok(titles.includes("Washington Tightens Chip Export Rules Aimed at China"), titles.join(" | "));
    const marked = await page.$$eval("#hits mark", (nodes) => nodes.map((node) => node.textContent.toLowerCase()));
    assert.ok(marked.length > 0 && marked.every((word) => word.startsWith("china")), marked.join(","));
  });

  await step("the entities found with the matches more than elsewhere are listed beside the facets", async () => {
    const related = await page.$$eval(".facet-group.related", (groups) =>
      groups.map((group) => ({
        heading: group.querySelector("h2").textContent,
        names: [...group.querySelectorAll(".facet")].map((b) => [b.querySelector(".facet-name").textContent, b.querySelector(".facet-count").textContent, b.title]),
      })),
    );
    const orgs = related.find((group) => group.heading === "Found with: organisations");
    assert.ok(orgs, JSON.stringify(related));
    const [name, count, title] = orgs.names[0];
    assert.equal(name, "NATO");
    assert.equal(count, "3");
    assert.match(title, /^Add org:"NATO" \(in 3 of 4 matches, \d+ of \d+ articles; G² [\d.]+\)$/);
  });

  await step("clicking a facet adds its filter to the query and shows the filtered hits", async () => {
    const facet = await page.waitForSelector('.facet[data-kind="person"][aria-pressed="false"] ::-p-text(Xi Jinping)');
    await facet.click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get("q") === 'china person:"Xi Jinping"');
    await settled(page);
    assert.equal(await page.$eval("#q", (node) => node.value), 'china person:"Xi Jinping"');
    const expected = cliCount(db, ["china", 'person:"Xi Jinping"']);
    assert.ok((await statusOf(page)).startsWith(matchesText(expected)));
    assert.deepEqual(await titlesOf(page), ["Xi Jinping Arrives in Paris for First European Tour in Five Years"]);
    const pressed = await page.$$eval('.facet[aria-pressed="true"] .facet-name', (nodes) => nodes.map((n) => n.textContent));
    assert.ok(pressed.includes("Xi Jinping"), pressed.join(","));
  });

  await step("+1 similar expands to the story's other copy", async () => {
    const toggle = await page.waitForSelector("#hits .similar");
    assert.equal(await toggle.evaluate((node) => node.textContent), "+1 similar");
    await toggle.click();
    await page.waitForSelector("#hits .copies li a");
    assert.equal(await toggle.evaluate((node) => node.getAttribute("aria-expanded")), "true");
    // The hit is one copy and the list the other: which is which is a tie of
    // score and date, so either wire may be shown first.
    const shown = await page.$eval("#hits .hit .meta", (node) => node.textContent);
    const copy = await page.$eval("#hits .copies li", (node) => node.textContent);
    assert.match(copy, /Xi Jinping Arrives in Paris/);
    const wires = ["Sample Wire", "Other Wire"];
    const copyWire = wires.find((wire) => copy.includes(wire));
    assert.ok(copyWire, copy);
    const hitWire = wires.find((wire) => wire !== copyWire);
    assert.ok(shown.includes(hitWire), `the hit should be the ${hitWire} copy: ${shown}`);
  });

  await step("clicking the pressed facet takes its filter out again", async () => {
    await page.click('.facet[aria-pressed="true"][data-kind="person"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get("q") === "china");
    await settled(page);
    assert.ok((await statusOf(page)).startsWith(matchesText(cliCount(db, ["china"]))));
  });

  await step("the languages of the matches are a facet, and a click filters lang:", async () => {
    const languages = await page.$$eval('.facet-group:not(.related)', (groups) =>
      groups
        .filter((group) => group.querySelector("h2").textContent === "Languages")
        .flatMap((group) => [...group.querySelectorAll(".facet")].map((b) => [b.querySelector(".facet-name").textContent, b.querySelector(".facet-count").textContent])),
    );
    // Shown by name, with the code the filter takes.
    const english = languages.find(([name]) => name === "English (en)");
    assert.ok(english, JSON.stringify(languages));
    const expected = cliCount(db, ["china", "lang:en"]);
    assert.ok(expected > 0);
    assert.equal(english[1], expected.toLocaleString("en"));
    await page.click('.facet[data-kind="lang"][aria-pressed="false"]');
    await page.waitForFunction(() => /^china lang:[a-z]/.test(new URL(location.href).searchParams.get("q")));
    await settled(page);
    const clicked = queryOf(page).get("q").split(" ")[1];
    assert.ok((await statusOf(page)).startsWith(matchesText(cliCount(db, ["china", clicked]))));
    const shown = await page.$eval('.facet[data-kind="lang"][aria-pressed="true"] .facet-name', (n) => n.textContent);
    assert.ok(shown.endsWith(` (${clicked.slice(5)})`), shown);
    await page.click('.facet[aria-pressed="true"][data-kind="lang"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get("q") === "china");
    await settled(page);
  });

  await step("clicking a histogram bar narrows the dates to its period", async () => {
    await page.waitForSelector("#histogram:not([hidden]) .bar");
    const bars = await page.$$eval("#bars .bar", (nodes) => nodes.map((node) => node.getAttribute("aria-label")));
    const index = bars.findIndex((label) => !/: 0 matches$/.test(label));
    assert.ok(index >= 0, bars.join(","));
    const period = bars[index].split(":")[0];
    const chosen = await page.$$("#bars .bar");
    await chosen[index].click();
    await page.waitForFunction(() => new URL(location.href).searchParams.has("since"));
    await settled(page);
    const params = queryOf(page);
    assert.ok(params.get("since").startsWith(period.slice(0, 4)), `${params} for ${period}`);
    const expected = cliCount(db, ["--since", params.get("since"), "--until", params.get("until"), "china"]);
    assert.ok(expected > 0);
    assert.ok((await statusOf(page)).startsWith(matchesText(expected)));
    assert.match(await page.$eval("#dates", (node) => node.textContent), /Dates: /);
  });

  await step("dragging across histogram bars narrows the dates to their span", async () => {
    await page.goto(`${base}/?q=said&period=year`, { waitUntil: "load" });
    await settled(page);
    const boxes = await page.$$eval("#bars .bar", (nodes) =>
      nodes.map((node) => {
        const box = node.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2, label: node.getAttribute("aria-label") };
      }),
    );
    assert.ok(boxes.length >= 3, `${boxes.length} bars`);
    const [from, to] = [boxes[1], boxes[boxes.length - 1]];
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, from.y, { steps: 4 });
    await page.mouse.move(to.x, to.y, { steps: 4 });
    await page.mouse.up();
    await page.waitForFunction(() => new URL(location.href).searchParams.has("until"));
    await settled(page);
    const params = queryOf(page);
    assert.equal(params.get("since"), from.label.split(":")[0]);
    assert.equal(params.get("until"), to.label.split(":")[0]);
    const expected = cliCount(db, ["--since", params.get("since"), "--until", params.get("until"), "said"]);
    assert.ok((await statusOf(page)).startsWith(matchesText(expected)));
  });

  await step("the histogram works from the keyboard: arrows move between bars, Enter chooses", async () => {
    await page.goto(`${base}/?q=said&period=year`, { waitUntil: "load" });
    await settled(page);
    await page.focus('#bars .bar[tabindex="0"]');
    const first = await page.evaluate(() => document.activeElement.getAttribute("aria-label"));
    await page.keyboard.press("End");
    const last = await page.evaluate(() => document.activeElement.getAttribute("aria-label"));
    assert.notEqual(first, last);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => new URL(location.href).searchParams.has("since"));
    await settled(page);
    const year = last.split(":")[0];
    assert.equal(queryOf(page).get("since"), year);
    assert.equal(queryOf(page).get("until"), year);
    const expected = cliCount(db, ["--since", year, "--until", year, "said"]);
    assert.ok((await statusOf(page)).startsWith(matchesText(expected)));
  });

  let articleTitle = "";
  let resultsUrl = "";
  await step("a hit's title opens the article: whole text, entities, similar articles", async () => {
    await page.goto(`${base}/?q=xi`, { waitUntil: "load" });
    await settled(page);
    resultsUrl = page.url();
    const link = await page.waitForSelector("#hits .hit-title a");
    articleTitle = await link.evaluate((node) => node.textContent);
    await link.click();
    await page.waitForSelector("#article-view:not([hidden])");
    await settled(page);
    assert.ok(queryOf(page).has("article"));
    assert.equal(await page.$eval("#article-title", (node) => node.textContent), articleTitle);
    const paragraphs = await page.$$eval("#article-body p", (nodes) => nodes.map((node) => node.textContent));
    assert.ok(paragraphs.length >= 3, `${paragraphs.length} paragraphs`);
    assert.ok(paragraphs.some((text) => text.includes("Belgrade")), "the body's last paragraph is there");
    const people = await page.$$eval("#entity-lists a", (nodes) => nodes.map((node) => node.textContent));
    assert.ok(people.includes("Emmanuel Macron"), people.join(","));
    assert.ok((await page.$$("#similar li a")).length > 0, "similar articles are listed");
    assert.ok((await page.$$("#copies li a")).length === 1, "the other copy is listed");
  });

  await step("an entity of the article is a link that searches for it", async () => {
    const link = await page.waitForSelector("#entity-lists a ::-p-text(Emmanuel Macron)");
    await link.click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get("q") === 'person:"Emmanuel Macron"');
    await settled(page);
    assert.ok((await statusOf(page)).startsWith(matchesText(cliCount(db, ['person:"Emmanuel Macron"']))));
  });

  await step("Back goes to the article, then to the results it was opened from", async () => {
    await page.goBack();
    await page.waitForSelector("#article-view:not([hidden])");
    await settled(page);
    assert.equal(await page.$eval("#article-title", (node) => node.textContent), articleTitle);
    await page.goBack();
    await page.waitForSelector("#results-view:not([hidden])");
    await settled(page);
    assert.equal(page.url(), resultsUrl);
    assert.equal(await page.$eval("#q", (node) => node.value), "xi");
    assert.ok((await titlesOf(page)).includes(articleTitle));
  });

  await step("sorting by newest orders the hits by date, and pages follow", async () => {
    const total = cliCount(db, ["said"]);
    assert.ok(total > 10, `${total} articles say "said"`);
    await page.goto(`${base}/?q=said`, { waitUntil: "load" });
    await settled(page);
    await page.select("#sort", "newest");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("sort") === "newest");
    await settled(page);
    const dates = await page.$$eval("#hits .meta", (nodes) => nodes.map((node) => node.textContent.slice(0, 10)));
    const dated = dates.filter((text) => /^\d{4}-\d{2}-\d{2}$/.test(text));
    assert.deepEqual(dated, [...dated].sort().reverse());
    assert.equal(dates.length, 10);
    const next = await page.waitForSelector('#pages a[aria-label="Next page"]');
    await next.click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get("page") === "2");
    await settled(page);
    assert.equal(await page.$eval("#hits", (node) => node.getAttribute("start")), "11");
    assert.equal((await titlesOf(page)).length, Math.min(10, total - 10));
  });

  await step("a shared link shows the same search", async () => {
    const other = await newPage();
    await other.goto(`${base}/?q=${encodeURIComponent("china")}&since=2024-05&until=2024-05`, { waitUntil: "load" });
    await settled(other);
    assert.equal(await other.$eval("#q", (node) => node.value), "china");
    const expected = cliCount(db, ["--since", "2024-05", "--until", "2024-05", "china"]);
    assert.ok((await statusOf(other)).startsWith(matchesText(expected)));
    assert.deepEqual(await other.incidents(), []);
  });

  await step("a query the server refuses shows its message", async () => {
    const other = await newPage();
    await other.goto(`${base}/?q=${encodeURIComponent("date:garbage")}`, { waitUntil: "load" });
    await settled(other);
    const message = await other.$eval("#error", (node) => (node.hidden ? "" : node.textContent));
    assert.match(message, /garbage/);
    assert.equal(await other.$eval("#results-view", (node) => node.hidden), true);
  });

  await step("nothing went wrong on the way", async () => {
    assert.deepEqual(await page.incidents(), []);
  });
});
