// Page numbers as printed in page footers and headers: "7", "- 7 -", "— 7 —", "─ 7 ─", "第 7 页",
// "第7页 共22页", "7 / 22", "（7）". The PDF reader drops them from the page's edges; in text extractions
// they stand on lines of their own between table rows and paragraphs. One pattern for both readers, so a
// footer that one of them knows is never a table row or a sentence in the other.

// Hyphens, dashes, tildes and the box-drawing rule some templates draw them with (─ 7 ─).
const DASHES = '-—–－~−‐─━';
const PAGE_NUMBER = new RegExp(
  `^[${DASHES}\\s]*(?:[(（]\\s*\\d{1,4}\\s*[)）]|(?:第\\s*)?\\d{1,4}(?:\\s*页)?(?:\\s*(?:[,，]\\s*)?(?:共|[/／]\\s*共?)\\s*\\d{1,4}\\s*页?)?)[${DASHES}\\s]*$`,
);
const MAX_LENGTH = 16;

/** Is this text (a line's or a cell's, trimmed) only a page number? */
export function isPageNumber(text: string): boolean {
  // Cheap test first: every line of a document is asked.
  return text.length > 0 && text.length <= MAX_LENGTH && PAGE_NUMBER.test(text);
}
