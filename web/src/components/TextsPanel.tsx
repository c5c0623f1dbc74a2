import type { DisclosureDetail } from '../../../src/server/api-types.js';

// 概况, 情况说明 and 名词解释 as printed.

export function TextsPanel({ doc }: { doc: DisclosureDetail }) {
  const section = (s: DisclosureDetail['sections'][number], i: number) => (
    <section key={i} className="text-section">
      <h3>
        {s.number ? `${s.number}、` : ''}
        {s.title}
      </h3>
      {s.text.split('\n').map((p, k) => (
        <p key={k}>{p}</p>
      ))}
    </section>
  );
  return (
    <div className="texts">
      {doc.overview.length > 0 && (
        <>
          <h2>概况</h2>
          {doc.overview.map(section)}
        </>
      )}
      {doc.sections.length > 0 && (
        <>
          <h2>情况说明</h2>
          {doc.sections.map(section)}
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
