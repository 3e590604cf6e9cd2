import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countCorpus } from '../../../scripts/spelling/corpus-counts';
import { countVocabulary, vocabularyModule } from '../../../scripts/spelling/vocabulary-builder';
import { readVocabularySources, VOCABULARY_MODULE } from '../../../scripts/spelling/vocabulary-sources';
import { checkSpelling } from '#shared/text/spell-check';
import { confusableSyllables } from '#shared/text/words/confusions';
import { packSorted, unpackSortedWide } from '#shared/text/words/packed-numbers';
import { MIN_TRIGRAM_COUNT, vocabulary } from '#shared/text/words/vocabulary';

const found = (text: string, options = {}) => checkSpelling(text, options).map((f) => `${f.word} → ${f.suggestion} (${f.kind})`);

describe('confusion sets', () => {
  it('give the syllables one slip away, spelt as Vietnamese spells them', () => {
    const words = (w: string) => confusableSyllables(w).map((c) => `${c.word}:${c.kind}`);
    expect(words('trương')).toContain('chương:tr/ch');
    expect(words('sếp')).toEqual(['xếp:s/x', 'sệp:sắc/nặng']);
    expect(words('dàng')).toEqual(expect.arrayContaining(['ràng:d/gi/r', 'giàng:d/gi/r', 'vàng:v/d', 'dàn:n/ng', 'dành:n/ng']));
    // "gìn" is gi + in, written with one i; "dìn" swaps the onset the ear hears.
    expect(words('gìn')).toContain('dìn:d/gi/r');
    expect(words('quyệt')).toEqual(['quyết:sắc/nặng']);
    expect(words('hổ')).toEqual(['hỗ:hỏi/ngã']);
    expect(words('kĩ')).toContain('kỹ:i/y');
    expect(words('tai')).toEqual(['tay:i/y']);
    // Only real syllables: a checked ending keeps sắc or nặng, "ng" never follows "e".
    for (const w of ['sắp', 'hàng', 'xuốn', 'quang', 'giữ']) for (const c of confusableSyllables(w)) expect(checkSpelling(c.word)).toEqual([]);
  });
});

describe('wrong words made of valid syllables', () => {
  it('are found with the word meant, in words no list names', () => {
    expect(found('Cán bộ chấp hàng nghiêm, không dàng buộc; đã xoát xét hồ sơ; nâng cao lăng lực; tăng cường công tác dận động.')).toEqual([
      'chấp hàng → chấp hành (wrong-pair)',
      'dàng buộc → ràng buộc (wrong-pair)',
      // A rare syllable whose correction makes a common pair is found on its own now (the same correction).
      'xoát → soát (not-a-word)',
      'lăng lực → năng lực (wrong-pair)',
      'dận động → vận động (wrong-pair)',
    ]);
    expect(found('Hội viên đã ũng hộ; ủy ban chỉ đạo sử phạt; nghị quyệt của Đảng.')).toEqual([
      'ũng → ủng (wrong-mark)',
      'sử phạt → xử phạt (wrong-pair)',
      // Since real text's own typos stopped counting for what was typed, the word is named whole, as the others are.
      'nghị quyệt → nghị quyết (wrong-pair)',
    ]);
  });

  it('are found when a key was pressed wrong, left out or doubled, towards a common word of the lists (kỷ niện, lao lộng)', () => {
    expect(found('Tổ chức kỷ niện 80 năm Ngày thành lập.')).toEqual(['kỷ niện → kỷ niệm (wrong-pair)']);
    expect(found('Nâng cao chất lượng lao lộng nông thôn.')).toEqual(['lao lộng → lao động (wrong-pair)']);
  });

  it('are found where the slip makes a pair with its other neighbour, when real text writes the three words meant often and never as typed (trách nghiệm của)', () => {
    expect(found('Đề cao tinh thần trách nghiệm của cán bộ.')).toEqual(['trách nghiệm → trách nhiệm (wrong-pair)']);
    expect(found('Kết quả nghiệm thu của công trình đạt yêu cầu; đây là kinh nghiệm của nhiều địa phương.')).toEqual([]);
  });

  it('are not found for a letter beside a name or title, a word the text keeps using, or a syllable that belongs with its other neighbour', () => {
    expect(found('Ông giữ chức Thống đái Pháo binh doanh kiêm Đề đốc.')).toEqual([]);
    expect(found('Khách chuyển giữa bồn thường và bồn nóng, rồi lại sang bồn lạnh.')).toEqual([]);
    expect(found('Chủ nghĩa dân tộc hiện đại kiểu Phổ xuất hiện.')).toEqual([]);
  });

  it('inside a three-syllable word, the whole word is flagged', () => {
    expect(found('Chi bộ hoàn thành tột nhiệm vụ.')).toEqual(['hoàn thành tột → hoàn thành tốt (wrong-pair)']);
  });

  it('keep the capitals of what was typed', () => {
    expect(found('Trương trình hành động.')).toEqual(['Trương trình → Chương trình (wrong-word)']);
    expect(found('CHẤP HÀNG NGHIÊM.')).toEqual(['CHẤP HÀNG → CHẤP HÀNH (wrong-pair)']);
  });

  it('stay silent on correct text where a slip would make a word: boundaries, names, punctuation', () => {
    // "hình" belongs to "tình hình": "hình chung" is two words, not "hình trung".
    expect(found('Tình hình chung ổn định; nói chung là tốt; khu chung cư mới.')).toEqual([]);
    // Pairs seen across word boundaries in the corpus are never suggestions ("Phụ lục này" ≠ "lục này").
    expect(found('Lúc này cần phát huy; luận điệu xuyên tạc của các thế lực thù địch.')).toEqual([]);
    expect(found('Ông Trần Văn Chung, bà Lê Thị Sang, xã Tam Xuân dự họp.')).toEqual([]);
    expect(found('Việc chấp, hàng năm vẫn làm.')).toEqual([]);
  });

  it('treat the two tone styles alike', () => {
    expect(found('Thuỷ lợi nội đồng được nạo vét; hoà giải thành.')).toEqual([]);
    expect(found('Công tác hoà giải, chấp hàng nghiêm.')).toEqual(['chấp hàng → chấp hành (wrong-pair)']);
  });

  it('can be accepted as a whole in the personal dictionary', () => {
    expect(found('Đoàn đến thôn Ea Kly, chấp hàng nghiêm.', { personalDictionary: ['chấp hàng'] })).toEqual([]);
  });
});

describe('codes, sizes and leftovers', () => {
  it('sizes and units are not VNI, abbreviations with a capital inside are not words', () => {
    expect(found('In khổ giấy A4, A3, B5; diện tích 1.500 m2, dài 3 km; mẫu QyĐ, TTg theo Phụ lục III.')).toEqual([]);
    expect(found('vie6t5 nam')).toEqual(['vie6t5 → việt (typing-leftover)']);
  });

  it('Telex keys with both a shape key and a tone key are a leftover even where the neighbours say nothing, the tone weighed by them', () => {
    // "tootj" spells tột; the neighbours want tốt (the wrong tone key pressed).
    expect(found('Phối hợp tootj với các cơ quan.')).toEqual(['tootj → tốt (typing-leftover)']);
    // A capitalised one may be a name.
    expect(found('Xem thêm: Kees W. Bolle, The Freedom of Man in Myth (1968).')).toEqual([]);
  });

  it('VNI keys are read with ươ typed as u7o7 and a word that opens with đ typed as d9', () => {
    expect(found('Thu7o72ng xuyên kiểm tra; ngu7o72i dân đồng tình; công tác d9a2o tạo.')).toEqual([
      'Thu7o72ng → Thường (typing-leftover)',
      'ngu7o72i → người (typing-leftover)',
      'd9a2o → đào (typing-leftover)',
    ]);
    // The wrong tone digit ("to61" spells tố): the neighbours want tổ.
    expect(found('Các chi bộ đã to61 chức sinh hoạt.')).toEqual(['to61 → tổ (typing-leftover)']);
    // A code of one letter and digits stays a code.
    expect(found('Mẫu D9, loại d9, mã d9x, lô a77.')).toEqual([]);
  });

  it('a key glued to the end of a finished word is a leftover, read by its neighbours', () => {
    expect(found('Đã thànhf lập chi hội, được j khen, đượcj khen, khôngg ngừng, tổ chứcc tốt.')).toEqual([
      'thànhf → thành (typing-leftover)',
      'đượcj → được (typing-leftover)',
      'khôngg → không (typing-leftover)',
      'chứcc → chức (typing-leftover)',
    ]);
    expect(found('Tăng cường kiểm traf định kỳ.')).toEqual(['traf → tra (typing-leftover)']);
    // English words that end like a key: no neighbour makes them Vietnamese.
    expect(found('Trường "runs" và phông sans-serif.')).toEqual([]);
  });

  it('a word that is no syllable gets the syllable one slip away that fits its neighbours', () => {
    expect(found('Đã kếc luận 3 cuộc kiểm tra; kỷ luậc phát ngôn.')).toEqual(['kếc → kết (not-a-word)', 'luậc → luật (not-a-word)']);
  });
});

describe('runs of three syllables', () => {
  it('are counted inside a run of words one space apart, never across a mark, a number or a line', () => {
    const counts = countCorpus(['Tăng cường công tác phòng, chống tham nhũng.\nCông tác phòng chống dịch.\nđạt 12 chỉ tiêu đề ra']);
    expect(counts.trigrams.get('công tác phòng')).toBe(2);
    expect(counts.trigrams.has('tác phòng chống')).toBe(false); // once with a comma between, once without: seen once, not kept
    expect([...counts.trigrams.keys()].some((k) => k.includes('đạt'))).toBe(false);
  });

  it('are shipped with how often real text writes them, and a run never written counts 0', () => {
    const words = vocabulary();
    expect(words.trigramCount('công', 'tác', 'phòng')).toBeGreaterThan(50);
    expect(words.trigramCount('văn', 'bản', 'chỉ')).toBeGreaterThan(20);
    expect(words.trigramCount('văn', 'ban', 'chỉ')).toBe(0);
    expect(words.trigramCount('công', 'tác', 'phong')).toBe(0);
    expect(MIN_TRIGRAM_COUNT).toBeGreaterThanOrEqual(2);
  });

  it('are packed as sorted numbers beyond 32 bits and read back exactly', () => {
    const codes = [7, 4_294_967_296, 9_876_543_210, 12_000_000_017];
    expect([...unpackSortedWide(packSorted(codes))]).toEqual(codes);
  });
});

describe('the vocabulary', () => {
  it('is generated from its sources as they are now (run `npm run vocabulary` after editing them)', () => {
    expect(readFileSync(VOCABULARY_MODULE, 'utf8')).toBe(vocabularyModule(countVocabulary(readVocabularySources())));
  });

  it('names every source file with its licence, and none is a GPL word list', () => {
    const folder = join(import.meta.dirname, '..', '..', '..', 'shared', 'text', 'words', 'sources');
    const readme = readFileSync(join(folder, 'README.md'), 'utf8');
    for (const sub of ['lexicon', 'corpus', 'counts']) {
      for (const file of readdirSync(join(folder, sub)))
        expect(readme).toMatch(
          new RegExp(`\\| ${sub}/${file.replaceAll('.', '\\.')} \\|[^|]+\\| (written by the project|legal text|same|counts only, no text)`),
        );
    }
  });
});
