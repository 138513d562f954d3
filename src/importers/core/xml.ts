/**
 * XML to a DOM tree (domhandler's, as the HTML reader uses), through htmlparser2 in XML mode: one parser
 * that runs in Node and in the browser. htmlparser2 forgives broken markup, which would let a file cut
 * off halfway import half its events without a word; so an element that is closed only by the end of the
 * file, or by the end tag of an element around it, makes the file "broken", with the line where it is.
 */
import { Parser, type Handler } from 'htmlparser2';
import { DomHandler, isTag, isText, isCDATA, type ChildNode, type Document, type Element } from 'domhandler';

export type XmlResult =
  | { readonly ok: true; readonly document: Document }
  | { readonly ok: false; readonly error: string; readonly line: number };

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Elements nest this deep at most. A schedule nests about six levels; a file nested 200,000 deep cost the
 * parser time that grows with the square of its depth, so it is refused at once.
 */
export const MAX_XML_DEPTH = 256;

/** The parser's events that go to the tree builder as they are. */
function passedThrough(handler: DomHandler): Partial<Handler> {
  return {
    ontext: (data) => {
      handler.ontext(data);
    },
    oncomment: (data) => {
      handler.oncomment(data);
    },
    oncommentend: () => {
      handler.oncommentend();
    },
    oncdatastart: () => {
      handler.oncdatastart();
    },
    oncdataend: () => {
      handler.oncdataend();
    },
    onprocessinginstruction: (name, data) => {
      handler.onprocessinginstruction(name, data);
    },
    onparserinit: (p) => {
      handler.onparserinit(p);
    },
    onreset: () => {
      handler.onreset();
    },
    onend: () => {
      handler.onend();
    },
  };
}

export function parseXml(text: string): XmlResult {
  const handler = new DomHandler(undefined, { withStartIndices: true, xmlMode: true });
  const state: { problem: { message: string; index: number } | null; depth: number } = { problem: null, depth: 0 };
  const parser = new Parser(
    {
      onopentag: (name, attribs) => {
        if (++state.depth > MAX_XML_DEPTH) {
          state.problem ??= {
            message: `elements are nested more than ${String(MAX_XML_DEPTH)} deep, which no schedule is`,
            index: parser.startIndex,
          };
          parser.pause();
          return;
        }
        handler.onopentag(name, attribs);
      },
      onclosetag: (name, isImplied) => {
        state.depth--;
        // htmlparser2 calls a self-closing element's close implied too; it is the one that ends in "/>".
        const selfClosing = text.slice(parser.endIndex - 1, parser.endIndex + 1) === '/>';
        if (isImplied && !selfClosing) {
          state.problem ??= {
            message: `the element <${name}> is never closed (is the file cut off?)`,
            index: parser.startIndex,
          };
        }
        handler.onclosetag();
      },
      ...passedThrough(handler),
      onerror: (error) => {
        state.problem ??= { message: error.message, index: parser.startIndex };
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(text);
  const { problem } = state;
  if (problem !== null) return { ok: false, error: problem.message, line: lineAt(text, problem.index) };
  return { ok: true, document: handler.root };
}

/** The child elements of `element` named `name` (XML names are case-sensitive). */
export function childElements(element: Element | Document, name?: string): Element[] {
  return element.children.filter(
    (child): child is Element => isTag(child) && (name === undefined || child.name === name),
  );
}

export function childElement(element: Element, name: string): Element | undefined {
  return childElements(element, name)[0];
}

/** The text of an element, CDATA included, as written (entities decoded). */
export function textOf(node: ChildNode | undefined): string {
  if (!node) return '';
  if (isText(node)) return node.data;
  if (isCDATA(node) || isTag(node)) {
    let text = '';
    // Iterative: nesting depth is the file's to choose.
    const stack: ChildNode[] = [...node.children].reverse();
    for (let next = stack.pop(); next; next = stack.pop()) {
      if (isText(next)) text += next.data;
      else if (isTag(next) || isCDATA(next)) stack.push(...[...next.children].reverse());
    }
    return text;
  }
  return '';
}

/** The text of the child element `name`, trimmed; undefined when there is none or it is empty. */
export function childText(element: Element, name: string): string | undefined {
  const text = textOf(childElement(element, name)).trim();
  return text === '' ? undefined : text;
}
