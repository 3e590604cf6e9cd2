/**
 * A body's name as it is written inside a sentence, from the capitals of a document header
 * (Nghị định 30/2020, Phụ lục II, IV and III):
 * - the words that name the kind of body, and its field, start with a capital: "Sở Tài chính",
 *   "Bộ Tài nguyên và Môi trường", "Liên đoàn Lao động", "Ban Thường vụ";
 * - the administrative level stays lower case and the place name takes a capital on every
 *   syllable: "Ủy ban nhân dân phường Phú Thủy" — except before a number: "Phường 1";
 * - special cases as the decree writes them: "Thành phố Hồ Chí Minh", "Thủ đô Hà Nội",
 *   "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam", "Mặt trận Tổ quốc Việt Nam";
 * - header abbreviations are spelled out: UBND, HĐND, MTTQ, LĐLĐ, BCH, BTV, TNCS HCM …
 * A name typed in mixed case is taken as already written for a sentence and kept.
 */

const cap = (word: string) => word.charAt(0).toLocaleUpperCase('vi-VN') + word.slice(1);
const lower = (text: string) => text.toLocaleLowerCase('vi-VN');

/** Header abbreviations, spelled out (upper case, as they stand in a header). */
const ABBREVIATIONS: Record<string, string> = {
  UBND: 'ỦY BAN NHÂN DÂN',
  HĐND: 'HỘI ĐỒNG NHÂN DÂN',
  MTTQVN: 'MẶT TRẬN TỔ QUỐC VIỆT NAM',
  MTTQ: 'MẶT TRẬN TỔ QUỐC',
  LĐLĐ: 'LIÊN ĐOÀN LAO ĐỘNG',
  BCH: 'BAN CHẤP HÀNH',
  BTV: 'BAN THƯỜNG VỤ',
  BTT: 'BAN THƯỜNG TRỰC',
  ĐU: 'ĐẢNG ỦY',
  TNCS: 'THANH NIÊN CỘNG SẢN',
  HCM: 'HỒ CHÍ MINH',
  CĐCS: 'CÔNG ĐOÀN CƠ SỞ',
  CCB: 'CỰU CHIẾN BINH',
  LHPN: 'LIÊN HIỆP PHỤ NỮ',
  HLHPN: 'HỘI LIÊN HIỆP PHỤ NỮ',
  HND: 'HỘI NÔNG DÂN',
  THCS: 'TRUNG HỌC CƠ SỞ',
  THPT: 'TRUNG HỌC PHỔ THÔNG',
  TH: 'TIỂU HỌC',
  MN: 'MẦM NON',
  TP: 'THÀNH PHỐ',
  TT: 'THỊ TRẤN',
  VN: 'VIỆT NAM',
};

/**
 * Names of kinds of bodies and fixed parts of names, written as in a sentence. Matched longest
 * first, so "Ủy ban Mặt trận Tổ quốc Việt Nam" wins over "Ủy ban".
 */
const BODY_PHRASES = [
  'Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam',
  'Ban Chấp hành Trung ương',
  'Văn phòng Trung ương Đảng',
  'Đảng Cộng sản Việt Nam',
  'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Mặt trận Tổ quốc Việt Nam',
  'Ủy ban Mặt trận Tổ quốc',
  'Mặt trận Tổ quốc',
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Ủy ban Kiểm tra',
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
  'Đoàn Thanh niên',
  'Thanh niên Cộng sản Hồ Chí Minh',
  'Hội Liên hiệp Thanh niên Việt Nam',
  'Hội Liên hiệp Thanh niên',
  'Hội Liên hiệp Phụ nữ Việt Nam',
  'Hội Liên hiệp Phụ nữ',
  'Hội Nông dân Việt Nam',
  'Hội Nông dân',
  'Hội Cựu chiến binh Việt Nam',
  'Hội Cựu chiến binh',
  'Hội Chữ thập đỏ',
  'Hội Người cao tuổi',
  'Hội Khuyến học',
  'Tổng Liên đoàn Lao động Việt Nam',
  'Liên đoàn Lao động',
  'Công đoàn Viên chức',
  'Công đoàn cơ sở',
  'Công đoàn ngành',
  'Công đoàn',
  'Ban Chấp hành',
  'Ban Thường vụ',
  'Ban Thường trực',
  'Ban Chỉ huy Quân sự',
  'Bộ Chỉ huy Quân sự',
  'Bộ đội Biên phòng',
  'Công an',
  'Đảng ủy',
  'Đảng bộ',
  'Chi bộ',
  'Tỉnh ủy',
  'Thành ủy',
  'Huyện ủy',
  'Quận ủy',
  'Thị ủy',
  'Đảng ủy Khối',
  'Tỉnh đoàn',
  'Thành đoàn',
  'Văn phòng',
  'Đoàn',
  'Việt Nam',
  'Hồ Chí Minh',
  'Nhân dân',
  'Nhà nước',
] as const;

/** Heads followed by a field of activity: "Sở" + "Kế hoạch và Đầu tư", "Ban" + "Tuyên giáo". */
const FIELD_HEADS = [
  'sở',
  'bộ',
  'phòng',
  'ban',
  'cục',
  'chi cục',
  'trung tâm',
  'viện',
  'vụ',
  'tổng cục',
  'hội',
  'văn phòng',
  'công đoàn ngành',
  'trường',
  'bệnh viện',
  'trạm',
  'đài',
  'báo',
  'kho bạc nhà nước',
  'chi nhánh',
  'ngân hàng',
  'tòa án nhân dân',
  'viện kiểm sát nhân dân',
  'thanh tra',
  'ủy ban',
  'hợp tác xã',
  'tập đoàn',
  'tổng công ty',
  'công ty',
];

/** Levels of administrative units (and of places below them): lower case, the name after them capitalised. */
export const LEVELS = [
  'thành phố',
  'tỉnh',
  'huyện',
  'quận',
  'thị xã',
  'thị trấn',
  'xã',
  'phường',
  'đặc khu',
  'thôn',
  'ấp',
  'bản',
  'buôn',
  'làng',
  'tổ dân phố',
  'khu phố',
  'khối phố',
];
/** Administrative units proper (ND30 Phụ lục II, III.1.b): before a number they are part of the name, "Phường 1". */
const ADMINISTRATIVE_UNITS = new Set(['thành phố', 'tỉnh', 'huyện', 'quận', 'thị xã', 'thị trấn', 'xã', 'phường', 'đặc khu']);

/** School levels: "Trường Trung học cơ sở Nguyễn Du" — the level is a field, what follows a name. */
const SCHOOL_LEVELS = [
  'trung học cơ sở',
  'trung học phổ thông',
  'tiểu học',
  'mầm non',
  'mẫu giáo',
  'phổ thông dân tộc nội trú',
  'phổ thông dân tộc bán trú',
  'cao đẳng',
  'đại học',
  'trung cấp',
];

/** Bodies named after their level, followed by the place: "Tỉnh ủy Quảng Ngãi", "Tỉnh đoàn Quảng Ngãi". */
const PLACE_BODIES = new Set(['tỉnh ủy', 'thành ủy', 'huyện ủy', 'quận ủy', 'thị ủy', 'tỉnh đoàn', 'thành đoàn']);

/** Special forms the decree names. */
const SPECIAL: [string, string][] = [
  ['thành phố hồ chí minh', 'Thành phố Hồ Chí Minh'],
  ['thủ đô hà nội', 'Thủ đô Hà Nội'],
];

/** Words that join two fields ("và", "-") or separate parts of a name. */
const JOINERS = new Set(['và', '-', '–', ',']);

const phraseWords = (phrase: string) => lower(phrase).split(' ');

function startsWith(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((w, k) => words[at + k] === w);
}

function longestMatch(words: readonly string[], at: number, phrases: readonly string[]): string | null {
  let best: string | null = null;
  for (const phrase of phrases) {
    const parts = phraseWords(phrase);
    if (startsWith(words, at, parts) && (!best || parts.length > phraseWords(best).length)) best = phrase;
  }
  return best;
}

function expandAbbreviations(name: string): string {
  return name
    .split(' ')
    .map((token) => {
      // "MTTQVN", "UBND", also with a trailing comma.
      const match = /^([A-ZĐ]+)([,.;]?)$/u.exec(token);
      if (!match) return token;
      const expanded = ABBREVIATIONS[match[1] as string];
      return expanded ? `${expanded}${match[2] ?? ''}` : token;
    })
    .join(' ');
}

/** Is `name` already in mixed case (typed for a sentence)? Abbreviations do not count. */
function isMixedCase(name: string): boolean {
  return name !== name.toLocaleUpperCase('vi-VN');
}

/**
 * The in-sentence form of a body's name written in capitals, e.g.
 * "LIÊN ĐOÀN LAO ĐỘNG HUYỆN BẮC BÌNH" → "Liên đoàn Lao động huyện Bắc Bình",
 * "UBND PHƯỜNG PHÚ THỦY" → "Ủy ban nhân dân phường Phú Thủy".
 */
export function inSentenceName(headerName: string): string {
  const name = headerName.replace(/\s+/g, ' ').trim();
  if (name === '') return '';
  if (isMixedCase(name)) return name;
  const words = lower(
    expandAbbreviations(name)
      .replace(/\s*([-–])\s*/g, ' $1 ')
      .replace(/,/g, ' ,'),
  )
    .split(' ')
    .filter((w) => w !== '');
  const out: string[] = [];
  const bodyPhrases = BODY_PHRASES.map((p) => p as string);
  // What the words being read are: a field after a head, a proper name after a level, or neither.
  let mode: 'plain' | 'field' | 'name' = 'plain';
  let fieldStart = false;
  for (let i = 0; i < words.length;) {
    const special = SPECIAL.find(([s]) => startsWith(words, i, s.split(' ')));
    if (special) {
      out.push(special[1]);
      i += special[0].split(' ').length;
      mode = 'plain';
      continue;
    }
    // A level and a body can start at the same word ("tỉnh" / "Tỉnh ủy"): the longer one wins;
    // "xã hội" is a field of activity, never a commune.
    const levelHere = mode !== 'name' || out.length === 0 ? longestMatch(words, i, LEVELS) : null;
    const level = levelHere && !(levelHere === 'xã' && words[i + 1] === 'hội') ? levelHere : null;
    const body = longestMatch(words, i, bodyPhrases);
    const bodyUsable = body && !(mode === 'name' && (body === 'Việt Nam' || body === 'Hồ Chí Minh'));
    if (level && !(bodyUsable && phraseWords(body).length > level.split(' ').length)) {
      const length = level.split(' ').length;
      const next = words[i + length];
      // "Phường 1", "Quận 3": the unit's level is part of the name when a number names it.
      out.push(next !== undefined && /^\d/.test(next) && ADMINISTRATIVE_UNITS.has(level) ? cap(level) : level);
      i += length;
      mode = 'name';
      continue;
    }
    if (bodyUsable && body) {
      out.push(body);
      i += phraseWords(body).length;
      const head = lower(body);
      mode = FIELD_HEADS.includes(head) ? 'field' : PLACE_BODIES.has(head) ? 'name' : 'plain';
      fieldStart = mode === 'field';
      continue;
    }
    // A new head starts only outside a field: "vụ" in "Nội vụ" is a word of the field.
    const head = mode === 'plain' ? longestMatch(words, i, FIELD_HEADS) : null;
    if (head) {
      out.push(cap(head));
      i += head.split(' ').length;
      mode = 'field';
      fieldStart = true;
      continue;
    }
    const word = words[i] as string;
    if (mode === 'field') {
      const school = longestMatch(words, i, SCHOOL_LEVELS);
      if (school && fieldStart) {
        out.push(cap(school));
        i += school.split(' ').length;
        mode = 'name';
        continue;
      }
      if (JOINERS.has(word)) {
        out.push(word);
        fieldStart = true;
      } else {
        out.push(fieldStart ? cap(word) : word);
        fieldStart = false;
      }
    } else if (mode === 'name') out.push(JOINERS.has(word) ? word : cap(word));
    else out.push(word);
    i += 1;
  }
  const text = out
    .join(' ')
    .replace(/ ,/g, ',')
    .replace(/ ([-–]) /g, ' $1 ');
  return cap(text);
}
