// Search terms in SQL. The words come finished from segment.ts and go in as lexemes, untouched by
// PostgreSQL's text search parser (array_to_tsvector, a quoted tsquery): the parser would split
// them again, and with a non-UTF-8 locale it would drop Chinese altogether. Equivalent to
// to_tsvector('simple', <the words joined by spaces>) where that parser keeps every word whole.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { queryTerms, searchTerms, type QueryTerms } from './segment';

/** The tsvector of a text's search terms; NULL when it has none (nothing to find it by). */
export function termsVector(text: string | null): RawBuilder<string | null> {
  const terms = text ? searchTerms(text) : [];
  return terms.length > 0 ? sql<string>`array_to_tsvector(${terms}::text[])` : sql<null>`NULL::tsvector`;
}

/** One lexeme in tsquery syntax: quoted, with quotes doubled and backslashes escaped. */
const lexeme = (term: string) => `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/**
 * The tsquery text of a query: every term (AND), the last one as a prefix when it is a word still
 * being typed. It is sent as a bind parameter and cast, never spliced into the SQL. Null when the
 * query has no words.
 */
export function tsqueryText(query: QueryTerms): string | null {
  if (query.terms.length === 0) return null;
  return query.terms
    .map((t, i) => lexeme(t) + (query.prefixLast && i === query.terms.length - 1 ? ':*' : ''))
    .join(' & ');
}

/** `q` parsed for search: its terms, and the tsquery as a parameter. Null when q has no words. */
export function searchQuery(q: string): { terms: QueryTerms; tsquery: RawBuilder<unknown> } | null {
  const terms = queryTerms(q);
  const text = tsqueryText(terms);
  return text === null ? null : { terms, tsquery: sql`${text}::tsquery` };
}

/** The condition that a tsvector column holds every word of the query. */
export const matchesQuery = (
  column: RawBuilder<unknown>,
  tsquery: RawBuilder<unknown>,
): RawBuilder<SqlBool> => sql<SqlBool>`${column} @@ ${tsquery}`;
