// @vitest-environment happy-dom
// Options → My library, with the background answered by the test: the names
// the reader tracks (edited, refused with a reason, stopped), and the
// library's export and import with what happened.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { TopicName } from '../../../lib/knowledge/types';
import { lt } from '../../../lib/library/strings';
import { fail, ok } from '../../../lib/messaging/reply';
import { LibraryTransfer } from '../../../lib/ui/options/LibraryTransfer';
import { TrackedNames } from '../../../lib/ui/options/TrackedNames';
import { until } from '../until';

const fake = vi.hoisted(() => ({
  sent: [] as { type: string; request: Record<string, unknown> }[],
  replies: new Map<string, (request: Record<string, unknown>) => unknown>(),
}));

vi.mock('../../../lib/messaging/channel', () => ({
  sendToBackground: (type: string, request: Record<string, unknown>) => {
    fake.sent.push({ type, request });
    const reply = fake.replies.get(type);
    return Promise.resolve(reply ? reply(request) : fail('failed', `no reply for ${type}`));
  },
}));

function tracked(id: string, en: string, aliases: string[]): TopicName {
  return { id, kind: 'person', name: { ar: `ع ${en}`, en }, aliases, exclude: [], marked: true };
}

let root: HTMLElement;

beforeEach(() => {
  fake.sent = [];
  fake.replies.clear();
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

const texts = (selector: string) => [...root.querySelectorAll(selector)].map((el) => el.textContent);
const sentOf = (type: string) => fake.sent.filter((m) => m.type === type).map((m) => m.request);

describe('TrackedNames', () => {
  let topics: TopicName[];

  beforeEach(() => {
    topics = [tracked('mine-a', 'Nova Quenlin', ['Nova Quenlin', 'Quenlin']), tracked('mine-b', 'Melbrook', [])];
    fake.replies.set('siyaq:library-topics', () => ok(topics));
    fake.replies.set('siyaq:library-topic-update', (request) => {
      topics = topics.map((t) => (t.id === request.id ? { ...t, aliases: request.names as string[] } : t));
      return ok(topics);
    });
    fake.replies.set('siyaq:library-topic-delete', (request) => {
      topics = topics.filter((t) => t.id !== request.id);
      return ok(topics);
    });
  });

  it('lists each tracked name with its names one per line, in the interface language', async () => {
    render(<TrackedNames lang="en" version={0} />, root);
    await until(() => root.querySelectorAll('.library__topic').length === 2);
    expect(texts('#siyaq-tracked-title')).toEqual([lt('en', 'libraryTopics')]);
    expect(texts('.library__topic .library__title')).toEqual(['Nova Quenlin', 'Melbrook']);
    const areas = [...root.querySelectorAll('textarea')];
    expect(areas.map((a) => a.value)).toEqual(['Nova Quenlin\nQuenlin', '']);
    expect(areas.map((a) => a.getAttribute('rows'))).toEqual(['3', '1']);
    expect(root.querySelector('.library__problem')).toBeNull();
    render(<TrackedNames lang="ar" version={0} />, root);
    await until(() => texts('.library__topic .library__title')[0] === 'ع Nova Quenlin');
  });

  it('shows at most six lines of names', async () => {
    topics = [tracked('mine-a', 'Many', ['a', 'b', 'c', 'd', 'e', 'f', 'g'])];
    render(<TrackedNames lang="en" version={0} />, root);
    await until(() => root.querySelector('textarea'));
    expect(root.querySelector('textarea')!.getAttribute('rows')).toBe('6');
  });

  it('says when nothing is tracked, and asks again when the library changes', async () => {
    topics = [];
    render(<TrackedNames lang="en" version={0} />, root);
    await until(() => root.querySelector('.library__empty'));
    expect(texts('.library__empty')).toEqual([lt('en', 'libraryTopicsEmpty')]);
    expect(root.querySelector('#siyaq-tracked-list')).toBeNull();
    topics = [tracked('mine-b', 'Melbrook', [])];
    render(<TrackedNames lang="en" version={0} />, root);
    render(<TrackedNames lang="en" version={1} />, root);
    await until(() => root.querySelector('#siyaq-tracked-list'));
    expect(sentOf('siyaq:library-topics')).toHaveLength(2);
  });

  it('saves the names as typed, one a line, blank lines and spaces dropped; saves nothing for no names', async () => {
    render(<TrackedNames lang="en" version={0} />, root);
    await until(() => root.querySelector('textarea'));
    const area = root.querySelector('textarea')!;
    area.value = '  Nova Quenlin \n\n Quenlin\nN. Quenlin  \n';
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await until(() => sentOf('siyaq:library-topic-update').length === 1);
    expect(sentOf('siyaq:library-topic-update')).toEqual([{ id: 'mine-a', names: ['Nova Quenlin', 'Quenlin', 'N. Quenlin'] }]);
    // The list comes back from the background as saved.
    await until(() => root.querySelector('textarea')!.defaultValue === 'Nova Quenlin\nQuenlin\nN. Quenlin');
    const blank = root.querySelectorAll('textarea')[1]!;
    blank.value = ' \n ';
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    root.querySelectorAll('form')[1]!.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sentOf('siyaq:library-topic-update')).toHaveLength(1);
  });

  it('says why names were refused, and clears that once they are saved', async () => {
    render(<TrackedNames lang="en" version={0} />, root);
    await until(() => root.querySelector('textarea'));
    fake.replies.set('siyaq:library-topic-update', () => fail('refused', 'too short', { key: 'too-short', args: [] }));
    root.querySelector('textarea')!.value = 'Q';
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await until(() => root.querySelector('.library__problem'));
    const problem = root.querySelector('.library__problem')!;
    expect(problem.getAttribute('role')).toBe('alert');
    expect(problem.getAttribute('data-reason')).toBe('too-short');
    expect(problem.textContent).toBe(lt('en', 'libraryTopicRefused', lt('en', 'trackTooShort')));
    // The list stays as it was.
    expect(root.querySelectorAll('.library__topic')).toHaveLength(2);
    root.querySelector<HTMLButtonElement>('.library__delete')!.click();
    await until(() => root.querySelectorAll('.library__topic').length === 1);
    expect(sentOf('siyaq:library-topic-delete')).toEqual([{ id: 'mine-a' }]);
    expect(root.querySelector('.library__problem')).toBeNull();
  });
});

describe('LibraryTransfer', () => {
  it('exports the library as a dated .siyaq file', async () => {
    fake.replies.set('siyaq:library-export', () => ok('{"library":1}'));
    const made: Blob[] = [];
    const revoked: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (made.push(blob as Blob), 'blob:siyaq/1'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => revoked.push(url));
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    vi.useFakeTimers({ toFake: ['setTimeout', 'Date'] });
    vi.setSystemTime(new Date('2026-11-30T05:00:00Z'));
    try {
      render(<LibraryTransfer lang="en" onImported={vi.fn()} />, root);
      const button = root.querySelector<HTMLButtonElement>('#siyaq-library-export')!;
      expect(button.textContent).toBe(lt('en', 'libraryExport'));
      button.click();
      // The reply is already there: a few turns of the microtask queue, no timer.
      for (let i = 0; i < 50 && clicked.length === 0; i++) await Promise.resolve();
      expect(clicked).toHaveLength(1);
      expect(clicked[0]!.download).toBe('siyaq-library-2026-11-30.siyaq');
      expect(clicked[0]!.getAttribute('href')).toBe('blob:siyaq/1');
      expect(made[0]!.type).toBe('application/octet-stream');
      expect(await made[0]!.text()).toBe('{"library":1}');
      vi.advanceTimersByTime(9_999);
      expect(revoked).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(revoked).toEqual(['blob:siyaq/1']);
    } finally {
      vi.useRealTimers();
    }
    expect(root.querySelector('[role]')).toBeNull();
  });

  it('says when the export failed', async () => {
    fake.replies.set('siyaq:library-export', () => fail('unreachable', 'restarting'));
    render(<LibraryTransfer lang="en" onImported={vi.fn()} />, root);
    root.querySelector<HTMLButtonElement>('#siyaq-library-export')!.click();
    await until(() => root.querySelector('[role="alert"]'));
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.className).toBe('library__problem');
    expect(alert.getAttribute('data-reason')).toBe('unreachable');
  });

  function choose(file: File | null) {
    const input = root.querySelector<HTMLInputElement>('#siyaq-library-import')!;
    Object.defineProperty(input, 'files', { configurable: true, value: file ? [file] : [] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    return input;
  }

  it('imports a chosen file, says how many came in, and tells the library to look again', async () => {
    fake.replies.set('siyaq:library-import', () => ok({ added: 2, updated: 1, unchanged: 3, topics: 0 }));
    const onImported = vi.fn();
    render(<LibraryTransfer lang="en" onImported={onImported} />, root);
    expect(root.querySelector('#siyaq-library-import')!.getAttribute('accept')).toBe('.siyaq');
    const input = choose(new File(['{"file":1}'], 'mine.siyaq'));
    await until(() => root.querySelector('[role="status"]'));
    expect(sentOf('siyaq:library-import')).toEqual([{ text: '{"file":1}' }]);
    const status = root.querySelector('[role="status"]')!;
    expect(status.className).toBe('library__status');
    expect(status.textContent).toBe(lt('en', 'libraryImported', 2, 1, 3));
    expect(onImported).toHaveBeenCalledOnce();
    expect(input.value).toBe('');
  });

  it('says which file was not imported and why, with the validator’s words apart', async () => {
    fake.replies.set('siyaq:library-import', () =>
      fail('bad-request', 'bad file', { key: 'invalid', args: ['articles[0].title', 'is missing'] }),
    );
    const onImported = vi.fn();
    render(<LibraryTransfer lang="en" onImported={onImported} />, root);
    choose(new File(['{}'], 'broken.siyaq'));
    await until(() => root.querySelector('[role="alert"]'));
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.getAttribute('data-reason')).toBe('invalid');
    const [text, technical] = [...alert.querySelectorAll('p')].map((p) => p.textContent);
    expect(text).toContain('“broken.siyaq”');
    expect(technical).toBe('articles[0].title is missing');
    expect(alert.querySelector('code')!.getAttribute('dir')).toBe('ltr');
    expect(onImported).not.toHaveBeenCalled();
    // A reason without technical words has one line.
    fake.replies.set('siyaq:library-import', () => fail('refused', 'pack', { key: 'not-a-library', args: ['حزمة', 'A pack'] }));
    choose(new File(['{}'], 'pack.siyaq'));
    await until(() => root.querySelector('[role="alert"]')?.getAttribute('data-reason') === 'not-a-library');
    expect(root.querySelectorAll('[role="alert"] p')).toHaveLength(1);
  });

  it('does nothing when no file was chosen', async () => {
    render(<LibraryTransfer lang="en" onImported={vi.fn()} />, root);
    choose(null);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.sent).toEqual([]);
  });
});
