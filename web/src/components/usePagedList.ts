import { useEffect, useState, type Dispatch, type SetStateAction } from "react";

/** A list loaded page by page, newest first, each next page asked for with ?before=<id of the last item>. */
export interface PagedList<T> {
  items: T[];
  setItems: Dispatch<SetStateAction<T[]>>;
  loading: boolean;
  error: unknown;
  setError: (error: unknown) => void;
  /** The last page was shorter than a full page: there is nothing older. */
  atEnd: boolean;
  /** Loads the page after the last item (the first page when the list is empty). */
  loadMore: () => Promise<void>;
}

/** Loads the first page on mount; `fetchPage(before)` returns at most `pageSize` items older than `before`. */
export function usePagedList<T extends { id: number | string }>(
  pageSize: number,
  fetchPage: (before?: T["id"]) => Promise<T[]>,
): PagedList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [atEnd, setAtEnd] = useState(false);

  const loadPage = async (before?: T["id"]) => {
    setLoading(true);
    setError(null);
    try {
      const page = await fetchPage(before);
      setItems((previous) => (before === undefined ? page : [...previous, ...page]));
      setAtEnd(page.length < pageSize);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    void loadPage();
    // Loads once on mount; later pages come from loadMore.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const loadMore = () => loadPage(items[items.length - 1]?.id);
  return { items, setItems, loading, error, setError, atEnd, loadMore };
}
