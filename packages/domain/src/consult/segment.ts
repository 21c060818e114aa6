/**
 * Terms of a question or a knowledge entry, for the matcher. Words come from
 * `Intl.Segmenter` (ICU's dictionary segmentation, shipped with Node and
 * browsers; no tokenizer of our own). ICU often splits a compound the
 * reader sees as one word (居住|证, 社|保|补|缴), so runs of two and three
 * adjacent segments are terms too: 居住证, 社保, 补缴. Latin words are
 * lower-cased; punctuation and spaces are dropped.
 */
const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, s);
  }
  return s;
}

/**
 * Filler words that say nothing about the topic (unigrams only; they still join into n-grams).
 * Vocabulary for matching a question's Chinese, never shown to anyone: data, not catalog messages.
 */
const STOP = new Set([
  '的',
  '了',
  '吗',
  '呢',
  '吧',
  '啊',
  '呀',
  '么',
  '是',
  '在',
  '有',
  '和',
  '与',
  '或',
  '我',
  '我的',
  '你',
  '您',
  '他',
  '她',
  '它',
  '们',
  '这',
  '那',
  '这个',
  '那个',
  '要',
  '会',
  '能',
  '可以',
  '还',
  '都',
  '就',
  '也',
  '又',
  '请问',
  '一下',
  '怎么',
  '怎么办',
  '怎样',
  '什么',
  '哪些',
  '如何',
  '吗',
  '是否',
  '现在',
  '已经',
  '一个',
  '个',
  '上',
  '下',
  '中',
  '里',
  '到',
  '去',
  '来',
  '把',
  '被',
  '对',
  '给',
  '让',
  '想',
  '问',
  '请',
  '谢谢',
  '好',
  '多',
  '少',
  '几',
  '年',
  '月',
  '日',
  '号',
  '天',
  'the',
  'a',
  'an',
  'is',
  'are',
  'was',
  'were',
  'be',
  'my',
  'i',
  'me',
  'do',
  'does',
  'did',
  'can',
  'could',
  'will',
  'would',
  'what',
  'how',
  'which',
  'to',
  'of',
  'in',
  'on',
  'for',
  'and',
  'or',
  'it',
  'its',
  'is',
  'still',
  'have',
  'has',
  'had',
  'if',
  'with',
  'at',
  'by',
  'from',
  'this',
  'that',
  'there',
  'any',
  'you',
  'your',
]);

const HAN = /\p{Script=Han}/u;

/** The word-like segments of `text`, lower-cased. */
export function segmentWords(text: string, locale = 'zh'): string[] {
  const out: string[] = [];
  for (const s of segmenter(locale).segment(text.normalize('NFKC').toLowerCase())) {
    if (s.isWordLike) out.push(s.segment);
  }
  return out;
}

/**
 * Distinct terms: every non-filler segment, and every run of 2-3 adjacent
 * segments (joined without a space between Han characters, with one
 * between Latin words). A stop word alone is dropped, inside a run it stays.
 */
export function termsOf(text: string, locale = 'zh'): Set<string> {
  const words = segmentWords(text, locale);
  const terms = new Set<string>();
  const join = (a: string, b: string) => (HAN.test(a.slice(-1)) || HAN.test(b[0] ?? '') ? a + b : `${a} ${b}`);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!STOP.has(w)) terms.add(w);
    let run = w;
    for (let n = 1; n < 3 && i + n < words.length; n++) {
      run = join(run, words[i + n]!);
      terms.add(run);
    }
  }
  return terms;
}
