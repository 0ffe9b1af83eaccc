/**
 * Reads a section of Redoc's operation page (the request body, or one response) as a reader would
 * by clicking through it: every collapsed "+ Show …" opened, every union tab and discriminator option
 * selected once, and after each click what every field row shows (its header, its own text blocks,
 * "Default:" and "Enum:"/"Value:" lists, its tabs) recorded. A row is read as often as it is shown;
 * the views of one row differ only in the selected branch. Browser-driving only: what the views mean
 * is site-facts.ts's business.
 */
import type { Page } from "playwright-core";

/** What one field row shows with the branches selected at that moment. */
export interface RowView {
  /** Redoc's deep-link id: `chat/createchatcompletion/t=request&path=messages[]&d=0/content`. */
  readonly id: string;
  readonly name: string;
  /** The header's first label, type and bounds: `number or null, [ 0 .. 2 ]`. */
  readonly label: string;
  /** The header's badges: `required`, `deprecated`, `read-only`. */
  readonly badges: readonly string[];
  /** The row's own description blocks, as rendered (nested rows left out). */
  readonly texts: readonly string[];
  readonly defaults: readonly string[];
  /** Values of the row's own "Enum:" or "Value:" lists, as rendered (`"auto"`). */
  readonly values: readonly string[];
  /** The labels of the row's own union tabs and discriminator options. */
  readonly tabs: readonly string[];
  /** The selected branch's own type label, when a union branch is shown. */
  readonly branchLabel: string | null;
}

/** How many tab or option clicks a section may need before the walk gives up (a guard against a page that never settles). */
const MAX_CLICKS = 400;

/**
 * Every view of every field row under `section` (the id prefix: `chat/createchatcompletion/t=request&path=`),
 * after opening everything and trying every branch; plus the number of clicks it took.
 */
export async function walkSection(page: Page, section: string): Promise<{ views: RowView[]; clicks: number }> {
  const views: RowView[] = [];
  const tried = new Set<string>();
  let clicks = 0;
  for (;;) {
    await expandAll(page, section);
    await countOptions(page, section);
    const state = await readSection(page, section);
    views.push(...state.views);
    for (const choice of state.choices) if (choice.selected) tried.add(choice.key);
    // The last untried branch in page order: a branch's nested tabs and rows come after its own tabs,
    // so they are tried before the row switches to another branch and hides them.
    const next = [...state.choices].reverse().find((choice) => !tried.has(choice.key));
    if (next === undefined) {
      // Under load a click's re-render can land after the last read: let the page settle, and go
      // round again if that revealed anything still to open.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))));
      if ((await expandAll(page, section)) === 0) return { views, clicks };
      continue;
    }
    if (++clicks > MAX_CLICKS) throw new Error(`${section}: more than ${MAX_CLICKS} branches to try; is the page re-rendering in a loop?`);
    tried.add(next.key);
    await choose(page, next);
  }
}

/** The label of every tab and button on the page, for what is wrong wherever it is ("case N"). */
export async function tabLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('[role="tab"], button')].map((element) => (element.textContent ?? "").trim()));
}

/** A branch a reader can pick: a union tab or a discriminator option of a row. */
interface Choice {
  readonly key: string;
  readonly row: string;
  readonly kind: "tab" | "option";
  readonly index: number;
  readonly selected: boolean;
}

/** Clicks every "+ Show …" under the section until none is left (opening one can reveal more); returns how many it clicked. */
async function expandAll(page: Page, section: string): Promise<number> {
  let clicked = 0;
  for (let round = 0; round < 20; round++) {
    const count = await page.evaluate((prefix) => {
      let marked = 0;
      for (const button of document.querySelectorAll("button")) {
        button.removeAttribute("data-walk-expand");
        const row = button.closest("[id]");
        if (row === null || !row.id.startsWith(prefix) || !/^\+\s*Show\b/.test((button.textContent ?? "").trim())) continue;
        button.setAttribute("data-walk-expand", "");
        marked++;
      }
      return marked;
    }, section);
    if (count === 0) return clicked;
    clicked += count;
    const buttons = page.locator("[data-walk-expand]");
    // From the last: opening one shifts the rows below it, not the ones above.
    for (let index = count - 1; index >= 0; index--) await buttons.nth(index).click();
  }
  throw new Error(`${section}: "+ Show" buttons keep appearing after 20 rounds`);
}

async function readSection(page: Page, section: string): Promise<{ views: RowView[]; choices: Choice[] }> {
  return page.evaluate((prefix) => {
    function findRow(element: Element): Element | null {
      for (let node: Element | null = element; node !== null; node = node.parentElement) if (node.id.startsWith(prefix)) return node;
      return null;
    }
    const own = (row: Element, selector: string): Element[] => [...row.querySelectorAll(selector)].filter((element) => findRow(element) === row);
    // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered (hidden parts left out) is what a reader sees
    const text = (element: Element): string => (element as HTMLElement).innerText.replace(/\s+/g, " ").trim();
    const rows = [...document.querySelectorAll("[id]")].filter((element) => element.id.startsWith(prefix) && element.querySelector(".schema-name") !== null);
    const views = rows.map((row) => {
      const header = row.firstElementChild as HTMLElement;
      const ems = [...header.querySelectorAll(":scope > em")].map(text);
      const badges = [...header.querySelectorAll(":scope > span")].map(text).filter((badge) => badge !== "");
      const blocks = own(row, '[data-component-name="Markdown/Markdown"]').map(text);
      const defaults = own(row, "span")
        .filter((span) => (span.textContent ?? "").trim() === "Default:")
        .map((span) => (span.nextElementSibling === null ? "" : text(span.nextElementSibling)));
      const values = own(row, '[data-testid="schema-enum-values"]').flatMap((list) => [...list.querySelectorAll(":scope > span")].slice(1).map(text));
      const tabs = own(row, '[role="tab"], [data-component-name="Dropdown/Dropdown"] button').map(text);
      // The selected branch's label: a header-like block (em children, no name) inside the row's body.
      const branch = own(row, "div")
        .filter((div) => div !== header && div.querySelector(":scope > em") !== null && div.querySelector(".schema-name") === null)
        .map((div) => text(div.querySelector(":scope > em") as Element))[0];
      return {
        id: row.id,
        name: text(header.querySelector(".schema-name") as Element),
        label: ems[0] ?? "",
        badges,
        texts: blocks,
        defaults,
        values,
        tabs,
        branchLabel: branch ?? null,
      };
    });
    const choices = rows.flatMap((row) => [
      ...own(row, '[role="tab"]').map((tab, index) => ({
        key: `${row.id}#tab${index}`,
        row: row.id,
        kind: "tab" as const,
        index,
        selected: tab.getAttribute("aria-selected") === "true",
      })),
      ...own(row, '[data-component-name="Dropdown/Dropdown"]').flatMap((dropdown) => {
        const count = Number(dropdown.getAttribute("data-walk-options") ?? "0");
        const current = Number(dropdown.getAttribute("data-walk-selected") ?? "0");
        return Array.from({ length: Math.max(count, 1) }, (_, index) => ({
          key: `${row.id}#option${index}`,
          row: row.id,
          kind: "option" as const,
          index,
          selected: index === current,
        }));
      }),
    ]);
    return { views, choices };
  }, section);
}

/** Selects a union tab, or opens a discriminator dropdown and picks an option. */
async function choose(page: Page, choice: Choice): Promise<void> {
  const row = page.locator(`[id="${choice.row.replace(/"/g, '\\"')}"]`);
  if (choice.kind === "tab") {
    await page.evaluate(
      ({ id, index, prefix }) => {
        const row = document.getElementById(id) as Element;
        const rowOf = (element: Element): Element | null => {
          for (let node: Element | null = element.parentElement; node !== null; node = node.parentElement) if (node.id.startsWith(prefix)) return node;
          return null;
        };
        const owned = [...row.querySelectorAll('[role="tab"]')].filter((tab) => rowOf(tab) === row);
        for (const tab of document.querySelectorAll("[data-walk-choice]")) tab.removeAttribute("data-walk-choice");
        owned[index]?.setAttribute("data-walk-choice", "");
      },
      { id: choice.row, index: choice.index, prefix: choice.row.slice(0, choice.row.indexOf("&path=") + "&path=".length) },
    );
    // The DOM's own click (Redoc's handlers are React's, at the root), without Playwright's per-click
    // scrolling and stability waits, which made a walk of every branch take minutes; then wait until
    // the tab shows as selected, so the next read sees the branch.
    await page.evaluate(async () => {
      (document.querySelector("[data-walk-choice]") as HTMLElement | null)?.click();
      for (let frame = 0; frame < 120; frame++) {
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        const tab = document.querySelector("[data-walk-choice]");
        if (tab === null || tab.getAttribute("aria-selected") === "true") return;
      }
      throw new Error(`the tab "${document.querySelector("[data-walk-choice]")?.textContent}" did not become selected`);
    });
    return;
  }
  await row.locator('[data-component-name="Dropdown/Dropdown"] button').first().click();
  await page.locator('[role="menu"]:visible [role="menuitem"]').nth(choice.index).click();
  await page.evaluate(
    ({ id, index }) =>
      document.getElementById(id)?.querySelector('[data-component-name="Dropdown/Dropdown"]')?.setAttribute("data-walk-selected", String(index)),
    { id: choice.row, index: choice.index },
  );
}

/** Opens each discriminator dropdown of the section not yet counted, counts its options and closes it again. */
async function countOptions(page: Page, section: string): Promise<void> {
  for (;;) {
    const found = await page.evaluate((prefix) => {
      const dropdown = [...document.querySelectorAll('[data-component-name="Dropdown/Dropdown"]')].find(
        (element) => element.closest("[id]")?.id.startsWith(prefix) === true && !element.hasAttribute("data-walk-options"),
      );
      if (dropdown === undefined) return false;
      for (const element of document.querySelectorAll("[data-walk-count]")) element.removeAttribute("data-walk-count");
      dropdown.setAttribute("data-walk-count", "");
      return true;
    }, section);
    if (!found) return;
    await page.locator("[data-walk-count] button").first().click();
    const count = await page.locator('[role="menu"]:visible [role="menuitem"]').count();
    // Escape leaves Redoc's menu open; its button toggles it.
    await page.locator("[data-walk-count] button").first().click();
    await page.evaluate((count) => document.querySelector("[data-walk-count]")?.setAttribute("data-walk-options", String(count)), count);
  }
}
