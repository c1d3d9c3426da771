import { renderMarker } from "../domain/marker.js";
import { problemItem } from "./problem-line.js";

export interface ConfigProblemsView {
  /** `path: message` lines, as `checkpoint validate` prints them. */
  problems: string[];
  /** Link to the config file on GitHub. */
  fileUrl: string;
}

/** The issue that tells a learner their config cannot be read, and exactly where. */
export function configProblemsIssue(view: ConfigProblemsView): { title: string; body: string } {
  const count = view.problems.length;
  return {
    title: "Checkpoint can't read .github/checkpoint.yml",
    body: [
      `I tried to read your [\`.github/checkpoint.yml\`](${view.fileUrl}) and found ${count === 1 ? "one thing" : `${count} things`} to fix:`,
      "",
      ...view.problems.map(problemItem),
      "",
      "Weekly issues wait until the file reads cleanly; nothing you did is lost in the meantime.",
      "Fix it and push: I'll check again and close this issue. The config reference lists every field.",
      "",
      renderMarker({ kind: "config-problems", problems: view.problems }),
    ].join("\n"),
  };
}

export const CONFIG_FIXED_COMMENT = [
  "Thanks, `.github/checkpoint.yml` reads cleanly now. Closing this; weekly issues carry on as configured.",
  "",
  renderMarker({ kind: "config-fixed" }),
].join("\n");
