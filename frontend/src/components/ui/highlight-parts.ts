const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

/**
 * Splits a search highlight into plain and `<em>`-marked parts. Nothing in it is ever treated as
 * HTML: `<em>` and `</em>` are the only markup recognised, everything else is text.
 */
export function highlightParts(highlight: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  const pattern = /<em>([\s\S]*?)<\/em>/g;
  let last = 0;
  for (let match = pattern.exec(highlight); match !== null; match = pattern.exec(highlight)) {
    if (match.index > last)
      parts.push({ text: decode(highlight.slice(last, match.index)), marked: false });
    parts.push({ text: decode(match[1] ?? ''), marked: true });
    last = match.index + match[0].length;
  }
  if (last < highlight.length) parts.push({ text: decode(highlight.slice(last)), marked: false });
  return parts;
}

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}
