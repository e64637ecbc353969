/*
 * store_list.c - the actors and reports of many events read in bulk for
 * `evgraph events` (store_query.c writes them).
 *
 * Asking SQLite for the actors and the reports of each listed event costs two
 * index searches, a temporary sort by rowid and a row fetch per report for
 * every event (23 CPU s for the 821,800 events of the 100k benchmark store).
 * When a listing takes a good part of the store, this file instead reads
 * `event_actors` and `event_mentions` once each in rowid order, keeps the
 * rows of the selected events and links them into one list per event id, so
 * each list is in rowid order, the order the per-event queries give.  The
 * entities and the documents (path, source) are read once into small tables
 * and joined in memory; a row whose entity or document is missing is left
 * out, as the inner joins of those queries do.  Strings live in one text
 * buffer and are referred to by offset (-1: SQL NULL).
 *
 * Exports evg_store_list_bulk_load, evg_store_list_bulk_free and the
 * evg_store_list_bulk_mode switch (tests force one path or the other).
 */
#include "store_impl.h"

#include <stdlib.h>
#include <string.h>

int evg_store_list_bulk_mode = 0;

/* A listing that selects at least 1/BULK_SHARE of the events reads in bulk. */
#define BULK_SHARE 8

static const char entities_sql[] = "SELECT id, name, name_en FROM entities ORDER BY id";
static const char docs_sql[] = "SELECT id, path, source FROM documents";
static const char actors_sql[] = "SELECT event_id, entity_id, role FROM event_actors ORDER BY rowid";
static const char mentions_sql[] =
    "SELECT event_id, doc_id, sentence, sentence_start, sentence_end, date_value, modality, quantities"
    " FROM event_mentions ORDER BY rowid";

static int prepare(evg_store *st, const char *sql, sqlite3_stmt **out)
{
    if (sqlite3_prepare_v2(st->db, sql, -1, out, NULL) != SQLITE_OK) return evg_store_fail(st, "preparing a query");
    return 0;
}

/* Copy column i (NUL-terminated) into the text buffer; -1 for NULL. */
static int64_t keep_text(evg_store_list_bulk *b, sqlite3_stmt *s, int i)
{
    const unsigned char *t = sqlite3_column_text(s, i);
    if (!t) return -1;
    int64_t off = (int64_t)b->text.n;
    evg_buf_put(&b->text, (const char *)t, strlen((const char *)t) + 1);
    return off;
}

/* Index of string column i in the small table of roles and modalities. */
static int32_t intern_small(evg_store_list_bulk *b, sqlite3_stmt *s, int i)
{
    const char *t = (const char *)sqlite3_column_text(s, i);
    if (!t) return -1;
    for (size_t k = 0; k < b->small.n; k++)
        if (strcmp(b->text.p + b->small.v[k], t) == 0) return (int32_t)k;
    int64_t off = (int64_t)b->text.n;
    evg_buf_put(&b->text, t, strlen(t) + 1);
    evg_vec_push(&b->small, off);
    off = (int64_t)b->text.n;
    evg_json_str(&b->text, t);
    evg_buf_put(&b->text, "", 1);
    evg_vec_push(&b->small_json, off);
    return (int32_t)b->small.n - 1;
}

/* One row of a bulk read into the lists; memo is the walker's scratch value
 * (-1 at the start). */
typedef void (*row_fn)(evg_store_list_bulk *b, sqlite3_stmt *s, int32_t *memo);

/* Every row of sql through fn; what names the read in the error message. */
static int each_row(evg_store *st, evg_store_list_bulk *b, const char *sql, const char *what, row_fn fn)
{
    sqlite3_stmt *s = NULL;
    int32_t memo = -1;
    int rc = prepare(st, sql, &s), step = SQLITE_DONE;
    while (!rc && (step = sqlite3_step(s)) == SQLITE_ROW) fn(b, s, &memo);
    if (!rc && step != SQLITE_DONE) rc = evg_store_fail(st, what);
    sqlite3_finalize(s);
    return rc;
}

/* The entity's keys of an actor of the JSON listing, rendered once. */
static void entity_json(evg_store_list_bulk *b, sqlite3_stmt *s, evg_store_list_entity *e)
{
    static const char *const keys[3] = {"\"entity\":", ",\"name\":", ",\"name_en\":"};
    e->json = (int64_t)b->text.n;
    for (int i = 0; i < 3; i++) {
        evg_buf_puts(&b->text, keys[i]);
        evg_json_str(&b->text, (const char *)sqlite3_column_text(s, i));
    }
    e->njson = (uint32_t)(b->text.n - (size_t)e->json);
    evg_buf_put(&b->text, "", 1);
}

static void entity_row(evg_store_list_bulk *b, sqlite3_stmt *s, int32_t *memo)
{
    (void)memo;
    evg_store_list_entity e = {keep_text(b, s, 0), keep_text(b, s, 1), keep_text(b, s, 2), -1, 0};
    if (e.id < 0) return;
    entity_json(b, s, &e);
    evg_vec_push(&b->entities, e);
}

/* The entity whose id is t (binary search: they were read in id order). */
static int32_t find_entity(const evg_store_list_bulk *b, const char *t)
{
    size_t lo = 0, hi = b->entities.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(b->text.p + b->entities.v[mid].id, t);
        if (c == 0) return (int32_t)mid;
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return -1;
}

/* Column i as a JSON string in the text buffer, NUL-terminated; its offset. */
static int64_t keep_json(evg_store_list_bulk *b, sqlite3_stmt *s, int i, uint32_t *n)
{
    int64_t off = (int64_t)b->text.n;
    evg_json_str(&b->text, (const char *)sqlite3_column_text(s, i));
    *n = (uint32_t)(b->text.n - (size_t)off);
    evg_buf_put(&b->text, "", 1);
    return off;
}

/* Path and source of a document as JSON strings, by document id. */
static void doc_row(evg_store_list_bulk *b, sqlite3_stmt *s, int32_t *memo)
{
    (void)memo;
    sqlite3_int64 id = sqlite3_column_int64(s, 0);
    if (id < 0 || id > b->max_doc) return;
    evg_store_list_doc *d = &b->docs[id];
    d->path = keep_json(b, s, 1, &d->npath);
    d->source = keep_json(b, s, 2, &d->nsource);
}

/* memo: the entity of the previous row (runs of one actor are common). */
static void actor_row(evg_store_list_bulk *b, sqlite3_stmt *s, int32_t *memo)
{
    sqlite3_int64 ev = sqlite3_column_int64(s, 0);
    if (ev < 0 || ev > b->max_event || !b->sel[ev]) return;
    const char *t = (const char *)sqlite3_column_text(s, 1);
    if (!t) return;
    if (*memo < 0 || strcmp(b->text.p + b->entities.v[*memo].id, t) != 0) *memo = find_entity(b, t);
    if (*memo < 0) return;
    evg_store_list_actor a = {*memo, intern_small(b, s, 2), -1};
    evg_vec_push(&b->actors, a);
    int32_t k = (int32_t)b->actors.n - 1;
    if (b->a_head[ev] < 0) b->a_head[ev] = k;
    else b->actors.v[b->a_tail[ev]].next = k;
    b->a_tail[ev] = k;
}

/* Length of text t for a report record (EVG_LIST_NULL for NULL); adds the
 * bytes it takes to *size. */
static uint32_t rec_len(const unsigned char *t, size_t *size)
{
    if (!t) return EVG_LIST_NULL;
    size_t n = strlen((const char *)t);
    *size += n + 1;
    return (uint32_t)n;
}

static char *rec_put(char *p, const unsigned char *t, uint32_t n)
{
    if (n == EVG_LIST_NULL) return p;
    memcpy(p, t, n);
    p[n] = '\0';
    return p + n + 1;
}

/* One report row into the lists (the event is selected, the document known). */
static void keep_mention(evg_store_list_bulk *b, sqlite3_stmt *s, sqlite3_int64 ev, sqlite3_int64 doc)
{
    const unsigned char *t[3] = {sqlite3_column_text(s, 2), sqlite3_column_text(s, 5), sqlite3_column_text(s, 7)};
    if (t[1] && !t[1][0]) t[1] = NULL;
    if (t[2] && t[2][0] != '[') t[2] = NULL;
    evg_store_list_rec h = {sqlite3_column_int64(s, 3), sqlite3_column_int64(s, 4), intern_small(b, s, 6), {0}};
    size_t size = sizeof h;
    for (int i = 0; i < 3; i++) h.len[i] = rec_len(t[i], &size);
    evg_store_list_rec *r = evg_arena_alloc(b->recs, size);
    *r = h;
    char *p = (char *)(r + 1);
    for (int i = 0; i < 3; i++) p = rec_put(p, t[i], h.len[i]);
    evg_store_list_mention m = {r, (int32_t)doc, -1};
    evg_vec_push(&b->mentions, m);
    int32_t k = (int32_t)b->mentions.n - 1;
    if (b->m_head[ev] < 0) b->m_head[ev] = k;
    else b->mentions.v[b->m_tail[ev]].next = k;
    b->m_tail[ev] = k;
}

static void mention_row(evg_store_list_bulk *b, sqlite3_stmt *s, int32_t *memo)
{
    (void)memo;
    sqlite3_int64 ev = sqlite3_column_int64(s, 0), doc = sqlite3_column_int64(s, 1);
    if (ev < 0 || ev > b->max_event || !b->sel[ev]) return;
    if (doc < 0 || doc > b->max_doc || b->docs[doc].path < 0) return;
    keep_mention(b, s, ev, doc);
}

/* Largest id and row count of a table: id_sql is "SELECT max(id), count(*) ...". */
static int table_size(evg_store *st, const char *id_sql, sqlite3_int64 *max, sqlite3_int64 *n)
{
    sqlite3_stmt *s = NULL;
    int rc = prepare(st, id_sql, &s);
    if (!rc && sqlite3_step(s) == SQLITE_ROW) {
        *max = sqlite3_column_int64(s, 0);
        *n = sqlite3_column_int64(s, 1);
    } else if (!rc) {
        rc = evg_store_fail(st, "counting rows");
    }
    sqlite3_finalize(s);
    return rc;
}

/* Mark the selected events (ids_stmt: bound, gives their ids); count them. */
static int select_events(evg_store *st, evg_store_list_bulk *b, sqlite3_stmt *ids, sqlite3_int64 *nsel)
{
    int step;
    *nsel = 0;
    while ((step = sqlite3_step(ids)) == SQLITE_ROW) {
        sqlite3_int64 id = sqlite3_column_int64(ids, 0);
        if (id < 0 || id > b->max_event) continue;
        b->sel[id] = 1;
        (*nsel)++;
    }
    sqlite3_reset(ids);
    return step == SQLITE_DONE ? 0 : evg_store_fail(st, "selecting events");
}

static void alloc_lists(evg_store_list_bulk *b)
{
    size_t ne = (size_t)b->max_event + 1, nd = (size_t)b->max_doc + 1;
    b->sel = evg_xcalloc(ne, 1);
    b->a_head = evg_xmalloc(ne * sizeof *b->a_head);
    b->a_tail = evg_xmalloc(ne * sizeof *b->a_tail);
    b->m_head = evg_xmalloc(ne * sizeof *b->m_head);
    b->m_tail = evg_xmalloc(ne * sizeof *b->m_tail);
    memset(b->a_head, 0xff, ne * sizeof *b->a_head);
    memset(b->m_head, 0xff, ne * sizeof *b->m_head);
    b->docs = evg_xmalloc(nd * sizeof *b->docs);
    memset(b->docs, 0xff, nd * sizeof *b->docs);
    b->recs = evg_arena_new();
}

/* Ids far sparser than the rows (hand-edited stores) would make the
 * by-id arrays large for nothing: such stores are listed event by event. */
static int ids_dense(sqlite3_int64 max, sqlite3_int64 n)
{
    return max >= 0 && max <= 4 * n + 1000000;
}

static int should_bulk(sqlite3_int64 nsel, sqlite3_int64 nevents)
{
    if (evg_store_list_bulk_mode) return evg_store_list_bulk_mode > 0;
    return nsel > 0 && nsel * BULK_SHARE >= nevents;
}

static int load_rest(evg_store *st, evg_store_list_bulk *b, int want_mentions)
{
    int rc = each_row(st, b, entities_sql, "reading the entities", entity_row);
    if (!rc) rc = each_row(st, b, actors_sql, "reading the event actors", actor_row);
    if (!rc && want_mentions) rc = each_row(st, b, docs_sql, "reading the documents", doc_row);
    if (!rc && want_mentions) rc = each_row(st, b, mentions_sql, "reading the event reports", mention_row);
    return rc;
}

int evg_store_list_bulk_load(evg_store *st, sqlite3_stmt *ids, int want_mentions, evg_store_list_bulk **out)
{
    sqlite3_int64 nev = 0, ndoc = 0, nsel = 0;
    evg_store_list_bulk *b = evg_xcalloc(1, sizeof *b);
    *out = NULL;
    int rc = table_size(st, "SELECT max(id), count(*) FROM events", &b->max_event, &nev);
    if (!rc) rc = table_size(st, "SELECT max(id), count(*) FROM documents", &b->max_doc, &ndoc);
    if (rc || !ids_dense(b->max_event, nev) || !ids_dense(b->max_doc, ndoc)) goto done;
    alloc_lists(b);
    rc = select_events(st, b, ids, &nsel);
    if (rc || !should_bulk(nsel, nev)) goto done;
    rc = load_rest(st, b, want_mentions);
    if (!rc) {
        *out = b;
        b = NULL;
    }
done:
    evg_store_list_bulk_free(b);
    return rc;
}

void evg_store_list_bulk_free(evg_store_list_bulk *b)
{
    if (!b) return;
    free(b->sel);
    free(b->a_head);
    free(b->a_tail);
    free(b->m_head);
    free(b->m_tail);
    free(b->docs);
    evg_arena_free(b->recs);
    free(b->entities.v);
    free(b->actors.v);
    free(b->mentions.v);
    free(b->small.v);
    free(b->small_json.v);
    evg_buf_free(&b->text);
    free(b);
}
