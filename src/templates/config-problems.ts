import { problemText, type ConfigProblem } from "../config/problems.js";
import type { SettingReference } from "../config/reference.js";
import { renderMarker } from "../domain/marker.js";
import { problemItem } from "./problem-line.js";
import { escapeText } from "./weekly/escape.js";

export interface ConfigProblemsView {
  problems: ConfigProblem[];
  /** Link to the config file on GitHub. */
  fileUrl: string;
  /** Every setting, with its example: the reference, folded at the end of the issue. */
  reference: readonly SettingReference[];
}

/** The config reference as a folded list: each setting, what it does, an example. */
function referenceDetails(reference: readonly SettingReference[]): string[] {
  return [
    "<details><summary>Every setting, with an example</summary>",
    "",
    ...reference.map((setting) => {
      const example = setting.example === undefined ? "" : ` For example \`${setting.example}\`.`;
      return `- \`${setting.path}\`: ${escapeText(setting.description)}${example}`;
    }),
    "",
    "</details>",
  ];
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
      "Fix it and push: I'll check again and close this issue. Every setting, with an example, is listed below.",
      "",
      ...referenceDetails(view.reference),
      "",
      // What is wrong, without the examples: the same problems are never reported twice.
      renderMarker({ kind: "config-problems", problems: view.problems.map(problemText) }),
    ].join("\n"),
  };
}

export const CONFIG_FIXED_COMMENT = [
  "Thanks, `.github/checkpoint.yml` reads cleanly now. Closing this; weekly issues carry on as configured.",
  "",
  renderMarker({ kind: "config-fixed" }),
].join("\n");
