import { createHash } from 'node:crypto';
import type { Disclosure } from '../model/disclosure.js';
import type { PublishInput } from './atomic-input.js';
import { deriveTables } from './derive/derive-tables.js';
import { glossary } from './glossary.js';
import type { NarrativeWarning } from './narrative/context.js';
import { factsOf, type NarrativeFacts } from './narrative/facts.js';
import { narrate } from './narrative/narrate.js';
import { todo } from './narrative/phrases.js';

// A publication: the complete disclosure (tables, 情况说明, 名词解释, forms) ready to be drawn, and
// what its text still lacks. Made from entered figures (every table derived) or from a disclosure that
// was read (its tables kept, the text recomputed from them).

export interface Publication {
  doc: Disclosure;
  warnings: NarrativeWarning[];
}

export function documentTitle(year: number | null, level: Disclosure['level']): string {
  return `${year ?? ''}年度${level === 'department' ? '部门' : '单位'}预算公开`;
}

/** 第一部分 概况 as entered, or marked for the author when nothing was. */
function overviewOf(input: PublishInput): Disclosure['overview'] {
  const scope = input.level === 'department' ? '部门' : '单位';
  const sections = input.overview.length
    ? input.overview
    : [
        { title: `本${scope}职责`, text: todo(`本${scope}职责`) },
        { title: '机构设置情况', text: todo('机构设置情况') },
      ];
  return sections.map((s, i) => ({ number: null, title: s.title, text: s.text, line: i, page: null }));
}

export interface InputSource {
  name: string;
  format: Disclosure['source']['format'];
  bytes: Uint8Array;
}

export function publishInput(input: PublishInput, source: InputSource): Publication {
  const sha = createHash('sha256').update(source.bytes).digest('hex');
  const doc: Disclosure = {
    id: sha.slice(0, 16),
    kind: 'budget',
    level: input.level,
    fiscal_year: input.fiscal_year,
    entity: input.entity,
    entity_code: input.entity_code,
    template: 'shanxi',
    title: documentTitle(input.fiscal_year, input.level),
    source: { name: source.name, format: source.format, sha256: sha, bytes: source.bytes.length, pages: null },
    toc: [],
    overview: overviewOf(input),
    tables: deriveTables(input),
    sections: [],
    glossary: glossary(),
    forms: input.forms,
    diagnostics: [],
  };
  const n = narrate(doc, factsOf(input));
  const warnings = input.overview.length ? n.warnings : [{ code: 'narrative.fact-missing' as const, section: '概况', item: '职责和机构设置' }, ...n.warnings];
  return { doc: { ...doc, sections: n.sections }, warnings };
}

/** Tables the 情况说明 is computed from; without them the published text is kept as it was. */
const NARRATED_FROM = ['summary', 'expense', 'fiscal_summary', 'gpb_expense'];

/**
 * A read disclosure in a clean layout. Its 情况说明 is recomputed when it follows the 山西 template the
 * narrative is written for (sections 一…十二 over these tables); other templates keep their own text.
 */
export function republish(doc: Disclosure, facts: NarrativeFacts): Publication {
  const computable = doc.template === 'shanxi' && NARRATED_FROM.every((k) => doc.tables.some((t) => t.key === k));
  if (!computable) return { doc, warnings: [] };
  const n = narrate(doc, facts);
  return { doc: { ...doc, sections: n.sections, glossary: glossary(), title: doc.title ?? documentTitle(doc.fiscal_year, doc.level) }, warnings: n.warnings };
}
