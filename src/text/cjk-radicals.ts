// Radicals standing for ideographs. Some PDF producers (Chromium's Skia with Noto CJK, and others
// mapping glyphs back to text through the font) name a glyph that a font shares between a radical and
// an ideograph by the radical's code point, so the text layer reads "部⻔预算收⽀" for 部门预算收支.
// Radicals never stand in budget text for themselves: a reader maps them to the ideograph printed.
// Kangxi radicals (U+2F00–U+2FD5) fold by NFKC, except ⼾ whose SC glyph is 户; the CJK Radicals
// Supplement forms are listed. The list was found by printing U+4E00–U+9FA5 in Noto Sans and Serif CJK
// SC (regular and bold) with Chromium and reading the PDFs back. One table serves the reader (which
// repairs any PDF's text) and the publisher (which repairs the text layer of the PDFs it prints).

const SUPPLEMENT_PAIRS =
  '⺂乛⺃乚⺅亻⺉刂⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺘扌⺙攵⺛旡⺞歺⺟母⺠民⺡氵⺣灬⺤爫⺦丬⺨犭⺫罒⺭礻⺯糹⺰纟⺱罓⺹耂⺺肀⺾艹' +
  '⻁虎⻂衤⻃覀⻅见⻆角⻈讠⻉贝⻋车⻌辶⻐钅⻑長⻒镸⻓长⻔门⻖阝⻘青⻙韦⻚页⻛风⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼' +
  '⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟⼾户';

/**
 * Extension A characters Chromium writes for their unified twins (㬵 for 胶). They are real characters
 * elsewhere, so only the publisher, which knows what it printed, maps them back.
 */
const CHROMIUM_TWINS = '㬵胶㬺幐㫚曶㮣槩';

function pairs(list: string): Map<string, string> {
  const m = new Map<string, string>();
  const cs = [...list];
  for (let i = 0; i + 1 < cs.length; i += 2) m.set(cs[i]!, cs[i + 1]!);
  return m;
}

const IDEOGRAPH = pairs(SUPPLEMENT_PAIRS);
const TWINS = pairs(CHROMIUM_TWINS);

const RADICAL = /[\u2e80-\u2fdf]/u;
const RADICALS = /[\u2e80-\u2fdf]/gu;

/** Text with radicals replaced by the ideographs they stand for (unchanged when there are none). */
export function radicalsToIdeographs(s: string): string {
  if (!RADICAL.test(s)) return s;
  return s.replace(RADICALS, (ch) => IDEOGRAPH.get(ch) ?? ch.normalize('NFKC'));
}

/** The code point a reader should see for one Chromium wrote into its own PDF (itself when right). */
export function intendedCodePoint(cp: number): number {
  const ch = String.fromCodePoint(cp);
  const mapped = IDEOGRAPH.get(ch) ?? TWINS.get(ch);
  if (mapped !== undefined) return mapped.codePointAt(0)!;
  if (cp >= 0x2f00 && cp <= 0x2fd5) return ch.normalize('NFKC').codePointAt(0)!;
  return cp;
}

export function isMisnamed(cp: number): boolean {
  return intendedCodePoint(cp) !== cp;
}
