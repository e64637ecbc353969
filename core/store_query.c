/*
 * store_query.c - the merged events and the actors of a store, listed for
 * people and programs: `evgraph events` and `evgraph actors`.
 *
 * Events are selected with bound parameters (never SQL built from input):
 * a date window (an event is kept when its day range meets [from, to]), an
 * actor (entity id, Arabic or English name, or any alias seen; English
 * names also match as a case-insensitive substring) and a CAMEO code or
 * code prefix ("04" is the whole consult root).  Output is an aligned text
 * table, CSV with a header row, or JSON: an array of events shaped as in
 * docs/CONTRACT.md plus "mentions", every report of the event (document,
 * sentence, offsets, source, and its own date, modality and quantities, so
 * conflicting reports stay side by side).  The actors and reports of a
 * listing that takes a good part of the store are read in bulk
 * (store_list.c), of a narrow one by two queries per event; both print the
 * same bytes.  An --actor that selects nothing is said on stderr.
 * Exports evg_store_list_events and evg_store_list_actors.
 */
#include "store_impl.h"

#include <stdio.h>

/* The ids of the entities --actor names (parameter P): by id, name, English
 * name or part of it, or a spelling seen in the articles. */
#define ACTOR_IDS(P) \
    " (SELECT id FROM entities WHERE id = " P " OR name = " P " OR lower(name_en) = lower(" P ")" \
    "    OR instr(lower(name_en), lower(" P ")) > 0" \
    "  UNION SELECT entity_id FROM aliases WHERE alias = " P ")"

/* The filters of a listing, shared by the listing and the query of its ids. */
#define EVENTS_WHERE \
    " WHERE (?1 IS NULL OR e.date_end >= ?1) AND (?2 IS NULL OR e.date_begin <= ?2)" \
    " AND (?3 IS NULL OR e.code = ?3 OR e.code LIKE ?3 || '%')" \
    " AND (?4 IS NULL OR e.id IN (SELECT a.event_id FROM event_actors a WHERE a.entity_id IN" \
    ACTOR_IDS("?4") "))" \
    " AND (?5 IS NULL OR e.n_mentions >= ?5)"

static const char actor_known_sql[] = "SELECT EXISTS" ACTOR_IDS("?1");

static const char events_sql[] =
    "SELECT e.id, e.code, e.root, e.label, e.date_value, e.date_begin, e.date_end, e.modality,"
    " e.confidence, e.n_mentions, e.n_docs, e.location_id, l.name, l.name_en"
    " FROM events e LEFT JOIN entities l ON l.id = e.location_id" EVENTS_WHERE
    " ORDER BY e.date_begin IS NULL, e.date_begin, e.id";

static const char event_ids_sql[] = "SELECT e.id FROM events e" EVENTS_WHERE;

static const char actors_of_event_sql[] =
    "SELECT n.id, n.name, n.name_en, a.role FROM event_actors a JOIN entities n ON n.id = a.entity_id"
    " WHERE a.event_id = ?1 ORDER BY a.rowid";

static const char mentions_of_event_sql[] =
    "SELECT d.path, m.sentence, m.sentence_start, m.sentence_end, d.source, m.date_value, m.modality,"
    " m.quantities FROM event_mentions m JOIN documents d ON d.id = m.doc_id WHERE m.event_id = ?1 ORDER BY m.rowid";

/* the actors with their network metrics; the counts are store_actors.c's
 * (a grouped query with count(DISTINCT) sorted every row of event_actors
 * and mentions, 17 CPU s on a 100,000-document store) */
static const char actors_sql[] =
    "SELECT n.id, n.name, n.name_en, n.type, n.country, n.role, x.pagerank, x.degree"
    " FROM entities n LEFT JOIN actor_metrics x ON x.entity_id = n.id";

typedef struct query {
    evg_store *st;
    int format;
    evg_buf out;
    sqlite3_stmt *actors, *mentions;
    long rows;
    evg_store_list_bulk *bulk; /* actors and reports read in bulk, or NULL: per event */
    struct conf_memo *conf;    /* JSON: the confidences written so far */
} query;

/* Decimal digits of v (the %lld of printf without its format parsing: a
 * listing writes two or three numbers per report). */
static void put_ll(evg_buf *b, long long v)
{
    char tmp[24], *e = tmp + sizeof tmp, *p = e;
    unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    do *--p = (char)('0' + u % 10); while ((u /= 10) != 0);
    if (v < 0) *--p = '-';
    evg_buf_put(b, p, (size_t)(e - p));
}

/* A confidence as "%.2f" prints it, remembered by its bits: an event
 * listing holds a handful of distinct values, so printf runs once for each. */
typedef struct conf_memo {
    uint64_t bits[64];
    char text[64][24];
    unsigned char len[64], used[64];
} conf_memo;

static void put_confidence(evg_buf *b, conf_memo *m, double v)
{
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    unsigned i = (unsigned)((bits * 0x9e3779b97f4a7c15ull) >> 58);
    if (!m->used[i] || m->bits[i] != bits) {
        int n = snprintf(m->text[i], sizeof m->text[i], "%.2f", v);
        if (n < 0 || (size_t)n >= sizeof m->text[i]) {
            evg_buf_printf(b, "%.2f", v);
            return;
        }
        m->bits[i] = bits;
        m->len[i] = (unsigned char)n;
        m->used[i] = 1;
    }
    evg_buf_put(b, m->text[i], m->len[i]);
}

static const char *col(sqlite3_stmt *s, int i)
{
    const unsigned char *t = sqlite3_column_text(s, i);
    return t ? (const char *)t : NULL;
}

/* CSV field: quoted when it holds a comma, quote or line break. */
static void csv_field(evg_buf *b, const char *s, int last)
{
    if (s && strpbrk(s, ",\"\r\n")) {
        evg_buf_put(b, "\"", 1);
        for (; *s; s++) evg_buf_put(b, *s == '"' ? "\"\"" : s, 1 + (*s == '"'));
        evg_buf_put(b, "\"", 1);
    } else if (s) {
        evg_buf_puts(b, s);
    }
    evg_buf_puts(b, last ? "\n" : ",");
}

static int prepare(evg_store *st, const char *sql, sqlite3_stmt **out)
{
    if (sqlite3_prepare_v2(st->db, sql, -1, out, NULL) != SQLITE_OK) return evg_store_fail(st, "preparing a query");
    return 0;
}

static const char *bulk_str(const evg_store_list_bulk *k, int64_t off)
{
    return off >= 0 ? k->text.p + off : NULL;
}

static const char *small_str(const evg_store_list_bulk *k, int32_t i)
{
    return i >= 0 ? k->text.p + k->small.v[i] : NULL;
}

/* A small string as JSON (null for NULL). */
static void small_json(evg_buf *b, const evg_store_list_bulk *k, int32_t i)
{
    evg_buf_puts(b, i >= 0 ? k->text.p + k->small_json.v[i] : "null");
}

/* actor_names for actors read in bulk. */
static void bulk_actor_names(const evg_store_list_bulk *k, sqlite3_int64 id, evg_buf *b)
{
    int first = 1;
    for (int32_t a = k->a_head[id]; a >= 0; a = k->actors.v[a].next) {
        const evg_store_list_entity *e = &k->entities.v[k->actors.v[a].entity];
        const char *en = bulk_str(k, e->name_en);
        evg_buf_printf(b, "%s%s:%s", first ? "" : "; ", en && *en ? en : bulk_str(k, e->name),
                       small_str(k, k->actors.v[a].role));
        first = 0;
    }
}

/* "Name (English)" list of an event's actors, for the table and CSV. */
static void actor_names(query *q, sqlite3_int64 id, evg_buf *b)
{
    if (q->bulk) {
        bulk_actor_names(q->bulk, id, b);
        return;
    }
    sqlite3_bind_int64(q->actors, 1, id);
    int first = 1;
    while (sqlite3_step(q->actors) == SQLITE_ROW) {
        const char *en = col(q->actors, 2);
        evg_buf_printf(b, "%s%s:%s", first ? "" : "; ", en && *en ? en : col(q->actors, 1), col(q->actors, 3));
        first = 0;
    }
    sqlite3_reset(q->actors);
}

static void actor_json(evg_buf *b, int i, const char *id, const char *name, const char *name_en, const char *role)
{
    evg_buf_puts(b, i ? ",{\"entity\":" : "{\"entity\":");
    evg_json_str(b, id);
    evg_buf_puts(b, ",\"name\":");
    evg_json_str(b, name);
    evg_buf_puts(b, ",\"name_en\":");
    evg_json_str(b, name_en);
    evg_buf_puts(b, ",\"role\":");
    evg_json_str(b, role);
    evg_buf_puts(b, "}");
}

static void event_json_actors(query *q, sqlite3_int64 id)
{
    evg_buf *b = &q->out;
    evg_buf_puts(b, ",\"actors\":[");
    if (q->bulk) {
        const evg_store_list_bulk *k = q->bulk;
        int i = 0;
        for (int32_t a = k->a_head[id]; a >= 0; a = k->actors.v[a].next, i++) {
            const evg_store_list_entity *e = &k->entities.v[k->actors.v[a].entity];
            evg_buf_puts(b, i ? ",{" : "{");
            evg_buf_put(b, k->text.p + e->json, e->njson);
            evg_buf_puts(b, ",\"role\":");
            small_json(b, k, k->actors.v[a].role);
            evg_buf_puts(b, "}");
        }
    } else {
        sqlite3_bind_int64(q->actors, 1, id);
        for (int i = 0; sqlite3_step(q->actors) == SQLITE_ROW; i++)
            actor_json(b, i, col(q->actors, 0), col(q->actors, 1), col(q->actors, 2), col(q->actors, 3));
        sqlite3_reset(q->actors);
    }
    evg_buf_puts(b, "]");
}

/* One report read in bulk, as event_json_mentions writes it. */
static void bulk_mention_json(const evg_store_list_bulk *k, const evg_store_list_mention *m, int i, evg_buf *b)
{
    const evg_store_list_rec *r = m->rec;
    const evg_store_list_doc *d = &k->docs[m->doc];
    const char *p = (const char *)(r + 1), *t[3];
    for (int j = 0; j < 3; j++) {
        t[j] = r->len[j] == EVG_LIST_NULL ? NULL : p;
        if (t[j]) p += r->len[j] + 1;
    }
    evg_buf_puts(b, i ? ",{\"doc\":" : "{\"doc\":");
    evg_buf_put(b, k->text.p + d->path, d->npath);
    evg_buf_puts(b, ",\"sentence\":");
    if (t[0]) evg_json_strn(b, t[0], r->len[0]);
    else evg_buf_puts(b, "null");
    evg_buf_puts(b, ",\"start\":");
    put_ll(b, (long long)r->start);
    evg_buf_puts(b, ",\"end\":");
    put_ll(b, (long long)r->end);
    evg_buf_puts(b, ",\"source\":");
    evg_buf_put(b, k->text.p + d->source, d->nsource);
    evg_buf_puts(b, ",\"date\":");
    evg_json_str(b, t[1]);
    evg_buf_puts(b, ",\"modality\":");
    small_json(b, k, r->modality);
    evg_buf_puts(b, ",\"quantities\":");
    evg_buf_puts(b, t[2] ? t[2] : "[]");
    evg_buf_puts(b, "}");
}

/* The reports of event id as read in bulk. */
static void bulk_mentions_json(const evg_store_list_bulk *k, sqlite3_int64 id, evg_buf *b)
{
    int i = 0;
    for (int32_t x = k->m_head[id]; x >= 0; x = k->mentions.v[x].next, i++) bulk_mention_json(k, &k->mentions.v[x], i, b);
}

static void event_json_mentions(query *q, sqlite3_int64 id)
{
    evg_buf *b = &q->out;
    sqlite3_stmt *s = q->mentions;
    evg_buf_puts(b, ",\"mentions\":[");
    if (q->bulk) {
        bulk_mentions_json(q->bulk, id, b);
        evg_buf_puts(b, "]");
        return;
    }
    sqlite3_bind_int64(s, 1, id);
    for (int i = 0; sqlite3_step(s) == SQLITE_ROW; i++) {
        evg_buf_puts(b, i ? ",{\"doc\":" : "{\"doc\":");
        evg_json_str(b, col(s, 0));
        evg_buf_puts(b, ",\"sentence\":");
        evg_json_str(b, col(s, 1));
        evg_buf_puts(b, ",\"start\":");
        put_ll(b, (long long)sqlite3_column_int64(s, 2));
        evg_buf_puts(b, ",\"end\":");
        put_ll(b, (long long)sqlite3_column_int64(s, 3));
        evg_buf_puts(b, ",\"source\":");
        evg_json_str(b, col(s, 4));
        evg_buf_puts(b, ",\"date\":");
        evg_json_str(b, col(s, 5) && *col(s, 5) ? col(s, 5) : NULL);
        evg_buf_puts(b, ",\"modality\":");
        evg_json_str(b, col(s, 6));
        /* each report keeps its own figures: conflicting amounts stay side by
         * side (the column holds the JSON array store_add.c wrote) */
        const char *qs = col(s, 7);
        evg_buf_puts(b, ",\"quantities\":");
        evg_buf_puts(b, qs && qs[0] == '[' ? qs : "[]");
        evg_buf_puts(b, "}");
    }
    sqlite3_reset(s);
    evg_buf_puts(b, "]");
}

/* {"k0":c0,"k1":c1,"k2":c2} from the three columns from first on, or null
 * when present is 0 (an event's date, its place). */
static void json_obj3(evg_buf *b, sqlite3_stmt *s, int first, const char *const keys[3], int present)
{
    if (!present) {
        evg_buf_puts(b, "null");
        return;
    }
    for (int i = 0; i < 3; i++) {
        evg_buf_puts(b, i ? ",\"" : "{\"");
        evg_buf_puts(b, keys[i]);
        evg_buf_puts(b, "\":");
        evg_json_str(b, col(s, first + i));
    }
    evg_buf_puts(b, "}");
}

static void event_json(query *q, sqlite3_stmt *s)
{
    evg_buf *b = &q->out;
    sqlite3_int64 id = sqlite3_column_int64(s, 0);
    evg_buf_puts(b, q->rows ? ",\n {\"id\":" : "\n {\"id\":");
    put_ll(b, (long long)id);
    evg_buf_puts(b, ",\"code\":");
    evg_json_str(b, col(s, 1));
    evg_buf_puts(b, ",\"label\":");
    evg_json_str(b, col(s, 3));
    evg_buf_puts(b, ",\"root\":");
    evg_json_str(b, col(s, 2));
    static const char *const date_keys[3] = {"value", "begin", "end"};
    static const char *const place_keys[3] = {"entity", "name", "name_en"};
    evg_buf_puts(b, ",\"date\":");
    json_obj3(b, s, 4, date_keys, col(s, 4) && *col(s, 4));
    event_json_actors(q, id);
    evg_buf_puts(b, ",\"location\":");
    json_obj3(b, s, 11, place_keys, col(s, 11) != NULL);
    evg_buf_puts(b, ",\"modality\":");
    evg_json_str(b, col(s, 7));
    evg_buf_puts(b, ",\"confidence\":");
    put_confidence(b, q->conf, sqlite3_column_double(s, 8));
    evg_buf_puts(b, ",\"n_docs\":");
    put_ll(b, (long long)sqlite3_column_int64(s, 10));
    event_json_mentions(q, id);
    evg_buf_puts(b, "}");
}

/* One row of the table or the CSV. */
static void event_flat(query *q, sqlite3_stmt *s)
{
    evg_buf actors = {0};
    char id[32], mentions[32];
    actor_names(q, sqlite3_column_int64(s, 0), &actors);
    snprintf(id, sizeof id, "%lld", (long long)sqlite3_column_int64(s, 0));
    snprintf(mentions, sizeof mentions, "%lld", (long long)sqlite3_column_int64(s, 9));
    const char *loc = col(s, 13) && *col(s, 13) ? col(s, 13) : col(s, 12);
    const char *f[] = {id, col(s, 4), col(s, 1), col(s, 3), actors.p ? actors.p : "", loc, col(s, 7), mentions};
    if (q->format == EVG_FORMAT_CSV) {
        for (int i = 0; i < 8; i++) csv_field(&q->out, f[i] ? f[i] : "", i == 7);
    } else {
        evg_buf_printf(&q->out, "%-5s %-23s %-4s %-28s %s | %s | %s | %s\n", f[0], f[1] ? f[1] : "undated", f[2],
                       f[3] ? f[3] : "", f[4], f[5] ? f[5] : "-", f[6], f[7]);
    }
    evg_buf_free(&actors);
}

static void events_header(query *q)
{
    if (q->format == EVG_FORMAT_JSON) evg_buf_puts(&q->out, "[");
    else if (q->format == EVG_FORMAT_CSV) evg_buf_puts(&q->out, "id,date,code,label,actors,location,modality,mentions\n");
    else evg_buf_printf(&q->out, "%-5s %-23s %-4s %-28s %s\n", "id", "date", "code", "label",
                        "actors | location | modality | mentions");
}

static int flush(query *q, FILE *out)
{
    int bad = q->out.n && fwrite(q->out.p, 1, q->out.n, out) != q->out.n;
    q->out.n = 0;
    return bad ? evg_error(q->st->ctx, EVG_EIO, "cannot write the listing") : 0;
}

static void bind_events(sqlite3_stmt *s, const evg_event_query *f)
{
    evg_store_bind_text(s, 1, f && f->from && *f->from ? f->from : NULL);
    evg_store_bind_text(s, 2, f && f->to && *f->to ? f->to : NULL);
    evg_store_bind_text(s, 3, f && f->code && *f->code ? f->code : NULL);
    evg_store_bind_text(s, 4, f && f->actor && *f->actor ? f->actor : NULL);
    if (f && f->version >= 2 && f->min_mentions > 1) sqlite3_bind_int(s, 5, f->min_mentions);
    else sqlite3_bind_null(s, 5);
}

static int check_query(evg_store *st, const evg_event_query *f)
{
    int32_t day;
    if (f && f->from && evg_parse_day(f->from, &day) != 0)
        return evg_error(st->ctx, EVG_EINPUT, "--from '%s' is not a date (YYYY-MM-DD)", f->from);
    if (f && f->to && evg_parse_day(f->to, &day) != 0)
        return evg_error(st->ctx, EVG_EINPUT, "--to '%s' is not a date (YYYY-MM-DD)", f->to);
    return 0;
}

/* An empty listing asked for an actor: say on stderr whether the name
 * matched no actor at all or only none of its events passed the other
 * filters (export and report say the same), rather than print nothing. */
static int warn_no_actor_event(evg_store *st, const char *actor)
{
    sqlite3_stmt *s = NULL;
    int rc = prepare(st, actor_known_sql, &s);
    if (rc) return rc;
    evg_store_bind_text(s, 1, actor);
    int step = sqlite3_step(s);
    if (step != SQLITE_ROW) rc = evg_store_fail(st, "looking up --actor");
    else if (sqlite3_column_int(s, 0) == 0)
        evg_warn(st->ctx, "--actor '%s' matches no actor of the store (an actor is matched by its id, its name in"
                          " either script, part of its English name or a spelling seen in the articles)", actor);
    else
        evg_warn(st->ctx, "no event matches --actor '%s' with the other filters", actor);
    sqlite3_finalize(s);
    return rc;
}

int evg_store_list_events(evg_store *st, const evg_event_query *f, int format, FILE *out)
{
    query q = {st, format, {0}, NULL, NULL, 0, NULL, NULL};
    sqlite3_stmt *s = NULL, *ids = NULL;
    int rc = check_query(st, f), step = SQLITE_DONE;
    if (!rc) rc = prepare(st, events_sql, &s);
    if (!rc) rc = prepare(st, event_ids_sql, &ids);
    if (!rc) rc = prepare(st, actors_of_event_sql, &q.actors);
    if (!rc) rc = prepare(st, mentions_of_event_sql, &q.mentions);
    if (rc) goto done;
    bind_events(ids, f);
    rc = evg_store_list_bulk_load(st, ids, format == EVG_FORMAT_JSON, &q.bulk);
    if (rc) goto done;
    bind_events(s, f);
    if (format == EVG_FORMAT_JSON) q.conf = evg_xcalloc(1, sizeof *q.conf);
    events_header(&q);
    while (!rc && (step = sqlite3_step(s)) == SQLITE_ROW) {
        if (format == EVG_FORMAT_JSON) event_json(&q, s);
        else event_flat(&q, s);
        q.rows++;
        if (q.out.n > 65536) rc = flush(&q, out);
    }
    if (!rc && step != SQLITE_DONE) rc = evg_store_fail(st, "listing events");
    if (!rc && format == EVG_FORMAT_JSON) evg_buf_puts(&q.out, "\n]\n");
    if (!rc) rc = flush(&q, out);
    if (!rc && q.rows == 0 && f && f->actor && *f->actor) rc = warn_no_actor_event(st, f->actor);
done:
    evg_store_list_bulk_free(q.bulk);
    free(q.conf);
    sqlite3_finalize(q.mentions);
    sqlite3_finalize(q.actors);
    sqlite3_finalize(ids);
    sqlite3_finalize(s);
    evg_buf_free(&q.out);
    return rc;
}

/* One actor of the listing: id, name, name_en, type, country, role; its
 * counts; its network metrics (0 when the analytics have not run). */
typedef struct actor_line {
    char *f[6];
    long long n[3]; /* events, mentions, documents */
    double pagerank, degree;
} actor_line;

typedef EVG_VEC(actor_line) actor_lines;

static void actor_row(query *q, const actor_line *a)
{
    evg_buf *b = &q->out;
    if (q->format == EVG_FORMAT_JSON) {
        static const char *const keys[] = {"id", "name", "name_en", "type", "country", "role"};
        evg_buf_puts(b, q->rows ? ",\n {" : "\n {");
        for (int i = 0; i < 6; i++) {
            evg_buf_printf(b, "%s\"%s\":", i ? "," : "", keys[i]);
            evg_json_str(b, a->f[i] && *a->f[i] ? a->f[i] : NULL);
        }
        evg_buf_printf(b, ",\"events\":%lld,\"mentions\":%lld,\"documents\":%lld,\"pagerank\":%.6f,\"degree\":%.0f}",
                       a->n[0], a->n[1], a->n[2], a->pagerank, a->degree);
        return;
    }
    char n[3][24];
    for (int i = 0; i < 3; i++) snprintf(n[i], sizeof n[i], "%lld", a->n[i]);
    const char *f[] = {a->f[0], a->f[1], a->f[2], a->f[3], a->f[4], a->f[5], n[0], n[1], n[2]};
    if (q->format == EVG_FORMAT_CSV) {
        for (int i = 0; i < 9; i++) csv_field(b, f[i] ? f[i] : "", i == 8);
        return;
    }
    evg_buf_printf(b, "%-28s %-6s %-4s %-4s %6s %8s %5s  %s | %s\n", f[0], f[3] ? f[3] : "", f[4] ? f[4] : "",
                   f[5] ? f[5] : "", f[6], f[7], f[8], f[2] ? f[2] : "", f[1] ? f[1] : "");
}

/* Most events first, then most reports, then by id (bytewise, as SQLite's
 * BINARY collation orders them). */
static int actor_line_cmp(const void *x, const void *y)
{
    const actor_line *a = x, *b = y;
    if (a->n[0] != b->n[0]) return a->n[0] < b->n[0] ? 1 : -1;
    if (a->n[1] != b->n[1]) return a->n[1] < b->n[1] ? 1 : -1;
    return strcmp(a->f[0], b->f[0]);
}

static char *col_dup(sqlite3_stmt *s, int i)
{
    const char *t = col(s, i);
    return t ? evg_xstrdup(t) : NULL;
}

/* The actors of the store with their metrics and counts, sorted. */
static int load_actor_lines(evg_store *st, actor_lines *lines)
{
    sqlite3_stmt *s = NULL;
    int rc = prepare(st, actors_sql, &s), step = SQLITE_DONE;
    while (!rc && (step = sqlite3_step(s)) == SQLITE_ROW) {
        actor_line a = {{NULL}, {0, 0, 0}, sqlite3_column_double(s, 6), sqlite3_column_double(s, 7)};
        for (int i = 0; i < 6; i++) a.f[i] = col_dup(s, i);
        if (!a.f[0]) a.f[0] = evg_xstrdup("");
        evg_vec_push(lines, a);
    }
    if (!rc && step != SQLITE_DONE) rc = evg_store_fail(st, "listing actors");
    sqlite3_finalize(s);
    size_t n = lines->n;
    if (rc || n == 0) return rc;
    const char **ids = evg_xmalloc(n * sizeof *ids);
    long long *c = evg_xmalloc(3 * n * sizeof *c);
    for (size_t i = 0; i < n; i++) ids[i] = lines->v[i].f[0];
    rc = evg_store_count_actors(st, ids, n, c, c + n, c + 2 * n);
    for (size_t i = 0; i < n && !rc; i++)
        for (int k = 0; k < 3; k++) lines->v[i].n[k] = c[k * n + i];
    free(c);
    free(ids);
    if (!rc) qsort(lines->v, n, sizeof *lines->v, actor_line_cmp);
    return rc;
}

int evg_store_list_actors(evg_store *st, int format, FILE *out)
{
    query q = {st, format, {0}, NULL, NULL, 0, NULL, NULL};
    actor_lines lines = {0};
    int rc = load_actor_lines(st, &lines);
    if (format == EVG_FORMAT_JSON) evg_buf_puts(&q.out, "[");
    else if (format == EVG_FORMAT_CSV) evg_buf_puts(&q.out, "id,name,name_en,type,country,role,events,mentions,documents\n");
    else evg_buf_printf(&q.out, "%-28s %-6s %-4s %-4s %6s %8s %5s  %s\n", "id", "type", "cty", "role", "events",
                        "mentions", "docs", "name_en | name");
    for (size_t i = 0; i < lines.n && !rc; i++) {
        actor_row(&q, &lines.v[i]);
        q.rows++;
        if (q.out.n > 65536) rc = flush(&q, out);
    }
    if (!rc && format == EVG_FORMAT_JSON) evg_buf_puts(&q.out, "\n]\n");
    if (!rc) rc = flush(&q, out);
    for (size_t i = 0; i < lines.n; i++)
        for (int k = 0; k < 6; k++) free(lines.v[i].f[k]);
    free(lines.v);
    evg_buf_free(&q.out);
    return rc;
}
