import { parseConfigText } from "../../src/config/parse.js";
import { parseCommand } from "../../src/domain/commands/parse-command.js";
import { plainText } from "../../src/domain/expectations/inline.js";
import { parseExpectations } from "../../src/domain/expectations/parse.js";
import { findCodeLinks } from "../../src/domain/replies/code-links.js";
import { mergeReplies } from "../../src/domain/replies/merge-replies.js";
import { parseReply } from "../../src/domain/replies/parse-reply.js";
import { visibleLines } from "../../src/domain/replies/visible-lines.js";
import { adversarialShapes, configShapes, SIZE, yamlShapes, type Shape } from "./shapes.js";

/** The repository a reply is read in. */
const CONTEXT = { owner: "cosmas-o", repo: "django-blog" };
/** A config as large as a learner could commit and GitHub would serve: 5 MB. */
const BIG_CONFIG = 5 * 1024 * 1024;
/** The longest config the parser reads (MAX_CONFIG_CHARS in src/config/parse.ts). */
const CONFIG_SIZE = 8_192;

export interface AdversarialParser {
  name: string;
  run: (text: string) => unknown;
  shapes: () => Shape[];
}

/** Every parser of learner-controlled text, each with the shapes it is timed on. */
export const PARSERS: AdversarialParser[] = [
  { name: "expectations", run: parseExpectations, shapes: adversarialShapes },
  { name: "inline (plainText)", run: plainText, shapes: adversarialShapes },
  {
    name: "replies",
    // Two replies merged, as a week with an edited reply reads them.
    run: (text) => {
      const reply = parseReply(text, CONTEXT);
      return mergeReplies([reply, reply]);
    },
    shapes: adversarialShapes,
  },
  {
    name: "code links",
    // Every line in the Code section, where the short forms count too.
    run: (text) => findCodeLinks({ code: visibleLines(text) }, CONTEXT),
    shapes: adversarialShapes,
  },
  { name: "commands", run: parseCommand, shapes: adversarialShapes },
  {
    name: "config",
    run: parseConfigText,
    // Every shape as long as a config may be, and the config shapes as long as a body.
    shapes: () => [
      ...[...adversarialShapes(), ...configShapes(CONFIG_SIZE), ...yamlShapes(CONFIG_SIZE)].map(
        (shape) => ({ ...shape, text: shape.text.slice(0, CONFIG_SIZE) }),
      ),
      ...[...configShapes(SIZE), ...yamlShapes(SIZE)].map((shape) => ({
        ...shape,
        name: `${shape.name} (65,536 characters)`,
      })),
    ],
  },
  {
    name: "config (5 MB)",
    run: parseConfigText,
    shapes: () => configShapes(BIG_CONFIG),
  },
];
