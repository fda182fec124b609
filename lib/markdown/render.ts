import MarkdownIt from "markdown-it";

// People write Markdown; nobody writes HTML. Raw HTML in the source is shown as text (html: false),
// link targets are limited to web and mail addresses, and every link is marked as user content.
const SAFE_LINK = /^(https?:|mailto:|\/(?!\/)|#)/i;

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
md.disable(["image"]);
md.validateLink = (url) => SAFE_LINK.test(url.trim());

md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
  const token = tokens[idx]!;
  token.attrSet("rel", "nofollow ugc noopener");
  const href = token.attrGet("href") ?? "";
  if (/^https?:/i.test(href)) token.attrSet("target", "_blank");
  return self.renderToken(tokens, idx, options);
};

/** HTML for a Markdown text written by a user: no script, no raw HTML, no unsafe link. */
export function renderMarkdown(source: string): string {
  return md.render(source);
}

/** The text without its Markdown: for snippets, search and previews. */
export function markdownToText(source: string): string {
  const parts: string[] = [];
  for (const token of md.parse(source, {})) {
    if (token.type === "inline") {
      for (const child of token.children ?? []) {
        if (child.type === "text" || child.type === "code_inline") parts.push(child.content);
        else if (child.type === "softbreak" || child.type === "hardbreak") parts.push(" ");
      }
      parts.push(" ");
    } else if (token.type === "fence" || token.type === "code_block") {
      parts.push(token.content, " ");
    }
  }
  return parts.join("").replace(/\s+/g, " ").trim();
}
