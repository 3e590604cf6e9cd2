/**
 * Browser mode's bridge: the same contract over POST /api/invoke to the loopback host. The
 * access token travels in an HttpOnly cookie the host set on the first visit.
 */
import type { Bridge } from '#shared/contract/api';
import type { Envelope } from '#shared/contract/errors';

const OFFLINE: Envelope<never> = {
  ok: false,
  error: {
    code: 'io',
    message:
      'Mất kết nối với Soạn Báo Cáo. Hãy kiểm tra cửa sổ dòng lệnh "npm run web" còn chạy không, rồi tải lại trang. Những gì đã báo "Đã lưu" không bị mất.',
  },
};

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const MIME: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const httpBridge: Bridge = {
  async invoke(method, args) {
    try {
      const response = await fetch('api/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ method, args }),
      });
      // The host answers every request with the contract's envelope.
      return (await response.json()) as never;
    } catch {
      return OFFLINE;
    }
  },
  async printPdf(_fileName, properties) {
    // The browser's print dialog prints the preview's A4 pages (print styles) and saves a PDF; its title is the page's.
    const title = document.title;
    document.title = properties.title || title;
    window.print();
    document.title = title;
    return { ok: true, value: { saved: false, viaPrintDialog: true } };
  },
  async saveFile(fileName, base64) {
    const extension = fileName.split('.').pop() ?? '';
    const blob = new Blob([base64ToBytes(base64)], { type: MIME[extension] ?? 'application/octet-stream' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return { ok: true, value: { saved: true } };
  },
};
