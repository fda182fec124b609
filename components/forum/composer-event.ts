// Quote and reply buttons on posts talk to the composer through this window event. It lives apart
// from the composer so the buttons need not import it (and the Markdown preview it carries).
export const COMPOSER_EVENT = "forum:compose";
export type ComposeDetail = { replyTo: { id: string; number: number; author: string }; quote?: string };
