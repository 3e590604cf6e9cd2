/**
 * `baocao text …`: the Vietnamese text layer for office IT staff cleaning old files in bulk.
 *   check <file.txt> [--style new|old] [--iy y|i] [--dict <words.txt>]   line:column<TAB>word<TAB>suggestion; exit 3 when any
 *   convert --from tcvn3|vni|auto <file>                      the Unicode (NFC) text
 *   tone --style new|old <file>                               the text with tone marks in one style
 */
import { convertLegacy, type LegacySource } from '#shared/text/legacy-encodings';
import { checkSpelling } from '#shared/text/spell-check';
import type { IyStyle } from '#shared/text/spelling-variants';
import type { ToneStyle } from '#shared/text/syllable';
import { restyleText } from '#shared/text/tone-style';
import { EXIT_FINDINGS, EXIT_OK, readTextFileBytes, type CliIo, UsageError } from './cli-io';
import { commandLineMessages, textCommandMessages } from '#shared/messages/command-line';

interface Parsed {
  file: string;
  options: Map<string, string>;
}

function parse(args: readonly string[], known: readonly string[]): Parsed {
  const options = new Map<string, string>();
  let file: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg.startsWith('--')) {
      const name = arg.slice(2);
      if (!known.includes(name)) throw new UsageError(commandLineMessages.unknownOption(arg));
      const value = args[i + 1];
      if (value === undefined) throw new UsageError(commandLineMessages.optionNeedsValue(arg));
      options.set(name, value);
      i += 1;
    } else if (file === undefined) file = arg;
    else throw new UsageError(commandLineMessages.extraArgument(arg));
  }
  if (!file) throw new UsageError(textCommandMessages.missingFile);
  return { file, options };
}

async function readText(file: string, latin1 = false): Promise<string> {
  const bytes = await readTextFileBytes(file);
  // Legacy files are single-byte: read them byte for byte so 0xAB stays the TCVN3 "ô".
  const text = latin1 && !isUtf8(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  return text.replace(/^\uFEFF/, '');
}

function isUtf8(bytes: Buffer): boolean {
  return !new TextDecoder('utf-8', { fatal: false }).decode(bytes).includes('\uFFFD');
}

function style(value: string | undefined, required: boolean): ToneStyle | undefined {
  if (value === undefined && !required) return undefined;
  if (value === 'new' || value === 'old') return value;
  throw new UsageError(textCommandMessages.toneStyle);
}

function iyStyle(value: string | undefined): IyStyle | undefined {
  if (value === undefined || value === 'y' || value === 'i') return value;
  throw new UsageError(textCommandMessages.iyStyle);
}

export async function textCommand(args: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'check') {
    const { file, options } = parse(rest, ['style', 'iy', 'dict']);
    const dictionary = options.has('dict')
      ? (await readText(options.get('dict') as string))
          .split(/\r?\n/)
          .map((w) => w.trim())
          .filter(Boolean)
      : [];
    const findings = checkSpelling(await readText(file), {
      style: style(options.get('style'), false),
      iy: iyStyle(options.get('iy')),
      personalDictionary: dictionary,
    });
    for (const f of findings) io.stdout(`${f.line}:${f.column}\t${f.word}\t${f.suggestion}`);
    return findings.length === 0 ? EXIT_OK : EXIT_FINDINGS;
  }
  if (sub === 'convert') {
    const { file, options } = parse(rest, ['from']);
    const from = options.get('from') ?? 'auto';
    if (!['tcvn3', 'vni', 'auto'].includes(from)) throw new UsageError(textCommandMessages.legacySource);
    io.stdout(convertLegacy(await readText(file, true), from as LegacySource).text);
    return EXIT_OK;
  }
  if (sub === 'tone') {
    const { file, options } = parse(rest, ['style']);
    io.stdout(restyleText(await readText(file), style(options.get('style'), true) as ToneStyle));
    return EXIT_OK;
  }
  throw new UsageError(sub === undefined ? 'Thiếu lệnh con: check, convert hoặc tone.' : `Không có lệnh "text ${sub}".`);
}
