import type { FindingInput } from '../../../src/server/api-types.js';
import { fold } from '../../../src/text/fold.js';

// Where a finding about the 情况说明 (or any printed text) sits: the section it names (its heading line,
// else its title, else the section its line falls in), the paragraph holding the sentence it quotes or
// the figure it read, and that figure to mark.

export interface TextSection {
  title: string;
  text: string;
  line: number;
}

export interface TextSpot {
  part: 'overview' | 'sections';
  /** Index of the section within its part. */
  section: number;
  /** Index of the paragraph (a printed line break) within the section's text, when one is named. */
  paragraph: number | null;
  /** Text to mark within the paragraph. */
  mark: string | null;
}

const param = (f: FindingInput, k: string): string | null => {
  const p = f.params as Record<string, unknown> | undefined;
  return p && typeof p[k] === 'string' && p[k] ? (p[k] as string) : null;
};

function findSection(f: FindingInput, parts: Record<TextSpot['part'], readonly TextSection[]>): Pick<TextSpot, 'part' | 'section'> | null {
  const line = typeof f.line === 'number' ? f.line : null;
  const all = (Object.keys(parts) as Array<TextSpot['part']>).flatMap((part) => parts[part].map((s, section) => ({ part, section, s })));
  const title = f.row ? fold(f.row.split(' / ')[0]!) : null;
  const hit =
    all.find((x) => line !== null && x.s.line === line) ??
    all.find((x) => title !== null && fold(x.s.title) === title) ??
    all.filter((x) => line !== null && x.s.line <= line).sort((a, b) => b.s.line - a.s.line)[0];
  return hit ? { part: hit.part, section: hit.section } : null;
}

export function locateInTexts(f: FindingInput, parts: Record<TextSpot['part'], readonly TextSection[]>): TextSpot | null {
  const at = findSection(f, parts);
  if (!at) return null;
  const paragraphs = parts[at.part][at.section]!.text.split('\n');
  const folded = paragraphs.map(fold);
  const actual = f.actual && f.actual.length >= 4 ? f.actual : null;
  // What the finding quotes, most telling first: the sentence, the figure read, the change, the label.
  const quoted = [actual, param(f, 'change'), param(f, 'stated'), param(f, 'name')].filter((p): p is string => !!p);
  const probes = [param(f, 'sentence')?.slice(0, 30), ...quoted].filter((p): p is string => !!p);
  let paragraph: number | null = null;
  for (const p of probes) {
    const i = folded.findIndex((t) => t.includes(fold(p)));
    if (i >= 0) {
      paragraph = i;
      break;
    }
  }
  const mark = paragraph === null ? null : (quoted.find((q) => paragraphs[paragraph]!.includes(q)) ?? null);
  return { ...at, paragraph, mark };
}
