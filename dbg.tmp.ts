import { execFileSync } from 'node:child_process';
import { exportReportDocx } from './electron/core/export/export-docx';
import { fullFeatureReport } from './tests/support/fixtures';
import { renderDocx } from './tests/support/libreoffice';
const { bytes } = await exportReportDocx(fullFeatureReport(), new Date());
const { pdfPath, pages } = renderDocx(bytes, 'full');
console.log(pages.length);
execFileSync('pdftoppm', ['-r', '45', '-png', pdfPath, '.test-artifacts/full']);
