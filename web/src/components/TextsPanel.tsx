import { useMemo, useRef, type ReactNode } from 'react';
import type { DisclosureDetail, FindingInput } from '../../../src/server/api-types.js';
import { locateInTexts, type TextSpot } from '../lib/locate-text.js';
import { useScrollToTarget } from '../lib/scroll.js';

// 概况, 情况说明 and 名词解释 as printed. A selected finding about the text marks its section, the
// paragraph it quotes and the figure in it, and scrolls there.

function marked(text: string, mark: string | null): ReactNode {
  const i = mark ? text.indexOf(mark) : -1;
  if (i < 0 || !mark) return text;
  return (
    <>
      {text.slice(0, i)}
      <mark>{mark}</mark>
      {text.slice(i + mark.length)}
    </>
  );
}

export function TextsPanel({ doc, finding }: { doc: DisclosureDetail; finding: FindingInput | null }) {
  const ref = useRef<HTMLDivElement | null>(null);
  const spot = useMemo(() => (finding ? locateInTexts(finding, { overview: doc.overview, sections: doc.sections }) : null), [finding, doc]);
  useScrollToTarget(ref, spot);
  const section = (part: TextSpot['part']) => (s: DisclosureDetail['sections'][number], i: number) => {
    const here = spot?.part === part && spot.section === i;
    return (
      <section key={i} className={`text-section ${here && spot.paragraph === null ? 'target' : ''} ${here ? 'target-section' : ''}`}>
        <h3>
          {s.number ? `${s.number}、` : ''}
          {s.title}
        </h3>
        {s.text.split('\n').map((p, k) =>
          here && spot.paragraph === k ? (
            <p key={k} className="target">
              {marked(p, spot.mark)}
            </p>
          ) : (
            <p key={k}>{p}</p>
          ),
        )}
      </section>
    );
  };
  return (
    <div className="texts" ref={ref}>
      {doc.overview.length > 0 && (
        <>
          <h2>概况</h2>
          {doc.overview.map(section('overview'))}
        </>
      )}
      {doc.sections.length > 0 && (
        <>
          <h2>情况说明</h2>
          {doc.sections.map(section('sections'))}
        </>
      )}
      {doc.glossary.length > 0 && (
        <>
          <h2>名词解释</h2>
          <dl className="glossary">
            {doc.glossary.map((g, i) => (
              <div key={i}>
                <dt>{g.term}</dt>
                <dd>{g.definition}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </div>
  );
}
