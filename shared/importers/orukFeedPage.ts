import { z } from 'zod';

/**
 * One page of an ORUK feed's list endpoint, checked before its records are read. 3.0 pages
 * (schema/openapi.json, components.schemas.Page) carry `contents` and total_items,
 * total_pages, page_number, size, first_page, last_page, empty; 1.x pages (Spring's shape)
 * carry `content`, totalPages, number, last. Records must be objects with an id.
 */
const count = z.number().int().min(0).max(10_000_000);
const record = z.looseObject({ id: z.union([z.string().min(1).max(200), z.number()]) });

const page3Schema = z.looseObject({
    contents: z.array(record).max(5000),
    total_items: count.optional(),
    total_pages: count.optional(),
    page_number: count.optional(),
    size: count.optional(),
    first_page: z.boolean().optional(),
    last_page: z.boolean().optional(),
    empty: z.boolean().optional(),
});
const page1Schema = z.looseObject({
    content: z.array(record).max(5000),
    totalElements: count.optional(),
    totalPages: count.optional(),
    number: count.optional(),
    last: z.boolean().optional(),
});
/** A 3.0 page when it has `contents`, else a 1.x page; the 3.0 schema's message is the one shown. */
export const orukPageSchema = {
  safeParse(raw: unknown): { success: true; data: OrukPage } | { success: false; error: z.ZodError } {
    const isOld = typeof raw === 'object' && raw !== null && !('contents' in raw) && 'content' in raw;
    const result = isOld ? page1Schema.safeParse(raw) : page3Schema.safeParse(raw);
    return result.success ? { success: true, data: isOld ? { old: result.data as z.infer<typeof page1Schema> } : { current: result.data as z.infer<typeof page3Schema> } } : { success: false, error: result.error };
  },
};
type OrukPage = { readonly current: z.infer<typeof page3Schema> } | { readonly old: z.infer<typeof page1Schema> };

export interface FeedPageInfo {
  readonly records: readonly Record<string, unknown>[];
  readonly totalPages: number | null;
  readonly totalItems: number | null;
  /** The page says it is the last (or there is nothing on it). */
  readonly last: boolean;
}

export function pageInfo(wrapped: OrukPage, pageNumber: number): FeedPageInfo {
  if ('current' in wrapped) {
    const page = wrapped.current;
    const totalPages = page.total_pages ?? null;
    return { records: page.contents, totalPages, totalItems: page.total_items ?? null, last: page.last_page === true || page.empty === true || page.contents.length === 0 || (totalPages !== null && pageNumber >= totalPages) };
  }
  const page = wrapped.old;
  const totalPages = page.totalPages ?? null;
  return { records: page.content, totalPages, totalItems: page.totalElements ?? null, last: page.last === true || page.content.length === 0 || (totalPages !== null && pageNumber >= totalPages) };
}
