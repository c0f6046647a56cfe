import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';

/** A paragraph of the stored lesson text by offsets; cut once, on the server. */
interface Paragraph {
  start: number;
  end: number;
  textStart: number;
  headingLevel: number;
}

/** A highlighted range of the stored text, told apart by symbol and underline style as well as colour. */
interface Highlight {
  id: number;
  start: number;
  end: number;
  label: string;
  symbol: string;
  style: number;
}

/**
 * Renders a lesson's text with highlights and turns a reader's selection into offsets of the
 * stored text (UTF-16 units, as the server counts them). Text arrives as a plain string and is
 * rendered through Lit's text bindings, so nothing in it is ever interpreted as HTML.
 *
 * Rendered in the light DOM so the page's selection, find-in-page and screen readers see the text
 * as ordinary document content. The pane can be focused: PageDown, Space and the arrows scroll
 * it, Shift+arrows (with Ctrl: by word) select text, Enter annotates the selection.
 *
 * Events: `annotate` {start, end, quote}, `highlight-activate` {id}.
 */
export class ReadingPane extends LitElement {
  static properties = {
    text: { type: String },
    paragraphs: { type: Array },
    highlights: { attribute: false },
    heat: { type: Boolean },
    selectionRange: { state: true },
  };

  declare text: string;
  declare paragraphs: Paragraph[];
  declare highlights: Highlight[];
  /** Heat overlay for teachers' review: highlights are stretches of text with a level, no markers. */
  declare heat: boolean;
  declare selectionRange: { start: number; end: number; top: number } | null;

  private readonly onSelectionChange = () => this.trackSelection();
  /** The reader's selection and focus while highlights are redrawn, to put back afterwards. */
  private kept: { selection: { anchor: number; focus: number } | null; focusedMarker: number | null; paneFocused: boolean } | null = null;

  constructor() {
    super();
    this.text = '';
    this.paragraphs = [];
    this.highlights = [];
    this.selectionRange = null;
  }

  protected createRenderRoot() {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    if (!this.hasAttribute('role')) {
      this.setAttribute('role', 'region');
    }
    this.tabIndex = 0;
    document.addEventListener('selectionchange', this.onSelectionChange);
    this.addEventListener('keydown', this.onKeyDown);
    this.addEventListener('click', this.onClick);
  }

  disconnectedCallback() {
    document.removeEventListener('selectionchange', this.onSelectionChange);
    super.disconnectedCallback();
  }

  /** Scrolls to a highlight and puts the keyboard focus on its marker. */
  reveal(id: number) {
    const marker = this.querySelector<HTMLElement>(`button.hl-marker[data-id="${id}"]`);
    if (marker) {
      marker.scrollIntoView({ block: 'center' });
      marker.focus();
      this.querySelectorAll(`mark[data-ids~="${id}"]`).forEach((m) => {
        m.classList.remove('hl-flash');
        void (m as HTMLElement).offsetWidth;
        m.classList.add('hl-flash');
      });
    }
  }

  /** Selects the words of [start, end) and scrolls them into view: where cited evidence is in the text. */
  showRange(start: number, end: number) {
    const from = this.pointAt(start, false);
    const to = this.pointAt(end, true);
    const selection = document.getSelection();
    if (!from || !to || !selection) {
      return;
    }
    const range = document.createRange();
    range.setStart(from[0], from[1]);
    range.setEnd(to[0], to[1]);
    this.focus({ preventScroll: true });
    selection.removeAllRanges();
    selection.addRange(range);
    from[0].parentElement?.scrollIntoView({ block: 'center' });
  }

  /** The text node and offset of a position in the stored text; at a piece's end when {@code atEnd}. */
  private pointAt(offset: number, atEnd: boolean): [Text, number] | null {
    for (const piece of this.querySelectorAll<HTMLElement>('[data-start]')) {
      const text = [...piece.childNodes].find((n) => n.nodeType === Node.TEXT_NODE) as Text | undefined;
      const begin = Number(piece.dataset.start);
      if (text && offset >= begin && (offset < begin + text.length || (atEnd && offset === begin + text.length))) {
        return [text, offset - begin];
      }
    }
    return null;
  }

  /** Replaces the highlights of these ids and takes away the removed ones; the others stay. */
  changeHighlights(changed: Highlight[], removed: number[]) {
    const replaced = new Set<number>([...removed, ...changed.map((h) => h.id)]);
    this.highlights = [...this.highlights.filter((h) => !replaced.has(h.id)), ...changed]
      .sort((a, b) => a.start - b.start || a.end - b.end || a.id - b.id);
  }

  /**
   * A classmate's new note redraws the highlights, which replaces the text nodes under the
   * reader's selection: remember the selection (as offsets of the stored text) and the focus first.
   */
  protected willUpdate(changed: PropertyValues) {
    if (changed.has('highlights') && !changed.has('text')) {
      const active = document.activeElement as HTMLElement | null;
      const marker = active && this.contains(active) && active.matches('button.hl-marker') ? Number(active.dataset.id) : null;
      this.kept = { selection: this.selectionOffsets(), focusedMarker: marker, paneFocused: active === this };
    }
  }

  protected updated() {
    const kept = this.kept;
    this.kept = null;
    if (!kept) {
      return;
    }
    if (kept.focusedMarker !== null) {
      this.querySelector<HTMLElement>(`button.hl-marker[data-id="${kept.focusedMarker}"]`)?.focus({ preventScroll: true });
    } else if (kept.paneFocused && document.activeElement !== this) {
      this.focus({ preventScroll: true });
    }
    const selection = document.getSelection();
    const anchor = kept.selection && this.pointAt(kept.selection.anchor, kept.selection.anchor > kept.selection.focus);
    const focus = kept.selection && this.pointAt(kept.selection.focus, kept.selection.focus > kept.selection.anchor);
    if (selection && anchor && focus) {
      selection.setBaseAndExtent(anchor[0], anchor[1], focus[0], focus[1]);
    }
  }

  /** The selection inside the pane as offsets of the stored text, in the reader's direction. */
  private selectionOffsets(): { anchor: number; focus: number } | null {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed || !selection.anchorNode || !selection.focusNode
        || !this.contains(selection.anchorNode) || !this.contains(selection.focusNode)) {
      return null;
    }
    const anchor = this.offsetOf(selection.anchorNode, selection.anchorOffset);
    const focus = this.offsetOf(selection.focusNode, selection.focusOffset);
    return anchor === null || focus === null ? null : { anchor, focus };
  }

  render() {
    const paragraphs = this.paragraphs ?? [];
    return html`${this.annotateButton()}${paragraphs.map((p) => this.paragraph(p))}`;
  }

  private annotateButton() {
    if (!this.selectionRange) {
      return nothing;
    }
    return html`<button class="annotate-selection" type="button" style="top: ${this.selectionRange.top}px"
      @mousedown=${(e: Event) => e.preventDefault()}
      @click=${() => this.annotateSelection()}>Annotate</button>`;
  }

  private paragraph(p: Paragraph): TemplateResult {
    const content = this.segments(p.textStart, p.end);
    if (p.headingLevel > 0) {
      const level = Math.min(6, Math.max(2, p.headingLevel));
      switch (level) {
        case 2: return html`<h2 class="lesson-subheading">${content}</h2>`;
        case 3: return html`<h3 class="lesson-subheading">${content}</h3>`;
        case 4: return html`<h4 class="lesson-subheading">${content}</h4>`;
        case 5: return html`<h5 class="lesson-subheading">${content}</h5>`;
        default: return html`<h6 class="lesson-subheading">${content}</h6>`;
      }
    }
    return html`<p>${content}</p>`;
  }

  /** The text of [from, to) cut where highlights begin or end; each piece knows its offset. */
  private segments(from: number, to: number): TemplateResult[] {
    const inside = (this.highlights ?? []).filter((h) => h.start < to && h.end > from);
    const cuts = new Set<number>([from, to]);
    for (const h of inside) {
      cuts.add(Math.max(from, h.start));
      cuts.add(Math.min(to, h.end));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const pieces: TemplateResult[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i];
      const b = points[i + 1];
      const text = this.text.substring(a, b);
      const covering = inside.filter((h) => h.start <= a && h.end >= b);
      for (const h of this.heat ? [] : inside.filter((h) => h.start === a)) {
        // The symbol is drawn by CSS from data-symbol: no text in the document, so selecting,
        // copying and moving by word with the keyboard pass over markers as if they were not there.
        pieces.push(html`<button class="hl-marker hl-style-${h.style}" type="button" data-id=${h.id}
          data-symbol=${h.symbol} aria-label=${h.label} title=${h.label}></button>`);
      }
      if (covering.length === 0) {
        pieces.push(html`<span data-start=${a}>${text}</span>`);
      } else {
        const innermost = covering.reduce((x, y) => (y.end - y.start < x.end - x.start ? y : x));
        if (this.heat) {
          pieces.push(html`<mark data-start=${a} class="heat heat-${innermost.style}" title=${innermost.label}>${text}</mark>`);
          continue;
        }
        pieces.push(html`<mark data-start=${a} data-ids=${covering.map((h) => h.id).join(' ')}
          data-innermost=${innermost.id}
          class="hl hl-style-${innermost.style} hl-depth-${Math.min(3, covering.length)}">${text}</mark>`);
      }
    }
    return pieces;
  }

  private onClick = (e: MouseEvent) => {
    const target = e.target as HTMLElement;
    const marker = target.closest<HTMLElement>('button.hl-marker');
    const mark = target.closest<HTMLElement>('mark[data-innermost]');
    const selection = document.getSelection();
    if (!marker && (!mark || (selection && !selection.isCollapsed))) {
      return;
    }
    const id = Number((marker ?? mark)!.dataset[marker ? 'id' : 'innermost']);
    this.dispatchEvent(new CustomEvent('highlight-activate', { detail: { id }, bubbles: true, composed: true }));
  };

  private onKeyDown = (e: KeyboardEvent) => {
    if (e.target !== this && !(e.target as HTMLElement).matches?.('button.hl-marker')) {
      return;
    }
    const arrows: Record<string, [string, string]> = {
      ArrowRight: ['forward', 'character'],
      ArrowLeft: ['backward', 'character'],
      ArrowDown: ['forward', 'line'],
      ArrowUp: ['backward', 'line'],
    };
    if (e.shiftKey && arrows[e.key]) {
      e.preventDefault();
      const [direction, unit] = arrows[e.key];
      this.extendSelection(direction, e.ctrlKey || e.altKey || e.metaKey ? (unit === 'line' ? 'paragraph' : 'word') : unit);
    } else if (e.key === 'Enter' && e.target === this) {
      // The selection may have changed a moment ago, before its selectionchange event ran: a quick
      // keyboard user's Enter must annotate what is selected now.
      this.trackSelection();
      if (this.selectionRange) {
        e.preventDefault();
        this.annotateSelection();
      }
    } else if (e.key === 'Escape' && this.selectionRange) {
      document.getSelection()?.removeAllRanges();
    }
  };

  /** Keyboard selection without caret browsing: starts at the first paragraph in view. */
  private extendSelection(direction: string, unit: string) {
    const selection = document.getSelection() as Selection & { modify?: (a: string, d: string, u: string) => void };
    if (!selection || !selection.modify) {
      return;
    }
    if (selection.rangeCount === 0 || !this.contains(selection.anchorNode)) {
      const first = this.firstTextInView();
      if (!first) {
        return;
      }
      selection.collapse(first, 0);
    }
    selection.modify('extend', direction, unit);
    this.trackSelection();
  }

  private firstTextInView(): Text | null {
    const pieces = this.querySelectorAll<HTMLElement>('[data-start]');
    for (const piece of pieces) {
      const text = [...piece.childNodes].find((n) => n.nodeType === Node.TEXT_NODE) as Text | undefined;
      if (piece.getBoundingClientRect().bottom > 0 && text) {
        return text;
      }
    }
    return null;
  }

  private trackSelection() {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      this.selectionRange = null;
      return;
    }
    const range = selection.getRangeAt(0);
    if (!this.contains(range.commonAncestorContainer)) {
      this.selectionRange = null;
      return;
    }
    const start = this.offsetOf(range.startContainer, range.startOffset);
    const end = this.offsetOf(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start || this.text.substring(start, end).trim() === '') {
      this.selectionRange = null;
      return;
    }
    const rect = range.getBoundingClientRect();
    const top = rect.bottom - this.getBoundingClientRect().top + 4;
    this.selectionRange = { start, end, top };
  }

  /** The offset in the stored text of a DOM boundary point inside the pane. */
  private offsetOf(node: Node, offset: number): number | null {
    if (node.nodeType === Node.TEXT_NODE) {
      const piece = node.parentElement?.closest<HTMLElement>('[data-start]');
      if (piece && this.contains(piece)) {
        return Number(piece.dataset.start) + offset;
      }
    }
    // A point between elements (or inside a marker): the next piece of text at or after it.
    const point = document.createRange();
    point.setStart(node, offset);
    for (const piece of this.querySelectorAll<HTMLElement>('[data-start]')) {
      if (point.comparePoint(piece, 0) >= 0) {
        return Number(piece.dataset.start);
      }
    }
    return this.text.length;
  }

  private annotateSelection() {
    const range = this.selectionRange;
    if (!range) {
      return;
    }
    const quote = this.text.substring(range.start, range.end);
    this.dispatchEvent(new CustomEvent('annotate', {
      detail: { start: range.start, end: range.end, quote }, bubbles: true, composed: true,
    }));
  }
}

customElements.define('reading-pane', ReadingPane);
