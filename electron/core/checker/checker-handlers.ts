/** checker.checkDocx: the "Kiểm tra thể thức" screen's back end. */
import type { Handlers } from '../dispatcher';
import { checkDocx } from './check-docx';

export function checkerHandlers(): Pick<Handlers, 'checker.checkDocx'> {
  return {
    'checker.checkDocx': async ({ fileName, base64, profile }) => {
      const report = await checkDocx(Buffer.from(base64, 'base64'), profile === 'auto' ? undefined : profile);
      return { fileName, ...report };
    },
  };
}
