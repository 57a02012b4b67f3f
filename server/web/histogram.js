// The histogram of matches over time: one bar a period (`2024-05-07`,
// `2024-W19`, `2024-05`, `2024`), a click on a bar or a drag across bars
// narrows the search to those dates.

import { el, fill, plural } from "./dom.js";

const kDay = 86400000;

function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

function mondayOfWeek(year, week) {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday 0
  return jan4 - weekday * kDay + (week - 1) * 7 * kDay;
}

/**
 * The first and last day of a period as `--since` and `--until` take them
 * (a month or a year as it is: `--until 2024-05` includes all of May).
 */
export function periodDates(period) {
  const week = /^(\d{4})-W(\d{2})$/.exec(period);
  if (!week) return { since: period, until: period };
  const monday = mondayOfWeek(Number(week[1]), Number(week[2]));
  return { since: isoDay(monday), until: isoDay(monday + 6 * kDay) };
}

/** The first and last instant (ms) of a period or a date, null when it is not one. */
export function periodSpan(period) {
  const week = /^(\d{4})-W(\d{2})$/.exec(period);
  if (week) {
    const monday = mondayOfWeek(Number(week[1]), Number(week[2]));
    return { start: monday, end: monday + 7 * kDay };
  }
  const parts = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(period ?? "");
  if (!parts) return null;
  const [year, month, dayOfMonth] = [Number(parts[1]), Number(parts[2] ?? 1), Number(parts[3] ?? 1)];
  const start = Date.UTC(year, month - 1, dayOfMonth);
  const end = parts[3]
    ? start + kDay
    : parts[2]
      ? Date.UTC(year, month, 1)
      : Date.UTC(year + 1, 0, 1);
  return { start, end };
}

/** The period that shows a span of time in a readable number of bars. */
export function periodForDays(days) {
  if (days <= 45) return "day";
  if (days <= 200) return "week";
  if (days <= 8 * 366) return "month";
  return "year";
}

/** The period fitting the periods a histogram spans, null when it has none. */
export function periodForHistogram(histogram) {
  if (!Array.isArray(histogram) || histogram.length === 0) return null;
  const first = periodSpan(histogram[0].period);
  const last = periodSpan(histogram[histogram.length - 1].period);
  if (!first || !last) return null;
  return periodForDays((last.end - first.start) / kDay);
}

/**
 * Draws `histogram` into `bars` (and the first and last label into `axis`);
 * `onSelect(first, last)` gets the periods a click or a drag chose.
 */
export function drawHistogram(bars, axis, histogram, onSelect) {
  const highest = Math.max(1, ...histogram.map((bar) => bar.count));
  const buttons = histogram.map((bar, index) => {
    const label = `${bar.period}: ${plural(bar.count, "match", "matches")}`;
    const button = el(
      "button",
      { type: "button", class: "bar", title: label, "aria-label": label, tabindex: "-1" },
      el("span", { class: "bar-fill" }),
    );
    button.dataset.index = String(index);
    button.firstChild.style.height = `${(100 * bar.count) / highest}%`;
    if (bar.count === 0) button.classList.add("empty");
    return button;
  });
  const focused = Math.max(0, histogram.findIndex((bar) => bar.count > 0));
  if (buttons.length > 0) buttons[focused].tabIndex = 0;
  fill(bars, buttons);
  bars.classList.toggle("dense", buttons.length > 120);
  fill(
    axis,
    el("span", {}, histogram[0]?.period ?? ""),
    el("span", {}, histogram[histogram.length - 1]?.period ?? ""),
  );

  const select = (from, to) => {
    const [first, last] = from <= to ? [from, to] : [to, from];
    onSelect(histogram[first].period, histogram[last].period);
  };
  const indexAt = (clientX) => {
    const box = bars.getBoundingClientRect();
    const ratio = (clientX - box.left) / Math.max(1, box.width);
    return Math.min(buttons.length - 1, Math.max(0, Math.floor(ratio * buttons.length)));
  };
  const mark = (from, to) => {
    const [first, last] = from <= to ? [from, to] : [to, from];
    buttons.forEach((button, index) =>
      button.classList.toggle("selecting", index >= first && index <= last),
    );
  };

  let dragFrom = null;
  let dragTo = null;
  let pointerChose = false;
  bars.onpointerdown = (event) => {
    if (event.button !== 0 || buttons.length === 0) return;
    dragFrom = dragTo = indexAt(event.clientX);
    bars.setPointerCapture?.(event.pointerId);
    mark(dragFrom, dragTo);
    event.preventDefault();
  };
  bars.onpointermove = (event) => {
    if (dragFrom === null) return;
    dragTo = indexAt(event.clientX);
    mark(dragFrom, dragTo);
  };
  bars.onpointerup = (event) => {
    if (dragFrom === null) return;
    dragTo = indexAt(event.clientX);
    const from = dragFrom;
    dragFrom = null;
    pointerChose = true;
    select(from, dragTo);
  };
  bars.onpointercancel = () => {
    dragFrom = null;
    mark(-1, -1);
  };
  // The keyboard: Enter or Space on a bar chooses it; arrows move between bars.
  bars.onclick = (event) => {
    const button = event.target.closest(".bar");
    if (pointerChose || !button) {
      pointerChose = false;
      return;
    }
    const index = Number(button.dataset.index);
    select(index, index);
  };
  bars.onkeydown = (event) => {
    const current = buttons.indexOf(document.activeElement);
    if (current < 0) return;
    const moves = { ArrowLeft: -1, ArrowRight: 1, Home: -current, End: buttons.length - 1 - current };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = Math.min(buttons.length - 1, Math.max(0, current + moves[event.key]));
    buttons[current].tabIndex = -1;
    buttons[next].tabIndex = 0;
    buttons[next].focus();
  };
}
