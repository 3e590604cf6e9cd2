// Writes shared/report-format/baocao.report-1.schema.json from the zod schema, the single
// source of truth. A unit test fails when the two drift apart.
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { reportFileSchema } from '#shared/report-format/schema';

const schema = {
  $id: 'https://soan-bao-cao.local/schema/baocao.report-1.json',
  title: 'baocao.report/1',
  ...z.toJSONSchema(reportFileSchema, { io: 'input' }),
};
writeFileSync('shared/report-format/baocao.report-1.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
console.log('Đã ghi shared/report-format/baocao.report-1.schema.json');
