import { describe, expect, it } from 'vitest';
import { dictValue, valueEnd } from './pdf-objects.js';

describe('PDF values', () => {
  const page = '<</Type /Page /Resources <</ProcSet [/PDF /Text] /Font <</F4 4 0 R /F9 9 0 R>>>> /MediaBox [0 0 594.95996 841.91998] /Annots [13 0 R] /Contents 14 0 R /Parent 18 0 R>>';

  it('finds the extent of nested dictionaries, arrays and references', () => {
    expect(valueEnd(page, 0)).toBe(page.length);
    const res = dictValue(page, 'Resources')!;
    expect(page.slice(res.start, res.end)).toBe('<</ProcSet [/PDF /Text] /Font <</F4 4 0 R /F9 9 0 R>>>>');
    const c = dictValue(page, 'Contents')!;
    expect(page.slice(c.start, c.end)).toBe('14 0 R');
    const m = dictValue(page, 'MediaBox')!;
    expect(page.slice(m.start, m.end)).toBe('[0 0 594.95996 841.91998]');
    expect(dictValue(page, 'Font')).toBeNull(); // only the top level
  });

  it('skips strings with parentheses and escapes', () => {
    const info = '<</Title (a \\) b (c)) /Creator (x)>>';
    const c = dictValue(info, 'Creator')!;
    expect(info.slice(c.start, c.end)).toBe('(x)');
  });
});
