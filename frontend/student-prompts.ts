import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import '@vaadin/button';
import '@vaadin/details';
import '@vaadin/text-area';

/**
 * A lesson's prompts as a student answers them, drawn from data (StudentPromptData.java, same
 * shape): the server keeps no component per prompt. All user text is plain text.
 *
 * What the student types is kept in this browser (localStorage, per person, class and prompt)
 * until the server has saved it, so a dropped connection, a database outage or a closed tab loses
 * nothing. The character count follows the text in the browser, and unsaved text is offered to the
 * server again by itself: when the connection comes back and every few seconds, until a save
 * succeeds. "Not saved yet" shows only once saving has failed (offline, refused, or no answer
 * within a few seconds), not during the pause before each save: a warning at every keystroke
 * would only alarm.
 */

interface Cited { id: number; quote: string; orphaned: boolean; showLabel: string; removeLabel: string | null }
interface Reply { id: number; who: string; when: string; body: string | null; hiddenReason: string | null; flagLabel: string | null }
interface Feedback { from: string; rubric: string[]; comment: string | null }
interface Responses { hidden: string | null; feedback: Feedback | null; helpful: string | null; replies: Reply[]; repliesLabel: string }
interface Classmate {
  id: number; author: string; when: string; body: string | null; evidence: Cited[]; replies: Reply[];
  repliesLabel: string; helpfulText: string; helpfulLabel: string; helpfulByMe: boolean; replyLabel: string;
  flagLabel: string | null;
}
interface Prompt {
  id: number; number: number; question: string; gate: boolean; state: string; closed: boolean;
  fieldLabel: string; status: string; submitText: string; revision: number;
  storageKey: string; evidence: Cited[]; responses: Responses | null; classmatesNote: string | null;
  classmatesSummary: string | null; classmates: Classmate[] | null;
}
/** What the server says became of an answer (StudentPrompts.answer). */
interface AnswerNews { status?: string; error?: string; saved?: string; revision?: number; text?: string; focus?: boolean }

interface PromptServer {
  saveDraft(prompt: number, text: string): void;
  restoreUnsaved(prompt: number, text: string, base: number): void;
  retryUnsaved(prompt: number, text: string, base: number): void;
  submit(prompt: number, text: string): void;
  cite(prompt: number): void;
  uncite(prompt: number, annotation: number): void;
  showInText(prompt: number, annotation: number): void;
  classmatesOpened(prompt: number, opened: boolean): void;
  helpful(answer: number, helpful: boolean): void;
  reply(prompt: number, answer: number): void;
  flag(id: number, reply: boolean): void;
}

interface Kept { text: string; base: number }

/**
 * The browser's side of one answer: the field's length, the server's revision, what it last said,
 * whether it holds text the server has not saved and whether saving it has failed; the timers of the
 * next save and of the wait for its answer.
 */
interface Answer {
  length: number; revision: number; unsaved: boolean; failing: boolean; status?: string; error: string;
  timer?: number; waiting?: number;
}

type AnswerField = HTMLElement & { value: string; focus(): void };

const DRAFT_PAUSE_MS = 1500;
const RETRY_MS = 5000;
/** A save the server has not confirmed within this long has failed, as far as the student is told. */
const SAVE_WAIT_MS = 4000;
const numbers = new Intl.NumberFormat(document.documentElement.lang || 'en');

function read(key: string): Kept | null {
  try {
    const kept = JSON.parse(localStorage.getItem(key) ?? 'null');
    return kept && typeof kept.text === 'string' && typeof kept.base === 'number' ? kept : null;
  } catch {
    return null;
  }
}

export class StudentPrompts extends LitElement {
  static properties = {
    prompts: { attribute: false },
    drafts: { attribute: false },
    words: { attribute: false },
  };

  declare prompts: Prompt[];
  /** The saved drafts of prompts this screen has not drawn yet, by prompt id. */
  declare drafts: Record<string, string>;
  /** The component's own words in the reader's language, set once by the server. */
  declare words: Record<string, string>;
  declare $server: PromptServer;

  private answers = new Map<number, Answer>();
  private retryTimer = 0;
  private readonly retryAll = () => this.prompts.forEach((p) => this.retry(p));
  private readonly offline = () => this.answers.forEach((answer) => this.failed(answer));

  constructor() {
    super();
    this.prompts = [];
    this.drafts = {};
    this.words = {};
  }

  protected createRenderRoot() {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener('online', this.retryAll);
    window.addEventListener('offline', this.offline);
    this.retryTimer = window.setInterval(this.retryAll, RETRY_MS);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('online', this.retryAll);
    window.removeEventListener('offline', this.offline);
    window.clearInterval(this.retryTimer);
  }

  /** One prompt read again by the server (someone answered, replied, marked helpful...). */
  change(prompt: Prompt) {
    this.prompts = this.prompts.map((p) => (p.id === prompt.id ? prompt : p));
  }

  /** What became of the student's answer to one prompt. */
  answer(id: number, news: AnswerNews) {
    const answer = this.answers.get(id);
    const field = this.field(id);
    const prompt = this.prompts.find((p) => p.id === id);
    if (!answer || !field || !prompt) {
      return;
    }
    if (news.text !== undefined) {
      // The student chose this text over what was typed here: nothing here is unsaved any more.
      field.value = news.text;
      answer.length = news.text.length;
      localStorage.removeItem(prompt.storageKey);
      answer.unsaved = false;
      answer.failing = false;
    }
    if (news.revision !== undefined) {
      answer.revision = news.revision;
    }
    if (news.saved !== undefined) {
      window.clearTimeout(answer.waiting);
      const kept = read(prompt.storageKey);
      if (!kept || kept.text === news.saved) {
        localStorage.removeItem(prompt.storageKey);
        answer.unsaved = false;
      }
      answer.failing = false;
    } else if (news.text === undefined) {
      // Refused (too long, changed elsewhere, the database away): what is kept here is not saved.
      this.failed(answer);
    }
    if (news.status !== undefined) {
      answer.status = news.status;
    }
    if (news.error !== undefined) {
      answer.error = news.error;
    }
    if (news.focus) {
      field.focus();
    }
    this.requestUpdate();
  }

  private field(id: number) {
    return this.querySelector<AnswerField>(`vaadin-text-area[data-prompt="${id}"]`);
  }

  /** A prompt's field drawn for the first time gets its text, and anything this browser kept unsaved. */
  protected updated() {
    for (const p of this.prompts) {
      if (this.answers.has(p.id)) {
        continue;
      }
      const field = this.field(p.id);
      if (!field) {
        continue;
      }
      field.value = this.drafts[p.id] ?? '';
      const answer: Answer = { length: field.value.length, revision: p.revision, unsaved: false, failing: false, error: '' };
      this.answers.set(p.id, answer);
      const kept = read(p.storageKey);
      if (kept && kept.text !== field.value) {
        // Typed here before a tab closed or while offline: back in the field, and offered to the server.
        field.value = kept.text;
        answer.length = kept.text.length;
        answer.unsaved = true;
        answer.failing = true;
        this.$server.restoreUnsaved(p.id, kept.text, kept.base);
        this.requestUpdate();
      } else if (kept) {
        localStorage.removeItem(p.storageKey);
      }
    }
  }

  private typed(p: Prompt, field: AnswerField) {
    const answer = this.answers.get(p.id);
    if (!answer) {
      return;
    }
    localStorage.setItem(p.storageKey, JSON.stringify({ text: field.value, base: answer.revision }));
    answer.unsaved = true;
    answer.failing ||= !navigator.onLine;
    answer.length = field.value.length;
    window.clearTimeout(answer.timer);
    answer.timer = window.setTimeout(() => {
      this.waitForSave(answer);
      this.$server.saveDraft(p.id, field.value);
    }, DRAFT_PAUSE_MS);
    this.requestUpdate();
  }

  /** A save is on its way: unless the server confirms it in time, the student is told it is not saved. */
  private waitForSave(answer: Answer) {
    window.clearTimeout(answer.waiting);
    answer.waiting = window.setTimeout(() => this.failed(answer), SAVE_WAIT_MS);
  }

  private failed(answer: Answer) {
    if (answer.unsaved && !answer.failing) {
      answer.failing = true;
      this.requestUpdate();
    }
  }

  private submit(p: Prompt) {
    const answer = this.answers.get(p.id);
    const field = this.field(p.id);
    if (answer && field) {
      window.clearTimeout(answer.timer);
      this.waitForSave(answer);
      this.$server.submit(p.id, field.value);
    }
  }

  private retry(p: Prompt) {
    const answer = this.answers.get(p.id);
    const kept = read(p.storageKey);
    if (answer?.unsaved && kept && navigator.onLine) {
      this.waitForSave(answer);
      this.$server.retryUnsaved(p.id, kept.text, kept.base);
    }
  }

  render() {
    return html`<ol>${repeat(this.prompts, (p) => p.id, (p) => this.prompt(p))}</ol>`;
  }

  private prompt(p: Prompt): TemplateResult {
    const w = this.words;
    const answer = this.answers.get(p.id);
    const length = answer?.length ?? (this.drafts[p.id] ?? '').length;
    const over = length - Number(w.maxAnswer);
    const error = over > 0 ? w.overLimit.replace('{0}', numbers.format(over)) : answer?.error ?? '';
    return html`
      <li class="prompt">${p.question}
        ${p.gate ? html`<span class="prompt-gate">${w.gate}</span>` : nothing}
        <span class="prompt-state" ?hidden=${!p.state}>${p.state}</span>
        <div class="answer-editor">
          <vaadin-text-area data-prompt=${p.id} label=${p.fieldLabel} style="width: 100%; min-height: 6rem"
            .helperText=${`${numbers.format(length)} ${w.ofCharacters}`} .errorMessage=${error} .invalid=${error !== ''}
            @input=${(e: Event) => this.typed(p, e.currentTarget as AnswerField)}></vaadin-text-area>
          <span class="answer-status" aria-live="polite">${answer?.status ?? p.status}</span>
          <span class="answer-unsaved" ?hidden=${!(answer?.unsaved && answer.failing)}>${w.notSaved}</span>
          ${p.evidence.length === 0 ? nothing : this.evidence(p, p.evidence)}
          <vaadin-button @click=${() => this.$server.cite(p.id)}>${w.cite}</vaadin-button>
          <vaadin-button theme="primary" ?disabled=${p.closed} @click=${() => this.submit(p)}>${p.submitText}</vaadin-button>
        </div>
        ${p.responses ? this.responses(p.responses) : nothing}
        <div class="classmate-answers">
          ${p.classmatesNote ? html`<p>${p.classmatesNote}</p>` : nothing}
          ${p.classmatesSummary ? html`
            <vaadin-details class="classmates-details" summary=${p.classmatesSummary} .opened=${p.classmates !== null}
              @opened-changed=${(e: CustomEvent) => this.$server.classmatesOpened(p.id, e.detail.value)}>
              <ul aria-label=${w.classmatesAnswers}>${repeat(p.classmates ?? [], (a) => a.id, (a) => this.classmate(p, a))}</ul>
            </vaadin-details>` : nothing}
        </div>
      </li>`;
  }

  private evidence(p: Prompt, evidence: Cited[]): TemplateResult {
    const w = this.words;
    return html`<div><span class="evidence-label">${w.citedEvidence}</span>
      <ul class="evidence-list" aria-label=${w.citedEvidence}>${evidence.map((c) => html`
        <li><span class="evidence-quote">${c.quote}</span>
          ${c.orphaned ? html`<span class="note-when">${w.orphaned}</span>` : html`
            <vaadin-button theme="tertiary small" aria-label=${c.showLabel}
              @click=${() => this.$server.showInText(p.id, c.id)}>${w.showInText}</vaadin-button>`}
          ${c.removeLabel ? html`<vaadin-button theme="tertiary small" aria-label=${c.removeLabel}
              @click=${() => this.$server.uncite(p.id, c.id)}>${w.remove}</vaadin-button>` : nothing}
        </li>`)}</ul></div>`;
  }

  private responses(r: Responses): TemplateResult {
    const w = this.words;
    const f = r.feedback;
    return html`<div class="my-answer-responses">
      ${r.hidden ? html`<p class="note-hidden-reason">${r.hidden}</p>` : nothing}
      ${f ? html`<div class="answer-feedback"><p class="note-when">${f.from}</p>
        ${f.rubric.length === 0 ? nothing : html`<ul class="rubric-levels" aria-label=${w.rubric}>${f.rubric.map((line) => html`<li>${line}</li>`)}</ul>`}
        ${f.comment ? html`<p class="note-body">${f.comment}</p>` : nothing}</div>` : nothing}
      ${r.helpful ? html`<p>${r.helpful}</p>` : nothing}
      ${r.replies.length === 0 ? nothing : this.replies(r.replies, r.repliesLabel)}
    </div>`;
  }

  private replies(replies: Reply[], label: string): TemplateResult {
    return html`<ul class="answer-replies" aria-label=${label}>${repeat(replies, (r) => r.id, (r) => html`
      <li><span class="author-name">${r.who}</span><span class="note-when">${r.when}</span>
        ${this.body(r.body, r.hiddenReason)}
        ${r.flagLabel ? this.flagButton(r.id, true, r.flagLabel) : nothing}
      </li>`)}</ul>`;
  }

  private classmate(p: Prompt, a: Classmate): TemplateResult {
    const w = this.words;
    return html`<li><span class="author-name">${a.author}</span><span class="note-when">${a.when}</span>
      ${this.body(a.body, null)}
      ${a.evidence.length === 0 ? nothing : this.evidence(p, a.evidence)}
      ${a.replies.length === 0 ? nothing : this.replies(a.replies, a.repliesLabel)}
      <div class="answer-actions">
        <vaadin-button aria-pressed=${a.helpfulByMe ? 'true' : 'false'} aria-label=${a.helpfulLabel}
          @click=${() => this.$server.helpful(a.id, !a.helpfulByMe)}>${a.helpfulText}</vaadin-button>
        <vaadin-button aria-label=${a.replyLabel} @click=${() => this.$server.reply(p.id, a.id)}>${w.reply}</vaadin-button>
        ${a.flagLabel ? this.flagButton(a.id, false, a.flagLabel) : nothing}
      </div></li>`;
  }

  /** The text of an answer or reply; a hidden one says so, and its author sees why. */
  private body(text: string | null, hiddenReason: string | null): TemplateResult {
    return html`<div>
      ${text === null ? html`<p class="note-hidden">${this.words.hiddenByTeacher}</p>` : html`<p class="note-body">${text}</p>`}
      ${hiddenReason ? html`<p class="note-hidden-reason">${hiddenReason}</p>` : nothing}</div>`;
  }

  private flagButton(id: number, reply: boolean, label: string): TemplateResult {
    return html`<vaadin-button theme="tertiary small" aria-label=${label}
      @click=${() => this.$server.flag(id, reply)}>${this.words.flag}</vaadin-button>`;
  }
}

customElements.define('student-prompts', StudentPrompts);
