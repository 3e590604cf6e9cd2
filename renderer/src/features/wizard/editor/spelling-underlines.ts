/**
 * Wavy red underlines under the words the spell checker flags, inside the rich editor.
 *
 * The check never runs on the keystroke path: Unikey/EVKey type by sending Backspace plus the
 * new letters and the Windows IME composes in place, so nothing may touch the document between
 * those events. Findings are worked out a moment after the last change, and only when no
 * composition is active; they are decorations (not marks), so the text itself is never
 * rewritten and undo never sees them.
 */
import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { checkSpelling, type SpellFinding } from '#shared/text/spell-check';
import { STYLE_KINDS } from '#shared/text/spelling/kinds';

/** Set on the editor once its text has been checked since its last change. */
const SPELL_CHECKED_ATTRIBUTE = 'data-spell-checked';

export const SPELL_IDLE_MS = 600;

/** A finding placed in the document: `from`/`to` are ProseMirror positions. */
export interface PlacedFinding {
  from: number;
  to: number;
  finding: SpellFinding;
}

interface SpellingOptions {
  /** Read on every check, so a word added to the dictionary counts at once. */
  settings: () => { dictionary: ReadonlySet<string>; style?: 'new' | 'old'; iy?: 'i' | 'y' };
  /** Called after each check with every finding, in document order. */
  onFindings: (findings: PlacedFinding[]) => void;
}

interface SpellState {
  decorations: DecorationSet;
  findings: PlacedFinding[];
}

const spellingKey = new PluginKey<SpellState>('spelling');

type Settings = ReturnType<SpellingOptions['settings']>;

/**
 * Findings per text block, kept by each editor's own plugin. ProseMirror keeps an unchanged
 * paragraph as the same node object from one state to the next, so after an edit only the
 * paragraphs that changed are checked again — a pause in a 90-page part costs one paragraph,
 * not the whole part. New settings (a word added, another style) start it afresh.
 */
class SpellCache {
  private settings: Settings | null = null;
  private byNode = new WeakMap<PmNode, SpellFinding[]>();

  findingsOf(node: PmNode, settings: Settings): SpellFinding[] {
    if (this.settings !== settings) this.byNode = new WeakMap();
    this.settings = settings;
    let found = this.byNode.get(node);
    if (!found) {
      const text = node.textContent;
      let textOnly = true;
      node.forEach((child) => {
        if (!child.isText) textOnly = false;
      });
      // Positions count characters only when the block holds text alone; offsets are in NFC text,
      // so a block typed in decomposed form waits until it is saved as NFC.
      found =
        textOnly && text.normalize('NFC').length === text.length
          ? checkSpelling(text, { personalDictionary: settings.dictionary, style: settings.style, iy: settings.iy })
          : [];
      this.byNode.set(node, found);
    }
    return found;
  }
}

/** The cache of the editor's spelling plugin (a fresh one where the plugin is missing). */
function cacheOf(state: EditorState): SpellCache {
  return (spellingKey.get(state)?.spec as { spellCache?: SpellCache } | undefined)?.spellCache ?? new SpellCache();
}

/** Every finding of every text block (paragraphs, list items). */
function findSpelling(state: EditorState, settings: Settings, cache: SpellCache = cacheOf(state)): PlacedFinding[] {
  const placed: PlacedFinding[] = [];
  state.doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    for (const finding of cache.findingsOf(node, settings)) placed.push({ from: pos + 1 + finding.start, to: pos + 1 + finding.end, finding });
    return false;
  });
  return placed;
}

function decorationsFor(state: EditorState, findings: PlacedFinding[]): DecorationSet {
  return DecorationSet.create(
    state.doc,
    findings.map((f) =>
      Decoration.inline(
        f.from,
        f.to,
        // The unit's tone or i/y style is pointed out, in its own colour, never as a mistake.
        { class: STYLE_KINDS.has(f.finding.kind) ? 'spell-style' : 'spell-error', 'data-suggestion': f.finding.suggestion ?? '' },
        { finding: f.finding },
      ),
    ),
  );
}

/** The finding under a document position, if any. */
export function findingAt(state: EditorState, pos: number): PlacedFinding | null {
  const spell = spellingKey.getState(state);
  return spell?.findings.find((f) => pos >= f.from && pos <= f.to) ?? null;
}

/** Checks the whole document now and draws the result (after a pause in typing, or when the dictionary changed). */
export function applySpelling(view: EditorView, options: SpellingOptions): void {
  const findings = findSpelling(view.state, options.settings());
  view.dispatch(view.state.tr.setMeta(spellingKey, { findings }).setMeta('addToHistory', false));
  options.onFindings(findings);
}

export const SpellingUnderlines = Extension.create<SpellingOptions>({
  name: 'spellingUnderlines',

  addOptions() {
    return { settings: () => ({ dictionary: new Set<string>() }), onFindings: () => undefined };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin<SpellState>({
        key: spellingKey,
        // Read back by findSpelling through the plugin's spec: one cache per editor.
        spellCache: new SpellCache(),
        state: {
          init: () => ({ decorations: DecorationSet.empty, findings: [] }),
          apply(tr: Transaction, value: SpellState, _old, state): SpellState {
            const meta = tr.getMeta(spellingKey) as { findings?: PlacedFinding[] } | undefined;
            if (meta?.findings) return { findings: meta.findings, decorations: decorationsFor(state, meta.findings) };
            if (!tr.docChanged) return value;
            // Until the next check, underlines move with the text; a word being edited loses its own.
            const findings = value.findings.flatMap((f) => {
              let { from, to } = f;
              for (const map of tr.mapping.maps) {
                let touched = false;
                map.forEach((oldStart, oldEnd) => {
                  if (oldStart <= to && oldEnd >= from) touched = true;
                });
                if (touched) return [];
                from = map.map(from, 1);
                to = map.map(to, -1);
              }
              return [{ ...f, from, to }];
            });
            // Mapping the drawn set is cheap; it is rebuilt only when an underline went away.
            return {
              findings,
              decorations: findings.length === value.findings.length ? value.decorations.map(tr.mapping, tr.doc) : decorationsFor(state, findings),
            };
          },
        },
        props: {
          decorations: (state) => spellingKey.getState(state)?.decorations ?? DecorationSet.empty,
        },
        view(view) {
          let timer: ReturnType<typeof setTimeout> | null = null;
          const run = () => {
            timer = null;
            // Never while a composition is open: try again once it has ended.
            if (view.composing) schedule();
            else {
              applySpelling(view, options);
              // The underlines stand for the text as it is (what a screen reader or a test may wait on).
              view.dom.setAttribute(SPELL_CHECKED_ATTRIBUTE, '');
            }
          };
          const schedule = () => {
            if (timer) clearTimeout(timer);
            view.dom.removeAttribute(SPELL_CHECKED_ATTRIBUTE);
            timer = setTimeout(run, SPELL_IDLE_MS);
          };
          schedule();
          return {
            update(updated, previous) {
              if (updated.state.doc !== previous.doc) schedule();
            },
            destroy() {
              if (timer) clearTimeout(timer);
            },
          };
        },
      }),
    ];
  },
});
