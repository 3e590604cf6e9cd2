/** The paragraphs before part I (mở đầu) and after the last part (kết thúc), with drafts from the header. */
import { type Block, type Report, textParagraph } from '#shared/domain/report';
import { closingSentence, openingSentence } from '#shared/domain/opening';
import { BlocksEditor } from './blocks/BlocksEditor';

export function OpeningStep({
  report,
  unitInSentence,
  onOpening,
  onClosing,
}: {
  report: Report;
  unitInSentence?: string;
  onOpening: (b: Block[]) => void;
  onClosing: (b: Block[]) => void;
}) {
  return (
    <section className="step-page" aria-labelledby="opening-title">
      <h2 id="opening-title">Mở đầu, kết thúc</h2>
      <p className="hint">
        Đoạn mở đầu nói báo cáo thực hiện theo văn bản nào, rồi dẫn vào phần I; có thể thêm vài câu về đặc điểm tình hình. Đoạn kết thúc (không bắt buộc) khép
        lại báo cáo.
      </p>
      <h3>Mở đầu</h3>
      <button type="button" className="small" onClick={() => onOpening([...report.opening, textParagraph(openingSentence(report.header, unitInSentence))])}>
        Soạn câu mở đầu từ thông tin chung
      </button>
      <BlocksEditor blocks={report.opening} label="Mở đầu" revealKey="opening" onChange={onOpening} />
      <h3>Kết thúc</h3>
      <button type="button" className="small" onClick={() => onClosing([...report.closing, textParagraph(closingSentence(report.header, unitInSentence))])}>
        Soạn câu kết thúc
      </button>
      <BlocksEditor blocks={report.closing} label="Kết thúc" revealKey="opening" onChange={onClosing} />
    </section>
  );
}
