/**
 * How deeply a JSON text nests, found without parsing it (a loop over the characters, no recursion):
 * JSON.parse, zod and JSON.stringify all recurse, and a file nested thousands of levels deep overflowed
 * the stack somewhere between reading and answering (a 5,000-level array made project.read never
 * answer). Files LayerLoom writes nest a few levels; anything deeper is refused with a clear message.
 */

/** Project files nest 5 levels (project.graph.nodes[i].params); this leaves room for hand-written extras. */
export const MAX_JSON_DEPTH = 64;

export interface JsonDepth {
  /** The deepest nesting of arrays and objects. */
  readonly depth: number;
  /** Where that depth was first exceeded (a character offset), when `limit` was. */
  readonly at?: number;
}

/** The nesting depth of a JSON text, stopping at the first point deeper than `limit`. */
export function jsonDepth(text: string, limit = Infinity): JsonDepth {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) {
      inString = true;
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (depth > limit) return { depth, at: i };
    } else if (c === 93 /* ] */ || c === 125 /* } */) {
      depth--;
    }
  }
  return { depth: deepest };
}

/** Throws `make(message)` when the text nests deeper than `limit`. */
export function checkJsonDepth(text: string, make: (message: string) => Error, limit = MAX_JSON_DEPTH): void {
  const d = jsonDepth(text, limit);
  if (d.at === undefined) return;
  throw make(`it nests more than ${limit} levels deep (arrays or objects inside each other, from character ${d.at}); LayerLoom's files nest a few levels, so this one is damaged or is not a LayerLoom file`);
}
