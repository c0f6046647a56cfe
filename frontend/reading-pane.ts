import { LitElement, css, html } from 'lit';

/**
 * Renders a lesson's text for reading. The text arrives as a plain string and is rendered
 * through Lit's text bindings, so nothing in it is ever interpreted as HTML. Paragraphs are
 * separated by blank lines, exactly as the server stores them.
 */
export class ReadingPane extends LitElement {
  static properties = {
    text: { type: String },
  };

  declare text: string;

  constructor() {
    super();
    this.text = '';
  }

  static styles = css`
    :host {
      display: block;
      max-width: 42rem;
      font-family: Georgia, 'Times New Roman', serif;
      font-size: 1.125rem;
      line-height: 1.7;
      color: var(--lumo-body-text-color, #1f2933);
    }
    p {
      margin: 0 0 1.1em;
      /* Single line breaks inside a paragraph (lists, verse) are kept as the author wrote them. */
      white-space: pre-line;
    }
  `;

  connectedCallback() {
    super.connectedCallback();
    if (!this.hasAttribute('role')) {
      this.setAttribute('role', 'article');
    }
  }

  render() {
    const paragraphs = this.text.split(/\n\s*\n/).filter((p) => p.trim().length > 0);
    return html`${paragraphs.map((p) => html`<p>${p}</p>`)}`;
  }
}

customElements.define('reading-pane', ReadingPane);
