import type { Disclosure, Table } from '../model/disclosure.js';
import type { DepartmentForm, ProjectForm } from '../model/performance.js';
import type { CompareTable } from '../store/compare.js';
import type { FindingInput } from '../store/records.js';
import type { DisclosureSummary, SearchHit } from '../store/queries.js';

// Response shapes of the HTTP API, shared by the server and the web app (type-only imports).

export type { CompareTable, DisclosureSummary, FindingInput, SearchHit };

export interface ListResponse {
  items: DisclosureSummary[];
  total: number;
  limit: number;
  offset: number;
  /** Every fiscal year the library holds (for the year filter), newest first. */
  years: number[];
}

export interface TableIndexEntry {
  key: string;
  number: string | null;
  title: string;
  unit: string | null;
  status: 'present' | 'empty';
  rows: number;
}

export interface FormIndexEntry {
  ord: number;
  kind: 'project' | 'department';
  name: string;
  unit: string | null;
  funds_unit: string;
  annual_fen: number | null;
  indicators: number;
  line: number;
  end_line: number;
}

export interface VersionEntry {
  id: string;
  imported_at: string;
  is_current: boolean;
  source_name: string;
}

export interface DisclosureDetail extends DisclosureSummary {
  sha256: string;
  source: Disclosure['source'];
  toc: Disclosure['toc'];
  overview: Disclosure['overview'];
  sections: Disclosure['sections'];
  glossary: Disclosure['glossary'];
  tables: TableIndexEntry[];
  forms: FormIndexEntry[];
  diagnostics: { error: number; warning: number; info: number };
  versions: VersionEntry[];
}

/** A table as the model has it, plus each row's parent (index into rows) for the collapsible tree. */
export interface TableResponse extends Table {
  parents: Array<number | null>;
}

export type FormResponse = (ProjectForm | DepartmentForm) & { ord: number };

export interface FindingsResponse {
  checked: boolean;
  summary: { error: number; warning: number; info: number };
  findings: FindingInput[];
}

export interface SearchResponse {
  q: string;
  hits: SearchHit[];
  /** Kinds of hit with more matches than `limit` (each kind gives at most `limit`). */
  truncated: Array<SearchHit['type']>;
  limit: number;
}

export interface CompareResponse {
  a: DisclosureSummary;
  b: DisclosureSummary;
  tables: CompareTable[];
}

export interface ImportResponse {
  id: string;
  status: 'imported' | 'unchanged';
  superseded: string[];
  /** Why nothing changed: the same document is stored, or every uploaded file is already a part of it. */
  matched: 'document' | 'files' | null;
  /** With matched 'files': how many files the stored disclosure was read from. */
  stored_files: number | null;
  disclosure: DisclosureSummary;
}

export interface ApiErrorBody {
  code: string;
  message: string;
}
