import { filesChanged, type RepoFileChange } from "./changes.js";
import { isOtherDoc, isRootReadme } from "./classify-paths.js";
import type { FileEvidence } from "./evidence.js";

/** Documentation work in the week's net changes. */
export interface DocsMeasures {
  /** The root README (`README*` at the repository root), when the week added, edited or renamed it. */
  readme: FileEvidence[];
  /** Other documentation: `docs/`, `*.md`/`*.rst` files and subfolder READMEs, outside tests. */
  otherDocs: FileEvidence[];
}

/** README and documentation changes; the two lists never share a file. */
export function measureDocs(changes: readonly RepoFileChange[]): DocsMeasures {
  return {
    readme: filesChanged(changes, isRootReadme),
    otherDocs: filesChanged(changes, isOtherDoc),
  };
}
