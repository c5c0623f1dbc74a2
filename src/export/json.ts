import { Disclosure } from '../model/disclosure.js';

// The JSON export is the canonical model, validated against its schema before it leaves the program.

export function disclosureJson(doc: Disclosure, pretty = true): string {
  const checked = Disclosure.parse(doc);
  return `${JSON.stringify(checked, null, pretty ? 2 : 0)}\n`;
}
