import { describe, expect, it } from "vitest";
import { markdownToText, renderMarkdown } from "./render";

// Known payloads from the OWASP XSS filter evasion cheat sheet and common Markdown-specific ones.
const payloads = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "<svg/onload=alert(1)>",
  "<iframe src=\"javascript:alert(1)\"></iframe>",
  "[click](javascript:alert(1))",
  "[click](JaVaScRiPt:alert(1))",
  "[click](  javascript:alert(1))",
  "[click](java&#09;script:alert(1))",
  "[click](&#106;avascript:alert(1))",
  "[click](vbscript:msgbox(1))",
  "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "![x](javascript:alert(1))",
  "![x](https://example.org/x.png\" onerror=\"alert(1))",
  "[a](https://example.org\" onmouseover=\"alert(1))",
  "<a href=\"javascript:alert(1)\">x</a>",
  "<details open ontoggle=alert(1)>",
  "<body onload=alert(1)>",
  "<style>@import 'javascript:alert(1)';</style>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  "[x](//evil.example/)",
  "<<script>script>alert(1)<</script>/script>",
  "`<script>alert(1)</script>`",
  "```html\n<script>alert(1)</script>\n```",
  "<div style=\"background:url(javascript:alert(1))\">x</div>",
];

/** Whatever the payload, the HTML holds no live tag or attribute that can run code. */
function assertInert(html: string) {
  expect(html).not.toMatch(/<\s*(script|iframe|svg|img|style|body|details|math|object|embed|div|a\s[^>]*href="(?!https?:|mailto:|\/|#))/i);
  expect(html).not.toMatch(/<[^>]+\son\w+\s*=/i);
  expect(html).not.toMatch(/href="\s*(javascript|vbscript|data):/i);
  expect(html).not.toMatch(/href="\/\//);
}

describe("renderMarkdown", () => {
  it.each(payloads)("neutralises %s", (payload) => {
    assertInert(renderMarkdown(payload));
    assertInert(renderMarkdown(`Some text before\n\n${payload}\n\nand after **bold**`));
  });

  it("keeps raw HTML as visible text", () => {
    expect(renderMarkdown("<script>alert(1)</script>")).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("renders ordinary Markdown and marks links as user content", () => {
    const html = renderMarkdown("# Title\n\n**Bold** and a [link](https://c40.org/) and https://iclei.org\n\n- one\n- two");
    expect(html).toContain("<h1>Title</h1>");
    expect(html).toContain("<strong>Bold</strong>");
    expect(html).toContain('<a href="https://c40.org/" rel="nofollow ugc noopener" target="_blank">link</a>');
    expect(html).toContain('href="https://iclei.org" rel="nofollow ugc noopener"');
    expect(html).toContain("<li>one</li>");
  });

  it("does not render images (no tracking pixels, no image-borne payloads)", () => {
    expect(renderMarkdown("![alt](https://example.org/x.png)")).not.toContain("<img");
  });
});

describe("markdownToText", () => {
  it("drops the markup and keeps the words", () => {
    expect(markdownToText("# Title\n\n**Bold** [link](https://x.org) `code`\n\n- a\n- b")).toBe("Title Bold link code a b");
  });
});
