import { describe, expect, it } from 'vitest';
import { isWellFormedSyllable, parseSyllable } from '#shared/text/syllable';
import { restyleText } from '#shared/text/tone-style';
import { restyleWord } from '#shared/text/syllable';

describe('syllables', () => {
  const real =
    'công đoàn hướng dẫn quyết nghị quốc hòa hoà thủy thuỷ khỏe khoẻ giữ gì gìn quý quả nghiêng ngoài người khuya khuyên chuyển triển xử lý sáp nhập thẳng thắn tháo gỡ dàn trải yêu yến ưu mười việt kết luận ủy phường xã tỉnh năng suất sẵn sàng kỹ thuật mỹ tỷ lệ bạch thích ếch oách khuých huỳnh quỳnh';
  it.each(real.split(' '))('accepts %s', (word) => expect(isWellFormedSyllable(word)).toBe(true));

  it.each(['hứơng', 'năgn', 'thuơng', 'kông', 'ngê', 'ghà', 'cinh', 'thàt', 'đươc', 'buyện', 'vieejt'])('rejects %s', (word) => {
    expect(isWellFormedSyllable(word)).toBe(false);
  });

  it('reads onset, rhyme and tone', () => {
    expect(parseSyllable('Nghiêng')).toMatchObject({ onset: 'ngh', rhyme: 'iêng', tone: 'level' });
    expect(parseSyllable('quyết')).toMatchObject({ onset: 'qu', rhyme: 'yêt', tone: 'acute' });
    expect(parseSyllable('giữ')).toMatchObject({ onset: 'gi', rhyme: 'ư', tone: 'tilde' });
  });
});

describe('tone-mark style', () => {
  const pairs: [string, string][] = [
    ['hòa', 'hoà'],
    ['khỏe', 'khoẻ'],
    ['thủy', 'thuỷ'],
    ['lòe', 'loè'],
    ['Hòa', 'Hoà'],
    ['HÒA', 'HOÀ'],
    ['ủy', 'uỷ'],
  ];
  it.each(pairs)('%s ↔ %s', (modern, old) => {
    expect(restyleWord(modern, 'old')).toBe(old);
    expect(restyleWord(old, 'new')).toBe(modern);
    expect(restyleWord(restyleWord(modern, 'old'), 'new')).toBe(modern);
  });

  it('leaves syllables with one placement alone (hoàn, quý, giá, thuyết)', () => {
    for (const word of ['hoàn', 'quý', 'giá', 'thuyết', 'hướng']) {
      expect(restyleWord(word, 'old')).toBe(word);
      expect(restyleWord(word, 'new')).toBe(word);
    }
  });

  it('restyles running text but not names inside a sentence', () => {
    expect(restyleText('Hoà bình và thuỷ lợi. Đồng chí Nguyễn Văn Hoà phát biểu.', 'new')).toBe('Hòa bình và thủy lợi. Đồng chí Nguyễn Văn Hoà phát biểu.');
    expect(restyleText('CỘNG HÒA XÃ HỘI', 'old')).toBe('CỘNG HOÀ XÃ HỘI');
  });
});
