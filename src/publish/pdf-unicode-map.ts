// Chromium's PDF text layer names some CJK glyphs by the wrong code point: where a font (Noto CJK) draws
// a radical and an ideograph with one glyph, Skia writes the lower code point — a Kangxi radical
// (⽀ U+2F40 for 支), a CJK radicals supplement form (⻔ U+2ED4 for 门) or an Extension A twin (㬵 U+3B35
// for 胶) — so the PDF's text reads "部⻔预算收⽀" and cannot be searched. Kangxi radicals fold to their
// ideograph by NFKC (but ⼾, which the SC fonts draw as 户); the others are listed here. The list was found by printing every ideograph
// U+4E00–U+9FA5 in Noto Sans and Serif CJK SC (regular and bold) and reading the PDF back; the test in
// test/publish/pdf-text.test.ts prints them all again and checks that they read back as printed.

const SUPPLEMENT =
  '⺂乛⺃乚⺅亻⺉刂⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺘扌⺙攵⺛旡⺞歺⺟母⺠民⺡氵⺣灬⺤爫⺦丬⺨犭⺫罒⺭礻⺯糹⺰纟⺱罓⺹耂⺺肀⺾艹' +
  '⻁虎⻂衤⻃覀⻅见⻆角⻈讠⻉贝⻋车⻌辶⻐钅⻑長⻒镸⻓长⻔门⻖阝⻘青⻙韦⻚页⻛风⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼' +
  '⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟' +
  // Extension A and unified twins: the common character wins.
  '㬵胶㬺幐㫚曶㮣槩' +
  // A Kangxi radical whose NFKC is the traditional form where the SC glyph is the simplified one.
  '⼾户';

const MAP = new Map<number, number>();
{
  const chars = [...SUPPLEMENT];
  for (let i = 0; i + 1 < chars.length; i += 2) MAP.set(chars[i]!.codePointAt(0)!, chars[i + 1]!.codePointAt(0)!);
}

/** The code point a reader should see for a code point Chromium wrote (itself when it is right). */
export function intendedCodePoint(cp: number): number {
  const mapped = MAP.get(cp);
  if (mapped !== undefined) return mapped;
  if (cp >= 0x2f00 && cp <= 0x2fd5) return String.fromCodePoint(cp).normalize('NFKC').codePointAt(0)!;
  return cp;
}

export function isMisnamed(cp: number): boolean {
  return intendedCodePoint(cp) !== cp;
}
