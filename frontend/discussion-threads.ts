import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';

/** One note (annotation or reply) as the viewer may see it; all user text is plain text. */
interface NoteData {
  id: number;
  author: string;
  teacher: boolean;
  mine: boolean;
  when: string;
  edited: boolean;
  deleted: boolean;
  body: string | null;
  helpful: number;
  helpfulByMe: boolean;
  canReply: boolean;
  canReact: boolean;
  canChange: boolean;
  /** Hidden by a teacher: classmates get no body; the author and teachers see the reason. */
  hidden: boolean;
  hiddenReason: string | null;
  canFlag: boolean;
  canModerate: boolean;
}

interface ThreadData {
  note: NoteData;
  quote: string;
  tag: string | null;
  symbol: string;
  style: number;
  visibility: string | null;
  replies: NoteData[];
  /** Where the thread's words are, for text order; null for an orphan. */
  start: number | null;
  end: number | null;
  orphaned: boolean;
}

/** Threads to redraw (by their root's id) and roots of threads to take away. */
interface ThreadChanges {
  changed: ThreadData[];
  removed: number[];
}

interface DiscussionData {
  threads: ThreadData[];
  orphans: ThreadData[];
  canWrite: boolean;
  teacher: boolean;
}

/**
 * The discussion of a lesson beside its text: every thread in text order, then orphaned notes
 * whose words were edited away. Rendered in the browser from data, so the server keeps no
 * component per note. Buttons raise `thread-action` {action, id}; `show` is handled here.
 */
export class DiscussionThreads extends LitElement {
  static properties = {
    data: { attribute: false },
    words: { attribute: false },
  };

  declare data: DiscussionData;

  /** The component's own words in the reader's language, set once by the server (DiscussionThreads.java). */
  declare words: Record<string, string>;

  constructor() {
    super();
    this.data = { threads: [], orphans: [], canWrite: false, teacher: false };
    this.words = {};
  }

  protected createRenderRoot() {
    return this;
  }

  /**
   * Applies a live change: the changed threads replace theirs (or join the list in text order),
   * the removed ones go; every other thread keeps its element, so focus, selection and scroll stay.
   */
  change(changes: ThreadChanges) {
    const replaced = new Set<number>([...changes.removed, ...changes.changed.map((t) => t.note.id)]);
    const kept = (list: ThreadData[]) => list.filter((t) => !replaced.has(t.note.id));
    const threads = [...kept(this.data.threads), ...changes.changed.filter((t) => !t.orphaned)];
    const orphans = [...kept(this.data.orphans), ...changes.changed.filter((t) => t.orphaned)];
    threads.sort((a, b) => (a.start ?? 0) - (b.start ?? 0) || (a.end ?? 0) - (b.end ?? 0) || a.note.id - b.note.id);
    orphans.sort((a, b) => a.note.id - b.note.id);
    this.data = { ...this.data, threads, orphans };
  }

  /** Brings a thread into view and gives it the keyboard focus. */
  async showThread(id: number) {
    // Right after the data arrives (a link to a thread), wait for it to be drawn.
    await this.updateComplete;
    const thread = this.querySelector<HTMLElement>(`article[data-thread="${id}"]`);
    if (thread) {
      thread.scrollIntoView({ block: 'nearest' });
      thread.focus();
    }
  }

  render() {
    const { threads, orphans } = this.data;
    const w = this.words;
    return html`
      ${threads.length === 0
        ? html`<p class="threads-empty">${w.empty}</p>`
        : html`<ol class="thread-list" aria-label=${w.notesInTextOrder}>${repeat(threads, (t) => t.note.id, (t) => html`<li>${this.thread(t, false)}</li>`)}</ol>`}
      ${orphans.length === 0 ? nothing : html`
        <h3 class="orphans-heading" id="orphans-heading">${w.orphansHeading}</h3>
        <p class="orphans-explained">${w.orphansExplained}</p>
        <ol class="thread-list orphans" aria-labelledby="orphans-heading">${repeat(orphans, (t) => t.note.id, (t) => html`<li>${this.thread(t, true)}</li>`)}</ol>`}
    `;
  }

  private thread(t: ThreadData, orphaned: boolean): TemplateResult {
    const w = this.words;
    const headingId = `thread-${t.note.id}-heading`;
    return html`
      <article class="thread hl-style-${t.style}" data-thread=${t.note.id} tabindex="-1" aria-labelledby=${headingId}>
        <p class="thread-meta" id=${headingId}>
          <span class="thread-symbol hl-marker hl-style-${t.style}" aria-hidden="true">${t.symbol}</span>
          <span class="thread-tag">${t.tag ?? w.note}</span>
          ${t.visibility ? html`<span class="thread-visibility">${t.visibility}</span>` : nothing}
        </p>
        <blockquote class="thread-quote">${t.quote}</blockquote>
        ${this.note(t.note, true, orphaned)}
        ${t.replies.length === 0 ? nothing : html`
          <ol class="replies" aria-label=${w.replies}>${repeat(t.replies, (r) => r.id, (r) => html`<li>${this.note(r, false, orphaned)}</li>`)}</ol>`}
      </article>`;
  }

  private note(n: NoteData, root: boolean, orphaned: boolean): TemplateResult {
    const w = this.words;
    if (n.deleted) {
      return html`<div class="note deleted"><p class="note-body"><em>${w.deleted}</em></p>
        ${n.canReply ? html`<div class="note-actions">${this.button('reply', n.id, w.reply)}</div>` : nothing}</div>`;
    }
    return html`
      <div class="note" data-note=${n.id}>
        <p class="note-author">
          <span class="author-name">${n.author}</span>
          ${n.teacher ? html`<span class="teacher-badge">${w.teacher}</span>` : nothing}
          <span class="note-when">${n.when}</span>
          ${n.edited ? html`<span class="note-edited">${w.edited}</span>` : nothing}
        </p>
        ${n.body === null
          ? html`<p class="note-body note-hidden"><em>${w.hidden}</em></p>`
          : html`<p class="note-body">${n.body}</p>`}
        ${n.hiddenReason !== null
          ? html`<p class="note-hidden-reason">${w.hiddenReason} ${n.hiddenReason}</p>` : nothing}
        <div class="note-actions">
          ${root && !orphaned ? this.button('show', n.id, w.showInText) : nothing}
          ${n.canReply ? this.button('reply', n.id, w.reply) : nothing}
          ${n.canReact ? html`<button type="button" class="helpful" aria-pressed=${n.helpfulByMe ? 'true' : 'false'}
              @click=${() => this.act(n.helpfulByMe ? 'unhelpful' : 'helpful', n.id)}>${w.helpful}${n.helpful > 0 ? ` (${n.helpful})` : ''}</button>`
            : n.helpful > 0 ? html`<span class="helpful-count">${w.helpful} (${n.helpful})</span>` : nothing}
          ${n.canChange ? this.button('edit', n.id, w.edit) : nothing}
          ${n.canChange ? this.button('delete', n.id, w.delete) : nothing}
          ${n.edited && this.data.teacher ? this.button('history', n.id, w.earlierVersions) : nothing}
          ${n.canFlag ? this.button('flag', n.id, w.flag) : nothing}
          ${n.canModerate ? this.button(n.hidden ? 'unhide' : 'hide', n.id, n.hidden ? w.showAgain : w.hide) : nothing}
        </div>
      </div>`;
  }

  private button(action: string, id: number, label: string) {
    return html`<button type="button" class="note-${action}" @click=${() => this.act(action, id)}>${label}</button>`;
  }

  private act(action: string, id: number) {
    if (action === 'show') {
      this.dispatchEvent(new CustomEvent('thread-show', { detail: { id }, bubbles: true, composed: true }));
      return;
    }
    this.dispatchEvent(new CustomEvent('thread-action', { detail: { action, id }, bubbles: true, composed: true }));
  }
}

customElements.define('discussion-threads', DiscussionThreads);
