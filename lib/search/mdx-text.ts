import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';

/**
 * An article's MDX body as the words a reader sees, for the search index: parsed with the MDX
 * grammar itself (micromark's mdxjs, what next-mdx-remote compiles with), so markup, JSX tags and
 * expressions never become words, while what components show as text stays in: their children,
 * and the attributes that are words on the page (a quote's `by` and `role`, a figure's
 * `caption`, `alt` and `credit`).
 */
const TEXT_ATTRIBUTES = new Set(['by', 'role', 'caption', 'alt', 'credit', 'title']);

type Node = {
  type: string;
  value?: unknown;
  children?: Node[];
  attributes?: { type: string; name?: string; value?: unknown }[];
};

const isCode = (node: Node) => node.type === 'mdxjsEsm' || node.type.endsWith('Expression');
const isJsx = (node: Node) =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** The attributes of a JSX element that are words on the page. */
function attributeWords(node: Node): string[] {
  return (node.attributes ?? []).flatMap((attribute) =>
    attribute.type === 'mdxJsxAttribute' &&
    TEXT_ATTRIBUTES.has(attribute.name ?? '') &&
    typeof attribute.value === 'string'
      ? [attribute.value]
      : [],
  );
}

/** A paragraph's or heading's words: text and code spans, never expressions. */
function inlineText(node: Node): string {
  if (isCode(node)) return '';
  if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) {
    return node.value;
  }
  return (node.children ?? []).map(inlineText).join('');
}

export function mdxToText(body: string): string {
  const tree = fromMarkdown(body, {
    extensions: [mdxjs()],
    mdastExtensions: [mdxFromMarkdown()],
  }) as Node;
  const blocks: string[] = [];
  const visit = (node: Node) => {
    if (isCode(node)) return;
    if (isJsx(node)) blocks.push(...attributeWords(node));
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      blocks.push(inlineText(node));
      // Words a component inside the line shows in its attributes.
      const inner = (n: Node): void => {
        if (isJsx(n)) blocks.push(...attributeWords(n));
        n.children?.forEach(inner);
      };
      node.children?.forEach(inner);
      return;
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return blocks
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
