/**
 * Which thể thức a document follows, decided from all its evidence — not from one header line: the
 * title line (quốc hiệu, ĐẢNG CỘNG SẢN VIỆT NAM, ĐOÀN TNCS HỒ CHÍ MINH), the cơ quan's name
 * (ĐẢNG ỦY …, CHI BỘ …, CÔNG ĐOÀN …, ỦY BAN MTTQ …), the số's form ("Số 05-BC/ĐU" or
 * "Số: 05/BC-UBND"), the quyền hạn (T/M or TM.), the file copy line ("Lưu Văn phòng …" or
 * "Lưu: VT"). When the evidence points both ways — a Party report carrying the state quốc hiệu —
 * the stronger side wins and the disagreement is said: it is itself a thể thức defect.
 */
import type { ProfileId } from '../../domain/vocabulary';

export interface ProfileEvidence {
  profile: ProfileId;
  /** Each piece of evidence, in Vietnamese, with the side it speaks for. */
  evidence: { family: 'state' | 'party'; what: string }[];
  /** The evidence of the side that lost, when there is some: the document mixes two thể thức. */
  against: string[];
}

const PARTY_BODY =
  /^(ĐẢNG BỘ|ĐẢNG ỦY|ĐẢNG UỶ|CHI BỘ|TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|THÀNH UỶ|HUYỆN ỦY|HUYỆN UỶ|QUẬN ỦY|QUẬN UỶ|THỊ ỦY|THỊ UỶ|ĐẢNG ĐOÀN|BAN CÁN SỰ ĐẢNG|BAN CHẤP HÀNH ĐẢNG BỘ|ỦY BAN KIỂM TRA (ĐẢNG ỦY|TỈNH ỦY|THÀNH ỦY))(?![\p{L}\p{M}\p{N}])/u;
const YOUTH_BODY = /^(BAN CHẤP HÀNH ĐOÀN|BCH ĐOÀN|TỈNH ĐOÀN|THÀNH ĐOÀN|HUYỆN ĐOÀN|QUẬN ĐOÀN|ĐOÀN TRƯỜNG|ĐOÀN THANH NIÊN|ĐOÀN TNCS)(?![\p{L}\p{M}\p{N}])/u;
const TRADE_UNION_BODY = /(CÔNG ĐOÀN|LIÊN ĐOÀN LAO ĐỘNG)/;
const FRONT_BODY = /(MẶT TRẬN TỔ QUỐC|MTTQ)/;
const PARTY_NUMBER = /^Số\s+\d*\s*-\s*[\p{L}]+\/[\p{L}]/u;
const STATE_NUMBER = /^Số\s*:\s*\d*(?:\.\d+)?\s*\/\s*\S/;

interface EvidenceLines {
  national: string[];
  bodies: string[];
  number: string | null;
  authorities: string[];
  fileCopy: string | null;
}

export function decideProfile(lines: EvidenceLines): ProfileEvidence {
  const evidence: ProfileEvidence['evidence'] = [];
  let youth = false;
  for (const n of lines.national.map((t) => t.toUpperCase())) {
    if (n === 'ĐẢNG CỘNG SẢN VIỆT NAM') evidence.push({ family: 'party', what: 'tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM"' });
    else if (/^ĐOÀN (TNCS|THANH NIÊN CỘNG SẢN) HỒ CHÍ MINH$/.test(n)) {
      youth = true;
      evidence.push({ family: 'party', what: 'tiêu đề "ĐOÀN TNCS HỒ CHÍ MINH"' });
    } else if (/XÃ HỘI CHỦ NGHĨA/.test(n)) evidence.push({ family: 'state', what: 'quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"' });
  }
  for (const body of lines.bodies.map((t) => t.toUpperCase())) {
    if (PARTY_BODY.test(body)) evidence.push({ family: 'party', what: `cơ quan "${body}"` });
    else if (YOUTH_BODY.test(body)) {
      youth = true;
      evidence.push({ family: 'party', what: `cơ quan "${body}"` });
    }
  }
  if (lines.number && PARTY_NUMBER.test(lines.number)) evidence.push({ family: 'party', what: `số, ký hiệu "${lines.number}" (kiểu của Đảng)` });
  else if (lines.number && STATE_NUMBER.test(lines.number)) evidence.push({ family: 'state', what: `số, ký hiệu "${lines.number}" (kiểu Nghị định 30)` });
  for (const a of lines.authorities) {
    if (/^(T\/M|K\/T|T\/L)(?![\p{L}\p{M}\p{N}])/u.test(a)) evidence.push({ family: 'party', what: `quyền hạn "${a}"` });
    else if (/^(TM|KT|TL|TUQ)\./.test(a)) evidence.push({ family: 'state', what: `quyền hạn "${a}"` });
  }
  if (lines.fileCopy) {
    if (/^Lưu\s+Văn phòng/i.test(lines.fileCopy)) evidence.push({ family: 'party', what: `dòng "${lines.fileCopy}"` });
    else if (/^Lưu\s*:?\s*VT(?![\p{L}\p{M}\p{N}])/iu.test(lines.fileCopy)) evidence.push({ family: 'state', what: `dòng "${lines.fileCopy}"` });
  }
  // The title line and the cơ quan weigh more than a number or a label a clerk may have copied.
  const weight = (e: ProfileEvidence['evidence'][number]) => (/^(tiêu đề|quốc hiệu|cơ quan)/.test(e.what) ? 2 : 1);
  const score = (family: 'state' | 'party') => evidence.filter((e) => e.family === family).reduce((n, e) => n + weight(e), 0);
  const party = score('party') > score('state');
  const winner = party ? 'party' : 'state';
  let profile: ProfileId = party ? (youth ? 'youth-union' : 'party') : 'state';
  if (!party) {
    const bodies = lines.bodies.join(' ').toUpperCase();
    if (TRADE_UNION_BODY.test(bodies)) profile = 'trade-union';
    else if (FRONT_BODY.test(bodies)) profile = 'front';
  }
  return { profile, evidence, against: evidence.filter((e) => e.family !== winner).map((e) => e.what) };
}

/** What to tell the clerk when a document mixes two thể thức; null when its evidence agrees. */
export function mixedProfileNote(result: ProfileEvidence): string | null {
  if (result.against.length === 0) return null;
  const chosen = result.evidence.filter((e) => !result.against.includes(e.what)).map((e) => e.what);
  const family = (party: boolean) => (party ? 'của Đảng' : 'Nghị định 30');
  const party = result.profile === 'party' || result.profile === 'youth-union';
  return `Tệp trộn hai thể thức: ${chosen.join(', ')} theo thể thức ${family(party)}, nhưng ${result.against.join(', ')} theo thể thức ${family(!party)}. Đã chọn thể thức ${family(party)}; nên sửa các chỗ còn lại cho thống nhất.`;
}
