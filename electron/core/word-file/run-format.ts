/**
 * The formatting a run really has, resolved the way Word does: document defaults, then the
 * paragraph style and the styles it is based on, then the character style, then the run's own
 * properties. A font named by theme (minorHAnsi …) is looked up in the theme, using the
 * Vietnamese script font when the document's theme language is Vietnamese.
 */
import type { Document, Element } from '@xmldom/xmldom';
import { A, attr, descendants, kid, kids, toggle, W } from './ooxml';
import type { DocxPackage } from './docx-package';
import { lineHeightPt } from '#shared/the-thuc/text-width';

export interface RunFormat {
  /** Font for ASCII text. */
  ascii: string | null;
  /** Font for other Latin text — every Vietnamese letter with a mark. */
  hAnsi: string | null;
  sizePt: number | null;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** Character spacing (w:spacing), in points added after each letter: negative when condensed to fit a line. */
  letterSpacingPt: number;
}

const EMPTY: RunFormat = { ascii: null, hAnsi: null, sizePt: null, bold: false, italic: false, underline: false, letterSpacingPt: 0 };

function themeFonts(theme: Document | null, vietnamese: boolean): { minor: string | null; major: string | null } {
  const pick = (kind: 'minorFont' | 'majorFont') => {
    const font = descendants(theme?.documentElement, kind, A)[0];
    if (!font) return null;
    if (vietnamese) {
      const viet = kids(font, 'font', A).find((f) => f.getAttribute('script') === 'Viet');
      if (viet?.getAttribute('typeface')) return viet.getAttribute('typeface');
    }
    return kid(font, 'latin', A)?.getAttribute('typeface') ?? null;
  };
  return { minor: pick('minorFont'), major: pick('majorFont') };
}

/** Paragraph properties as Word resolves them (defaults → style chain → the paragraph's own), in twips. */
export interface ParagraphProps {
  align: string;
  indentLeft: number;
  indentRight: number;
  firstLine: number;
  hanging: number;
  spacingBefore: number;
  spacingAfter: number;
  /** w:line and its rule: auto (240ths of a line), exact or atLeast (twips). */
  line: number;
  lineRule: string;
  keepNext: boolean;
  pageBreakBefore: boolean;
  outlineLevel: number | null;
}

/** Height of one line of a paragraph at `sizePt`: a multiple of the font's single line, exact pt, or at least pt (the single line when it is taller). */
export function paragraphLineHeightPt(props: Pick<ParagraphProps, 'line' | 'lineRule'>, sizePt: number): number {
  if (props.lineRule === 'auto') return (props.line / 240) * lineHeightPt(sizePt);
  return props.lineRule === 'atLeast' ? Math.max(props.line / 20, lineHeightPt(sizePt)) : props.line / 20;
}

const num = (value: string | null): number | undefined => (value === null || value === '' || Number.isNaN(Number(value)) ? undefined : Number(value));

export class RunFormatResolver {
  private readonly styles = new Map<string, Element>();
  private readonly defaults: Element | null;
  private readonly paragraphDefaults: Element | null;
  private readonly defaultParagraphStyle: string | null;
  private readonly theme: { minor: string | null; major: string | null };

  constructor(pkg: DocxPackage) {
    const root = pkg.styles?.documentElement;
    for (const style of kids(root, 'style')) {
      const id = attr(style, 'styleId');
      if (id) this.styles.set(id, style);
    }
    this.defaults = kid(kid(kid(root, 'docDefaults'), 'rPrDefault'), 'rPr');
    this.paragraphDefaults = kid(kid(kid(root, 'docDefaults'), 'pPrDefault'), 'pPr');
    this.defaultParagraphStyle =
      kids(root, 'style')
        .find((s) => attr(s, 'type') === 'paragraph' && ['1', 'true'].includes(attr(s, 'default') ?? ''))
        ?.getAttributeNS(W, 'styleId') ?? null;
    const lang = attr(descendants(pkg.settings?.documentElement, 'themeFontLang')[0], 'val') ?? '';
    this.theme = themeFonts(pkg.theme, lang.toLowerCase().startsWith('vi'));
  }

  private chain(styleId: string | null): Element[] {
    const out: Element[] = [];
    const seen = new Set<string>();
    let id = styleId;
    while (id && !seen.has(id)) {
      seen.add(id);
      const style = this.styles.get(id);
      if (!style) break;
      out.unshift(style);
      id = attr(kid(style, 'basedOn'), 'val');
    }
    return out;
  }

  private apply(format: RunFormat, rPr: Element | null): RunFormat {
    if (!rPr) return format;
    const next = { ...format };
    const fonts = kid(rPr, 'rFonts');
    if (fonts) {
      const font = (slot: 'ascii' | 'hAnsi') => {
        const direct = attr(fonts, slot);
        if (direct) return direct;
        const theme = attr(fonts, `${slot}Theme`);
        if (theme) return theme.startsWith('major') ? this.theme.major : this.theme.minor;
        return undefined;
      };
      const ascii = font('ascii');
      const hAnsi = font('hAnsi');
      if (ascii !== undefined) next.ascii = ascii;
      if (hAnsi !== undefined) next.hAnsi = hAnsi;
    }
    const size = attr(kid(rPr, 'sz'), 'val');
    if (size) next.sizePt = Number(size) / 2;
    const spacing = num(attr(kid(rPr, 'spacing'), 'val'));
    if (spacing !== undefined) next.letterSpacingPt = spacing / 20;
    for (const [tag, key] of [
      ['b', 'bold'],
      ['i', 'italic'],
      ['u', 'underline'],
    ] as const) {
      const value = toggle(kid(rPr, tag));
      if (value !== undefined) next[key] = value;
    }
    return next;
  }

  /** Formatting of run `r` in paragraph `p`. */
  resolve(p: Element, r: Element | null): RunFormat {
    // With no font anywhere, Word uses the theme's body font.
    let format: RunFormat = { ...EMPTY, ascii: this.theme.minor, hAnsi: this.theme.minor };
    format = this.apply(format, this.defaults);
    const pStyle = attr(kid(kid(p, 'pPr'), 'pStyle'), 'val') ?? this.defaultParagraphStyle;
    for (const style of this.chain(pStyle)) format = this.apply(format, kid(style, 'rPr'));
    if (r) {
      const rPr = kid(r, 'rPr');
      const rStyle = attr(kid(rPr, 'rStyle'), 'val');
      for (const style of this.chain(rStyle)) format = this.apply(format, kid(style, 'rPr'));
      format = this.apply(format, rPr);
    }
    return format;
  }

  private applyParagraph(props: ParagraphProps, pPr: Element | null): ParagraphProps {
    if (!pPr) return props;
    const next = { ...props };
    const jc = attr(kid(pPr, 'jc'), 'val');
    if (jc) next.align = jc;
    const ind = kid(pPr, 'ind');
    if (ind) {
      next.indentLeft = num(attr(ind, 'left') ?? attr(ind, 'start')) ?? next.indentLeft;
      next.indentRight = num(attr(ind, 'right') ?? attr(ind, 'end')) ?? next.indentRight;
      const firstLine = num(attr(ind, 'firstLine'));
      const hanging = num(attr(ind, 'hanging'));
      if (firstLine !== undefined) [next.firstLine, next.hanging] = [firstLine, 0];
      if (hanging !== undefined) [next.hanging, next.firstLine] = [hanging, 0];
    }
    const spacing = kid(pPr, 'spacing');
    if (spacing) {
      next.spacingBefore = num(attr(spacing, 'before')) ?? next.spacingBefore;
      next.spacingAfter = num(attr(spacing, 'after')) ?? next.spacingAfter;
      next.line = num(attr(spacing, 'line')) ?? next.line;
      next.lineRule = attr(spacing, 'lineRule') ?? (attr(spacing, 'line') ? 'auto' : next.lineRule);
    }
    const keepNext = toggle(kid(pPr, 'keepNext'));
    if (keepNext !== undefined) next.keepNext = keepNext;
    const breakBefore = toggle(kid(pPr, 'pageBreakBefore'));
    if (breakBefore !== undefined) next.pageBreakBefore = breakBefore;
    const outline = num(attr(kid(pPr, 'outlineLvl'), 'val'));
    if (outline !== undefined) next.outlineLevel = outline;
    return next;
  }

  /** Paragraph properties of `p`, resolved through its style chain. */
  paragraphProps(p: Element): ParagraphProps {
    let props: ParagraphProps = {
      align: 'left',
      indentLeft: 0,
      indentRight: 0,
      firstLine: 0,
      hanging: 0,
      spacingBefore: 0,
      spacingAfter: 0,
      line: 240,
      lineRule: 'auto',
      keepNext: false,
      pageBreakBefore: false,
      outlineLevel: null,
    };
    props = this.applyParagraph(props, this.paragraphDefaults);
    const pPr = kid(p, 'pPr');
    const pStyle = attr(kid(pPr, 'pStyle'), 'val') ?? this.defaultParagraphStyle;
    for (const style of this.chain(pStyle)) props = this.applyParagraph(props, kid(style, 'pPr'));
    return this.applyParagraph(props, pPr);
  }

  /** The format of the first run that carries text, or the paragraph's own. */
  paragraphFormat(p: Element): RunFormat {
    const run = descendants(p, 'r').find((r) => descendants(r, 't').some((t) => (t.textContent ?? '').trim() !== ''));
    return this.resolve(p, run ?? null);
  }

  /** The table style's properties (for borders set by a style, e.g. "Table Grid"). */
  styleElement(styleId: string | null): Element[] {
    return this.chain(styleId);
  }

  /** Every text run of the paragraph with its format. */
  runs(p: Element): { text: string; format: RunFormat }[] {
    return descendants(p, 'r')
      .map((r) => ({
        text: descendants(r, 't')
          .map((t) => t.textContent ?? '')
          .join(''),
        format: this.resolve(p, r),
      }))
      .filter((x) => x.text.trim() !== '');
  }
}
