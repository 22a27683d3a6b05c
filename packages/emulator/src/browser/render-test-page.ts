import type { Session } from "../auth/session-registry.js";

/** The path the test page loads its script from. */
export const pageScriptPath = "/__emulator/page-script.js";

/** An HTML page that, like a kintone page, offers `kintone.getRequestToken()` and loads the script. */
export function renderTestPage(session: Session, withScript: boolean): string {
  const token = JSON.stringify(session.requestToken);
  return [
    "<!DOCTYPE html>",
    '<html><head><meta charset="utf-8"><title>kintone emulator test page</title>',
    `<script>window.kintone = { getRequestToken: () => ${token} };</script>`,
    withScript ? `<script src="${pageScriptPath}"></script>` : "",
    "</head><body><p>Signed in to the kintone emulator.</p></body></html>",
  ].join("\n");
}
