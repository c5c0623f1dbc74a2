import { figuresOf, holdsWith, type Check } from './checks.js';
import type { Figure } from './figure.js';

// What-if evaluation for the culprit search: give some figures other values and see which failing
// checks then hold and which holding checks then break. Checks are indexed by the figures they read;
// the index covers the figures of the failing checks first and grows to a table's other figures only
// when a chain is followed through it (most documents never need that).

export interface Outcome {
  /** Failing checks that hold with the new values. */
  explains: number[];
  /** Holding checks that fail with the new values. */
  broken: number[];
}

/** The table (or narrative section, or form) a figure belongs to, from its key. */
export function tableOf(key: string): string {
  const hash = key.indexOf('#');
  if (hash < 0) return key;
  // Prose and forms: each section and each form is a "table" of its own.
  if (key.startsWith('narrative#') || key.startsWith('performance#')) {
    const dot = key.indexOf('.', hash);
    return dot < 0 ? key : key.slice(0, dot);
  }
  return key.slice(0, hash);
}

export class CheckIndex {
  readonly byKey = new Map<string, number[]>();
  readonly figureOf = new Map<string, Figure>();
  readonly failing: Set<number>;
  private complete = false;

  constructor(
    readonly all: readonly Check[],
    failing: readonly number[],
    wanted: ReadonlySet<string>,
  ) {
    this.failing = new Set(failing);
    this.add((k) => wanted.has(k));
  }

  /** Index every figure (once): a chain may lead to figures no failing check reads. */
  completeIndex(): void {
    if (this.complete) return;
    this.complete = true;
    const known = new Set(this.byKey.keys());
    this.add((k) => !known.has(k));
  }

  private add(take: (key: string) => boolean): void {
    this.all.forEach((c, i) => {
      for (const f of figuresOf(c)) {
        if (!take(f.key)) continue;
        const list = this.byKey.get(f.key);
        if (list) {
          if (list[list.length - 1] !== i) list.push(i);
        } else this.byKey.set(f.key, [i]);
        if (!this.figureOf.has(f.key)) this.figureOf.set(f.key, f);
      }
    });
  }

  checksOf(key: string): number[] {
    return this.byKey.get(key) ?? [];
  }

  /** Which failing checks the new values explain and which holding checks they break. */
  tryValues(overrides: ReadonlyMap<string, number>): Outcome {
    const value = (f: Figure) => overrides.get(f.key) ?? f.fen;
    const touched = new Set<number>();
    for (const k of overrides.keys()) for (const i of this.checksOf(k)) touched.add(i);
    const explains: number[] = [];
    const broken: number[] = [];
    for (const i of touched) {
      const ok = holdsWith(this.all[i]!, value);
      if (this.failing.has(i)) {
        if (ok) explains.push(i);
      } else if (!ok) broken.push(i);
    }
    explains.sort((a, b) => a - b);
    broken.sort((a, b) => a - b);
    return { explains, broken };
  }
}
