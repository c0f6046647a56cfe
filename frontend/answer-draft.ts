/**
 * Keeps what a student types into a prompt answer in this browser (localStorage, per person,
 * class and prompt) until the server has saved it, so a dropped connection, a database outage or
 * a closed tab loses nothing. While something is kept and not saved, "Not saved yet" shows, the
 * character count follows the text in the browser, and the text is offered to the server again by
 * itself: when the connection comes back and every few seconds, until a save succeeds.
 */

/** What the server calls back: the answer section's published methods. */
interface AnswerServer {
  restoreUnsaved(prompt: number, text: string, base: number): void;
  retryUnsaved(prompt: number, text: string, base: number): void;
}

interface Kept {
  text: string;
  base: number;
}

/** The text field of a Vaadin text area: its value, helper text and the revision its text is based on. */
type AnswerField = HTMLElement & { value: string; helperText: string };

const RETRY_MS = 5000;
const numbers = new Intl.NumberFormat(document.documentElement.lang || 'en');

function read(key: string): Kept | null {
  try {
    const kept = JSON.parse(localStorage.getItem(key) ?? 'null');
    return kept && typeof kept.text === 'string' && typeof kept.base === 'number' ? kept : null;
  } catch {
    return null;
  }
}

function showCount(field: AnswerField, counted: string) {
  field.helperText = `${numbers.format(field.value.length)} ${counted}`;
}

/**
 * Starts keeping the field's text under {@code key}. {@code counted} ends the character count
 * ("of 20,000 characters") and {@code notSaved} is what {@code unsaved} says when shown, as the
 * server words them; the browser writes that text, so the server keeps no copy of it per prompt.
 */
function keep(field: AnswerField, key: string, unsaved: HTMLElement, section: HTMLElement & { $server: AnswerServer },
              prompt: number, counted: string, notSaved: string) {
  unsaved.textContent = notSaved;
  const base = () => Number(field.dataset.revision);
  field.addEventListener('input', () => {
    localStorage.setItem(key, JSON.stringify({ text: field.value, base: base() }));
    unsaved.hidden = false;
    showCount(field, counted);
  });
  const retry = () => {
    const kept = read(key);
    if (kept && !unsaved.hidden && navigator.onLine && field.isConnected) {
      section.$server.retryUnsaved(prompt, kept.text, kept.base);
    }
  };
  window.addEventListener('online', retry);
  const timer = window.setInterval(() => {
    if (!field.isConnected) {
      window.clearInterval(timer);
      window.removeEventListener('online', retry);
      return;
    }
    retry();
  }, RETRY_MS);

  const kept = read(key);
  if (kept && kept.text !== field.value) {
    unsaved.hidden = false;
    section.$server.restoreUnsaved(prompt, kept.text, kept.base);
  } else if (kept) {
    localStorage.removeItem(key);
  }
}

/** The server has saved {@code text}: the browser's copy can go, unless more was typed meanwhile. */
function saved(field: AnswerField, key: string, unsaved: HTMLElement, text: string, revision: number) {
  field.dataset.revision = String(revision);
  const kept = read(key);
  if (!kept || kept.text === text) {
    localStorage.removeItem(key);
    unsaved.hidden = true;
  }
}

const namespace = window as unknown as { colloquyAnswerDraft?: object };
namespace.colloquyAnswerDraft = { keep, saved };
