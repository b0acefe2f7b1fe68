import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Reader } from '../../src/features/workbench/reader/reader';
import { spanOfRange } from '../../src/features/workbench/reader/selection';
import type { SentenceCursor } from '../../src/features/workbench/reader/sentence-cursor';
import { paragraphsOf, sentencesOf } from '../../src/workbench/coverage';
import type { CoverageStatus, Span } from '../../src/workbench/draft-types';

/**
 * The reader's offset mapping: every character of the report is rendered at a known offset, so a
 * selection in the page — starting or ending inside a highlighted effort, a figure, between
 * paragraphs or outside the reader — is the exact span of the text it shows.
 */
const TEXT =
  '标题：攀枝花在行动\n\n近期,攀枝花市突发疫情。累计参与300余人次。\n\n捐资16.8万元。9月3日至4日,志愿者奔赴社区。\n';
const at = (words: string): Span => {
  const start = TEXT.indexOf(words);
  if (start < 0) throw new Error(`not in the text: ${words}`);
  return { start, end: start + words.length };
};
const EFFORT = at('累计参与300余人次。');
const FIGURES: Array<{ span: Span; status: CoverageStatus }> = [
  { span: at('300余人次'), status: 'covered' },
  { span: at('16.8万元'), status: 'open' },
];

function Harness({
  onNewEffort = () => undefined,
  onOpenEffort = () => undefined,
}: {
  onNewEffort?: (span: Span) => void;
  onOpenEffort?: (id: string) => void;
}): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const [cursor, setCursor] = useState<SentenceCursor | null>(null);
  return (
    <>
      <h2 data-testid="before">上面的标题</h2>
      <Reader
        text={TEXT}
        paragraphs={paragraphsOf(TEXT)}
        sentences={sentencesOf(TEXT)}
        efforts={[{ id: 'e-1', span: EFFORT }]}
        figures={FIGURES}
        selectedEffort={null}
        cursor={cursor}
        onCursor={setCursor}
        onNewEffort={onNewEffort}
        onOpenEffort={onOpenEffort}
        lang="zh"
        readerRef={ref}
      />
      <p data-testid="after">下面的文字</p>
    </>
  );
}

/** The text node of the run that holds `offset`, and the offset inside it. */
function point(root: HTMLElement, offset: number): [Text, number] {
  for (const el of root.querySelectorAll<HTMLElement>('.wb-run')) {
    const start = Number(el.dataset.start);
    if (start <= offset && offset < Number(el.dataset.end)) return [el.firstChild as Text, offset - start];
  }
  throw new Error(`no run at ${offset}`);
}

function rangeOf(root: HTMLElement, span: Span): Range {
  const r = document.createRange();
  r.setStart(...point(root, span.start));
  // The end is exclusive: the boundary after the last character, in that character's run.
  const [node, off] = point(root, span.end - 1);
  r.setEnd(node, off + 1);
  return r;
}

const reader = (): HTMLElement => screen.getByTestId('wb-reader');
const quoted = (span: Span | null): string | null => (span ? TEXT.slice(span.start, span.end) : null);

describe('the workbench reader', () => {
  it('renders every character once, each run at its offsets', () => {
    render(<Harness />);
    const runs = [...reader().querySelectorAll<HTMLElement>('.wb-run')];
    for (const run of runs) {
      expect(run.textContent).toBe(TEXT.slice(Number(run.dataset.start), Number(run.dataset.end)));
    }
    // Paragraph by paragraph, the runs tile the paragraph without gap or overlap.
    for (const p of paragraphsOf(TEXT)) {
      const inside = runs.filter((r) => Number(r.dataset.start) >= p.start && Number(r.dataset.end) <= p.end);
      expect(inside.map((r) => r.textContent).join('')).toBe(TEXT.slice(p.start, p.end));
    }
    // The effort is a highlight, the figures are marked by status.
    expect(reader().querySelector('mark')?.textContent).toBe('累计参与');
    expect(reader().querySelector('.wb-run--covered')?.textContent).toBe('300余人次');
    expect(reader().querySelector('.wb-run--open')?.textContent).toBe('16.8万元');
  });

  it('maps a selection inside, across and out of highlighted runs to the exact span', () => {
    render(<Harness />);
    const root = reader();
    for (const words of [
      '累计参与300余人次。', // starts and ends inside the effort's highlight
      '攀枝花市突发疫情。累计参与300', // ends inside a figure inside the highlight
      '余人次。', // starts inside the figure
      '16.8万元', // exactly one figure
      '近期,攀枝花市突发疫情。累计参与300余人次。\n\n捐资16.8万元', // across paragraphs
      '4日,志愿者', // plain text
    ]) {
      expect(quoted(spanOfRange(root, rangeOf(root, at(words)), TEXT))).toBe(words);
    }
  });

  it('reads boundaries on elements (paragraphs, runs) as the offsets of what they hold', () => {
    render(<Harness />);
    const root = reader();
    const [, second, third] = [...root.querySelectorAll('p')];
    const r = document.createRange();
    r.setStart(second!, 0);
    r.setEnd(third!, 0);
    // To the start of the next paragraph; the white space between them is left out.
    expect(quoted(spanOfRange(root, r, TEXT))).toBe('近期,攀枝花市突发疫情。累计参与300余人次。');
    r.setStart(second!, second!.childNodes.length);
    r.setEnd(third!, third!.childNodes.length);
    expect(quoted(spanOfRange(root, r, TEXT))).toBe('捐资16.8万元。9月3日至4日,志愿者奔赴社区。');
    const mark = root.querySelector('mark')!;
    r.selectNode(mark);
    expect(quoted(spanOfRange(root, r, TEXT))).toBe('累计参与');
  });

  it('clamps a selection that begins or ends outside the reader, and ignores one elsewhere', () => {
    render(<Harness />);
    const root = reader();
    const r = document.createRange();
    r.setStart(screen.getByTestId('before').firstChild!, 1);
    r.setEnd(...point(root, at('突发').end));
    expect(quoted(spanOfRange(root, r, TEXT))).toBe('标题：攀枝花在行动\n\n近期,攀枝花市突发');
    r.setStart(...point(root, at('志愿者').start));
    r.setEnd(screen.getByTestId('after').firstChild!, 2);
    expect(quoted(spanOfRange(root, r, TEXT))).toBe('志愿者奔赴社区。');
    r.selectNodeContents(screen.getByTestId('after'));
    expect(spanOfRange(root, r, TEXT)).toBeNull();
    r.setStart(...point(root, 3));
    r.collapse(true);
    expect(spanOfRange(root, r, TEXT)).toBeNull();
  });

  it('moves a sentence cursor with the keyboard, extends it with Shift and makes an effort with Enter', async () => {
    const onNewEffort = vi.fn();
    render(<Harness onNewEffort={onNewEffort} />);
    const user = userEvent.setup();
    reader().focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByTestId('wb-announce')).toHaveTextContent('第 1 句，共 5 句：标题：攀枝花在行动');
    await user.keyboard('j');
    await user.keyboard('{Shift>}{ArrowDown}{/Shift}');
    expect(screen.getByTestId('wb-announce')).toHaveTextContent(
      '第 2–3 句，共 5 句：近期,攀枝花市突发疫情。累计参与300余人次。 （已在行动 e-1 中） 含 1 个数字，0 个未处理',
    );
    expect([...reader().querySelectorAll('.wb-run--cursor')].map((r) => r.textContent).join('')).toBe(
      '近期,攀枝花市突发疫情。累计参与300余人次。',
    );
    await user.keyboard('k');
    await user.keyboard('{Enter}');
    expect(onNewEffort).toHaveBeenCalledWith(at('近期,攀枝花市突发疫情。'));
  });

  it('opens an effort when its highlight is clicked', async () => {
    const onOpenEffort = vi.fn();
    render(<Harness onOpenEffort={onOpenEffort} />);
    await userEvent.setup().click(reader().querySelector('mark')!);
    expect(onOpenEffort).toHaveBeenCalledWith('e-1');
  });
});
