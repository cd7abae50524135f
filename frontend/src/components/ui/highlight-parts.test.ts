import { describe, expect, it } from 'vitest';
import { highlightParts } from '@/components/ui/highlight-parts';

describe('highlightParts', () => {
  it('marks what the search engine put in <em>', () => {
    expect(highlightParts('<em>In</em>ky the <em>brave</em>')).toEqual([
      { text: 'In', marked: true },
      { text: 'ky the ', marked: false },
      { text: 'brave', marked: true },
    ]);
  });

  it('keeps any other markup as plain text', () => {
    expect(highlightParts('<img src=x onerror=alert(1)> &lt;b&gt;')).toEqual([
      { text: '<img src=x onerror=alert(1)> <b>', marked: false },
    ]);
  });
});
