// The background's search index, kept off the keystroke path: built (a slice
// at a time, so the background keeps answering) as soon as the knowledge is
// loaded or replaced, and changed in place when articles are added or
// removed, instead of rebuilt on the first search after a change.
import type { Article, DetailsIndex, NamesIndex } from '../knowledge/types';
import { SearchIndex } from './search-index';

/** Articles added (or replaced, same id) and removed, in that order. */
export interface ArticleDelta {
  put: readonly Article[];
  remove: readonly string[];
}

interface Source {
  names: NamesIndex;
  details: DetailsIndex;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class SearchKeeper {
  private current: { source: Source; index: Promise<SearchIndex> } | null = null;

  constructor(private readonly pause: () => Promise<void> = nextTask) {}

  /** The index of this knowledge, started now unless it is the one already kept. */
  index(source: Source): Promise<SearchIndex> {
    if (this.current?.source !== source) {
      // A snapshot of the article list: changes made meanwhile arrive as deltas, after the build.
      const details = { ...source.details, articles: [...source.details.articles] };
      this.current = { source, index: SearchIndex.build(source.names, details, this.pause) };
    }
    return this.current.index;
  }

  /** Applies a change the knowledge `source` has just had in place; ignored if another knowledge is kept. */
  apply(source: Source, delta: ArticleDelta): void {
    const current = this.current;
    if (current?.source !== source) return;
    current.index = current.index.then((index) => {
      for (const article of delta.put) index.addArticle(article);
      for (const id of delta.remove) index.removeArticle(id);
      return index;
    });
  }
}
