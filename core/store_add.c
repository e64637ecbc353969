/*
 * store_add.c - evg_store_add_doc: one document into the store and its
 * events merged into the collection, all in one transaction.
 *
 * Steps, inside BEGIN IMMEDIATE ... COMMIT (ROLLBACK on any failure, so a
 * document is either stored whole or not at all):
 *   1. a document whose sha256 is already stored is skipped (added = 0);
 *   2. the documents row, then sections, timexes and mentions (offsets and
 *      original bytes), and the entities with their aliases (upserted by id);
 *   3. every event of the document: candidates are the merged events that
 *      share one of its actors, have the same family and a date range near
 *      its own (found through the in-memory merge index of store_mem.c);
 *      the first candidate evg_merge_same accepts receives the report, else a
 *      new merged event is created.  Either way the report becomes an
 *      event_mentions row (one per event, document and sentence: the linked
 *      042/043 pair of one sentence is one mention), actors not yet in the
 *      event are added with the role this report gives them (roles already
 *      there stay), and the merged event takes
 *      the more precise date (explicit timex > coreference > publication
 *      date; a narrower range wins between equals), a location if it had
 *      none, "asserted" once any report asserts it, and the highest
 *      confidence.
 * With evg_store_set_batch the transaction spans several documents and each
 * document is a SAVEPOINT in it: a failing document is rolled back to its
 * savepoint alone; the batch commits by count or time (store.c).
 * Entities without an id (should not happen) are left out together with the
 * mentions and actor slots that refer to them.  Indexes into the document
 * that are out of range make the document fail with EVG_EINPUT.
 */
#include "store_impl.h"

#include <math.h>
#include <stdio.h>
#include <time.h>

/* A report of this document already written as an event_mentions row: what
 * the reports of one event from one document are compared by. */
typedef struct doc_report {
    sqlite3_int64 event;
    int32_t sentence_start;
    const char *code;        /* the event's code (the document's) */
    char *quantities;        /* quantities_key, malloc'd */
} doc_report;

typedef struct add_job {
    evg_store *st;
    const evg_doc *doc;
    sqlite3_int64 doc_id;
    EVG_VEC(doc_report) reports; /* written so far, in order */
    char what[512];          /* "adding <document>" for messages */
} add_job;

/* The merge key of a stored event; its strings belong to the store_mem. */
typedef struct stored_event {
    evg_merge_key key;
    const char *date_value;
} stored_event;

static const char *const mention_kind_names[] = {"name", "title", "demonym", "pronoun"};

#define date_source_name evg_store_date_source_name

static int fail_input(add_job *j, const char *fmt, size_t idx)
{
    char msg[256];
    snprintf(msg, sizeof msg, fmt, idx);
    return evg_error(j->st->ctx, EVG_EINPUT, "%s: %s", j->doc->name, msg);
}

static int span_ok(const evg_doc *d, int32_t os, int32_t oe)
{
    return os >= 0 && os <= oe && (size_t)oe <= d->raw.n;
}

/* Entity id of index i, NULL when i is -1, out of range or the entity has no id. */
static const char *entity_id(const evg_doc *d, int32_t i)
{
    if (i < 0 || (size_t)i >= d->entities.n) return NULL;
    const char *id = d->entities.v[i].id;
    return id && *id ? id : NULL;
}

static int step_write(add_job *j, int which)
{
    return evg_store_exec(j->st, which, j->what);
}

/* ---- the document and its own rows ---- */

static int find_doc(add_job *j, int *out_found)
{
    sqlite3_stmt *s = j->st->st[ST_DOC_FIND];
    sqlite3_bind_text(s, 1, j->doc->sha256, -1, SQLITE_STATIC);
    int rc = sqlite3_step(s);
    *out_found = rc == SQLITE_ROW;
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : evg_store_fail(j->st, j->what);
}

static const char *doc_lang(const evg_doc *d)
{
    if (d->lang == EVG_LANG_AR) return "ar";
    if (d->lang == EVG_LANG_EN) return "en";
    return d->lang_str;
}

static int insert_document(add_job *j)
{
    const evg_doc *d = j->doc;
    sqlite3_stmt *s = j->st->st[ST_DOC_INSERT];
    evg_store_bind_text(s, 1, d->name);
    evg_store_bind_text(s, 2, d->sha256);
    evg_store_bind_day(s, 3, d->dct);
    evg_store_bind_text(s, 4, evg_dct_source_name(d->dct_source));
    evg_store_bind_text(s, 5, d->source);
    evg_store_bind_text(s, 6, d->url);
    evg_store_bind_text(s, 7, doc_lang(d));
    if (d->title_meta) evg_store_bind_text(s, 8, d->title_meta);
    else if (span_ok(d, d->title_os, d->title_oe) && d->title_oe > d->title_os)
        evg_store_bind_textn(s, 8, d->raw.p + d->title_os, (size_t)(d->title_oe - d->title_os));
    sqlite3_bind_int64(s, 9, (sqlite3_int64)d->raw.n);
    evg_store_bind_text(s, 10, d->encoding[0] ? d->encoding : NULL);
    sqlite3_bind_int(s, 11, d->html);
    int rc = step_write(j, ST_DOC_INSERT);
    j->doc_id = sqlite3_last_insert_rowid(j->st->db);
    return rc;
}

static int insert_sections(add_job *j)
{
    sqlite3_stmt *s = j->st->st[ST_SECTION_INSERT];
    for (size_t i = 0; i < j->doc->sections.n; i++) {
        const evg_section *sec = &j->doc->sections.v[i];
        if (!span_ok(j->doc, sec->os, sec->oe)) return fail_input(j, "section %zu is outside the text", i);
        sqlite3_bind_int64(s, 1, j->doc_id);
        sqlite3_bind_int64(s, 2, (sqlite3_int64)i);
        evg_store_bind_text(s, 3, evg_section_kind_name(sec->kind));
        sqlite3_bind_int(s, 4, sec->os);
        sqlite3_bind_int(s, 5, sec->oe);
        evg_store_bind_day(s, 6, sec->dct);
        int rc = step_write(j, ST_SECTION_INSERT);
        if (rc) return rc;
    }
    return 0;
}

static int insert_timexes(add_job *j)
{
    sqlite3_stmt *s = j->st->st[ST_TIMEX_INSERT];
    for (size_t i = 0; i < j->doc->timexes.n; i++) {
        const evg_timex *t = &j->doc->timexes.v[i];
        if (!span_ok(j->doc, t->os, t->oe))
            return fail_input(j, "time expression %zu is outside the text", i);
        sqlite3_bind_int64(s, 1, j->doc_id);
        sqlite3_bind_int64(s, 2, (sqlite3_int64)i);
        sqlite3_bind_int(s, 3, t->section);
        sqlite3_bind_int(s, 4, t->os);
        sqlite3_bind_int(s, 5, t->oe);
        evg_store_bind_textn(s, 6, j->doc->raw.p + t->os, (size_t)(t->oe - t->os));
        evg_store_bind_text(s, 7, evg_timex_type_name(t->type));
        evg_store_bind_text(s, 8, t->value);
        evg_store_bind_text(s, 9, evg_timex_mod_name(t->mod));
        evg_store_bind_day(s, 10, t->begin);
        evg_store_bind_day(s, 11, t->end);
        int rc = step_write(j, ST_TIMEX_INSERT);
        if (rc) return rc;
    }
    return 0;
}

/* 1 when the row described by the parts (joined with a unit separator) was
 * already written through this connection, so writing it again would change
 * nothing (see evg_store_mem_first_write). */
static int written_before(evg_store_mem *m, const char *const *parts, int n)
{
    evg_buf b = {0};
    for (int i = 0; i < n; i++) {
        if (i) evg_buf_put(&b, "\x1f", 1);
        evg_buf_puts(&b, parts[i] ? parts[i] : "");
    }
    int before = !evg_store_mem_first_write(m, b.p);
    free(b.p);
    return before;
}

static int insert_alias(add_job *j, evg_store_mem *m, const char *id, const char *alias)
{
    if (!alias || !*alias) return 0;
    const char *row[] = {"alias", id, alias};
    if (written_before(m, row, 3)) return 0;
    sqlite3_stmt *s = j->st->st[ST_ALIAS_INSERT];
    evg_store_bind_text(s, 1, id);
    evg_store_bind_text(s, 2, alias);
    return step_write(j, ST_ALIAS_INSERT);
}

/* The upsert only fills empty columns, so the same values twice change nothing. */
static int upsert_entity(add_job *j, evg_store_mem *m, const evg_entity *e)
{
    sqlite3_stmt *s = j->st->st[ST_ENTITY_UPSERT];
    const char *name = e->name && *e->name ? e->name : e->name_en && *e->name_en ? e->name_en : e->id;
    const char *row[] = {"entity", e->id, name, e->name_en, e->type, e->country, e->role};
    int rc = 0;
    if (!written_before(m, row, 7)) {
        for (int i = 1; i < 7; i++) evg_store_bind_text(s, i, row[i]);
        rc = step_write(j, ST_ENTITY_UPSERT);
    }
    if (!rc) rc = insert_alias(j, m, e->id, name);
    for (size_t a = 0; !rc && a < e->aliases.n; a++) rc = insert_alias(j, m, e->id, e->aliases.v[a]);
    return rc;
}

static int upsert_entities(add_job *j)
{
    evg_store_mem *m = NULL;
    int rc = evg_store_mem_get(j->st, &m);
    for (size_t i = 0; !rc && i < j->doc->entities.n; i++)
        if (entity_id(j->doc, (int32_t)i)) rc = upsert_entity(j, m, &j->doc->entities.v[i]);
    return rc;
}

static int insert_mentions(add_job *j)
{
    sqlite3_stmt *s = j->st->st[ST_MENTION_INSERT];
    for (size_t i = 0; i < j->doc->mentions.n; i++) {
        const evg_mention *m = &j->doc->mentions.v[i];
        if (!span_ok(j->doc, m->os, m->oe) || m->entity < 0 || (size_t)m->entity >= j->doc->entities.n)
            return fail_input(j, "mention %zu is outside the text or names no entity", i);
        const char *id = entity_id(j->doc, m->entity);
        if (!id) continue;
        sqlite3_bind_int64(s, 1, j->doc_id);
        evg_store_bind_text(s, 2, id);
        sqlite3_bind_int(s, 3, m->os);
        sqlite3_bind_int(s, 4, m->oe);
        evg_store_bind_textn(s, 5, j->doc->raw.p + m->os, (size_t)(m->oe - m->os));
        sqlite3_bind_int(s, 6, m->sent);
        int kind = m->kind >= EVG_MEN_NAME && m->kind <= EVG_MEN_PRONOUN ? m->kind : EVG_MEN_NAME;
        evg_store_bind_text(s, 7, mention_kind_names[kind]);
        int rc = step_write(j, ST_MENTION_INSERT);
        if (rc) return rc;
    }
    return 0;
}

/* ---- events ---- */

static int check_event(add_job *j, size_t i)
{
    const evg_doc *d = j->doc;
    const evg_event *ev = &d->events.v[i];
    if (!ev->code[0]) return fail_input(j, "event %zu has no code", i);
    if (ev->sent < 0 || (size_t)ev->sent >= d->sentences.n ||
        !span_ok(d, d->sentences.v[ev->sent].os, d->sentences.v[ev->sent].oe))
        return fail_input(j, "event %zu names a sentence that does not exist", i);
    if (ev->trig_first < 0 || ev->trig_first >= ev->trig_end || (size_t)ev->trig_end > d->tokens.n)
        return fail_input(j, "event %zu has trigger tokens that do not exist", i);
    if (ev->nactors < 0 || ev->nactors > EVG_MAX_ACTORS)
        return fail_input(j, "event %zu has a bad actor count", i);
    for (int a = 0; a < ev->nactors; a++)
        if (ev->actors[a].entity < 0 || (size_t)ev->actors[a].entity >= d->entities.n)
            return fail_input(j, "event %zu names an actor that does not exist", i);
    if (ev->location >= (int32_t)d->entities.n || ev->attribution >= (int32_t)d->entities.n)
        return fail_input(j, "event %zu names a place or source that does not exist", i);
    return 0;
}

/* Reference date of the report: its section's, else the document's. */
static int32_t event_dct(const evg_doc *d, const evg_event *ev)
{
    if (ev->section >= 0 && (size_t)ev->section < d->sections.n &&
        d->sections.v[ev->section].dct != EVG_NODATE)
        return d->sections.v[ev->section].dct;
    return d->dct;
}

static void event_key(const evg_doc *d, const evg_event *ev, const char **ids, evg_merge_key *k)
{
    memset(k, 0, sizeof *k);
    k->code = ev->code;
    k->begin = ev->begin;
    k->end = ev->end;
    k->date_source = ev->date_source;
    k->dct = event_dct(d, ev);
    for (int a = 0; a < ev->nactors; a++) {
        const char *id = entity_id(d, ev->actors[a].entity);
        if (id) ids[k->nactors++] = id;
    }
    k->actors = ids;
    k->location = entity_id(d, ev->location);
    k->modality = ev->modality;
}

static int key_dated(const evg_merge_key *k)
{
    return k->date_source != EVG_DATE_NONE && k->begin != EVG_NODATE && k->end != EVG_NODATE;
}

/* The stored event's key as merge.c reads it. */
static void stored_from_mem(const evg_mem_event *e, stored_event *out)
{
    evg_store_mem_key(e, &out->key);
    out->date_value = e->date_value;
}

/* The days a report can merge in, as merge.c reads them (widened by a day
 * on each side); 0 when it has no place on the calendar. */
static int candidate_window(const evg_merge_key *k, int32_t *b, int32_t *e)
{
    if (!evg_store_key_span(k, b, e)) return 0;
    --*b;
    ++*e;
    return 1;
}

/* First merged event (lowest id) that k reports: the candidates share one of
 * its actors and its family, sit in its periods and have dates that can meet
 * its own; evg_merge_same decides, in ascending id order, and the first it
 * accepts ends the walk.  *out_id = 0 when none, else *out holds the stored
 * key. */
static void find_merged(evg_store_mem *m, const evg_merge_key *k, sqlite3_int64 *out_id, stored_event *out)
{
    int32_t wb = 0, we = 0;
    int placed = candidate_window(k, &wb, &we);
    sqlite3_int64 id;
    *out_id = 0;
    evg_store_mem_walk(m, k, placed, wb, we);
    while (!*out_id && (id = evg_store_mem_next(m)) != 0) {
        stored_from_mem(evg_store_mem_event(m, id), out);
        if (evg_merge_same(&out->key, k)) *out_id = id;
    }
}

static int event_insert(add_job *j, evg_store_mem *m, const evg_event *ev, const evg_merge_key *k,
                        sqlite3_int64 *out_id)
{
    sqlite3_stmt *s = j->st->st[ST_EVENT_INSERT];
    char root[3] = {ev->code[0], ev->code[1], '\0'};
    evg_store_bind_text(s, 1, ev->code);
    evg_store_bind_text(s, 2, ev->root[0] ? ev->root : root);
    evg_store_bind_text(s, 3, ev->label);
    evg_store_bind_text(s, 4, evg_merge_family(ev->code));
    evg_store_bind_text(s, 5, ev->date_value[0] ? ev->date_value : NULL);
    evg_store_bind_day(s, 6, ev->begin);
    evg_store_bind_day(s, 7, ev->end);
    evg_store_bind_text(s, 8, date_source_name(ev->date_source));
    evg_store_bind_day(s, 9, k->dct);
    evg_store_bind_text(s, 10, k->location);
    evg_store_bind_text(s, 11, evg_modality_name(ev->modality));
    sqlite3_bind_double(s, 12, isfinite(ev->confidence) ? ev->confidence : 0.0);
    int rc = step_write(j, ST_EVENT_INSERT);
    *out_id = sqlite3_last_insert_rowid(j->st->db);
    if (!rc) {
        evg_mem_event e = {.code = ev->code, .location = k->location, .date_value = ev->date_value,
                           .begin = ev->begin, .end = ev->end, .dct = k->dct,
                           .date_source = ev->date_source, .modality = ev->modality};
        evg_store_mem_set(m, *out_id, &e);
    }
    return rc;
}

/* 1 when the event's actors include id. */
static int mem_has_actor(const evg_mem_event *e, const char *id)
{
    if (!e) return 0;
    for (int i = 0; i < e->nactors; i++)
        if (strcmp(e->actors[i], id) == 0) return 1;
    return 0;
}

/* Actors of the report the event lacks join it with this report's role. */
static int event_actors_insert(add_job *j, evg_store_mem *m, const evg_event *ev, sqlite3_int64 id)
{
    sqlite3_stmt *s = j->st->st[ST_EVENT_ACTOR_INSERT];
    for (int a = 0; a < ev->nactors; a++) {
        const char *eid = entity_id(j->doc, ev->actors[a].entity);
        if (!eid || mem_has_actor(evg_store_mem_event(m, id), eid)) continue;
        sqlite3_bind_int64(s, 1, id);
        evg_store_bind_text(s, 2, eid);
        evg_store_bind_text(s, 3, evg_role_name(ev->actors[a].role));
        int rc = step_write(j, ST_EVENT_ACTOR_INSERT);
        if (rc) return rc;
        evg_store_mem_add_actor(m, id, eid);
    }
    return 0;
}

/* The quantities as a JSON array, or NULL when there are none (caller frees). */
static char *quantities_json(const evg_doc *d, const evg_event *ev)
{
    if (!ev->quantities.n) return NULL;
    evg_buf b = {0};
    evg_buf_puts(&b, "[");
    for (size_t i = 0; i < ev->quantities.n; i++) {
        const evg_quantity *q = &ev->quantities.v[i];
        if (i) evg_buf_puts(&b, ",");
        if (isfinite(q->value)) evg_buf_printf(&b, "{\"value\":%.15g,\"unit\":", q->value);
        else evg_buf_puts(&b, "{\"value\":null,\"unit\":");
        evg_json_str(&b, q->unit);
        evg_buf_puts(&b, ",\"text\":");
        if (span_ok(d, q->os, q->oe)) evg_json_strn(&b, d->raw.p + q->os, (size_t)(q->oe - q->os));
        else evg_buf_puts(&b, "null");
        evg_buf_puts(&b, "}");
    }
    evg_buf_puts(&b, "]");
    return b.p;
}

/* The quantities of a report as the store compares them: "value unit"
 * for each one with a value and a unit, joined by ';' ("" when none), as
 * schema 4 read them back from the JSON with json_extract (caller frees). */
static char *quantities_key(const evg_event *ev)
{
    evg_buf b = {0};
    evg_buf_puts(&b, "");
    for (size_t i = 0; i < ev->quantities.n; i++) {
        const evg_quantity *q = &ev->quantities.v[i];
        if (!isfinite(q->value) || !q->unit) continue;
        if (b.n) evg_buf_puts(&b, ";");
        evg_buf_printf(&b, "%.15g %s", q->value == 0 ? 0.0 : q->value, q->unit);
    }
    return b.p;
}

/* The reports of event id this document has written (a document is stored
 * once, so they are exactly its rows in event_mentions): *any from it, and
 * *same from this sentence. */
static void doc_seen(const add_job *j, sqlite3_int64 id, int32_t sentence_start, int *any, int *same)
{
    *any = *same = 0;
    for (size_t i = 0; i < j->reports.n; i++) {
        if (j->reports.v[i].event != id) continue;
        *any = 1;
        if (j->reports.v[i].sentence_start == sentence_start) *same = 1;
    }
}

static void remember_report(add_job *j, sqlite3_int64 id, int32_t sentence_start, const evg_event *ev)
{
    doc_report r = {id, sentence_start, ev->code, quantities_key(ev)};
    evg_vec_push(&j->reports, r);
}

static void forget_reports(add_job *j)
{
    for (size_t i = 0; i < j->reports.n; i++) free(j->reports.v[i].quantities);
    free(j->reports.v);
    j->reports.v = NULL;
    j->reports.n = j->reports.cap = 0;
}

/* Store the report unless the event holds one of the same sentence of this
 * document; *added / *new_doc say whether it was new and whether it is the
 * first report of the event from this document.  A fresh event has none. */
static int event_mention_insert(add_job *j, const evg_event *ev, sqlite3_int64 id, int fresh, int *added,
                                int *new_doc)
{
    const evg_doc *d = j->doc;
    const evg_sentence *sen = &d->sentences.v[ev->sent];
    int seen = 0, same = 0;
    *added = *new_doc = 0;
    if (!fresh) doc_seen(j, id, sen->os, &seen, &same);
    if (same) return 0;
    sqlite3_stmt *s = j->st->st[ST_EVENT_MENTION_INSERT];
    char *quantities = quantities_json(d, ev);
    sqlite3_bind_int64(s, 1, id);
    sqlite3_bind_int64(s, 2, j->doc_id);
    sqlite3_bind_int(s, 3, sen->os);
    sqlite3_bind_int(s, 4, sen->oe);
    evg_store_bind_textn(s, 5, d->raw.p + sen->os, (size_t)(sen->oe - sen->os));
    sqlite3_bind_int(s, 6, d->tokens.v[ev->trig_first].os);
    sqlite3_bind_int(s, 7, d->tokens.v[ev->trig_end - 1].oe);
    evg_store_bind_text(s, 8, ev->code);
    evg_store_bind_text(s, 9, ev->date_value[0] ? ev->date_value : NULL);
    evg_store_bind_text(s, 10, date_source_name(ev->date_source));
    evg_store_bind_text(s, 11, evg_modality_name(ev->modality));
    evg_store_bind_text(s, 12, entity_id(d, ev->attribution));
    evg_store_bind_text(s, 13, quantities);
    sqlite3_bind_double(s, 14, isfinite(ev->confidence) ? ev->confidence : 0.0);
    int rc = step_write(j, ST_EVENT_MENTION_INSERT);
    *added = rc == 0;
    *new_doc = *added && !seen;
    if (*added) remember_report(j, id, sen->os, ev);
    free(quantities);
    return rc;
}

static int source_rank(int src)
{
    static const int rank[] = {[EVG_DATE_NONE] = 0, [EVG_DATE_DCT] = 1, [EVG_DATE_COREF] = 2,
                               [EVG_DATE_TIMEX] = 3};
    return src >= EVG_DATE_NONE && src <= EVG_DATE_DCT ? rank[src] : 0;
}

/* 1 when the new report dates the event more precisely than the stored one. */
static int more_precise(const evg_merge_key *nw, const evg_merge_key *old)
{
    if (!key_dated(nw)) return 0;
    if (!key_dated(old)) return 1;
    int rn = source_rank(nw->date_source), ro = source_rank(old->date_source);
    if (rn != ro) return rn > ro;
    return nw->end - nw->begin < old->end - old->begin;
}

/* Fold the new report into merged event id (old: its stored key). */
static int event_update(add_job *j, evg_store_mem *m, sqlite3_int64 id, const evg_event *ev,
                        const evg_merge_key *k, const stored_event *old, int added, int new_doc)
{
    sqlite3_stmt *s = j->st->st[ST_EVENT_UPDATE];
    int take = more_precise(k, &old->key);
    const evg_merge_key *date = take ? k : &old->key;
    const char *value = take ? ev->date_value : old->date_value;
    int modality = old->key.modality == EVG_MODAL_ASSERTED || k->modality == EVG_MODAL_ASSERTED
                       ? EVG_MODAL_ASSERTED : old->key.modality;
    sqlite3_bind_int64(s, 1, id);
    evg_store_bind_text(s, 2, value && *value ? value : NULL);
    evg_store_bind_day(s, 3, date->begin);
    evg_store_bind_day(s, 4, date->end);
    evg_store_bind_text(s, 5, date_source_name(date->date_source));
    evg_store_bind_day(s, 6, date->dct);
    evg_store_bind_text(s, 7, old->key.location ? old->key.location : k->location);
    evg_store_bind_text(s, 8, evg_modality_name(modality));
    sqlite3_bind_double(s, 9, isfinite(ev->confidence) ? ev->confidence : 0.0);
    sqlite3_bind_int(s, 10, added);
    sqlite3_bind_int(s, 11, new_doc);
    int rc = step_write(j, ST_EVENT_UPDATE);
    if (!rc) {
        evg_mem_event e = {.code = old->key.code, .date_value = value && *value ? value : "",
                           .location = old->key.location ? old->key.location : k->location,
                           .begin = date->begin, .end = date->end, .dct = date->dct,
                           .date_source = date->date_source, .modality = modality};
        evg_store_mem_set(m, id, &e);
    }
    return rc;
}

/* ---- issue 5 (events helper): reports the document stage kept apart ----
 * Stored event id already holds a report from this same document with
 * another code (a visit and its hosting, 042/043, are one) or other
 * quantities (values and units; the quoted text may differ): the document
 * stage saw two events
 * there (events_merge.c), so the store must not fold this report into it
 * ("28 ألف حاوية" beside the July/August troops).  1 when so, else 0.  The
 * document's own reports are in memory (doc_seen), so no query is made. */
static int is_visit(const char *code)
{
    return strcmp(code, "042") == 0 || strcmp(code, "043") == 0;
}

static int kept_apart_in_doc(add_job *j, sqlite3_int64 id, const evg_event *ev)
{
    char *key = NULL;
    int apart = 0;
    for (size_t i = 0; i < j->reports.n && !apart; i++) {
        const doc_report *r = &j->reports.v[i];
        if (r->event != id) continue;
        if (strcmp(r->code, ev->code) != 0 && !(is_visit(r->code) && is_visit(ev->code))) apart = 1;
        else apart = strcmp(r->quantities, key ? key : (key = quantities_key(ev))) != 0;
    }
    free(key);
    return apart;
}

static int store_event(add_job *j, const evg_event *ev)
{
    const char *ids[EVG_MAX_ACTORS];
    evg_merge_key k;
    stored_event old = {0};
    sqlite3_int64 id = 0;
    evg_store_mem *m = NULL;
    int rc = evg_store_mem_get(j->st, &m);
    if (rc) return rc;
    event_key(j->doc, ev, ids, &k);
    find_merged(m, &k, &id, &old);
    if (id && kept_apart_in_doc(j, id, ev)) id = 0; /* issue 5: see kept_apart_in_doc */
    int fresh = !id; /* a new event is stored with this report counted (1, 1) */
    if (fresh) rc = event_insert(j, m, ev, &k, &id);
    if (!rc) rc = event_actors_insert(j, m, ev, id);
    int added = 0, new_doc = 0;
    if (!rc) rc = event_mention_insert(j, ev, id, fresh, &added, &new_doc);
    if (!rc && !fresh) rc = event_update(j, m, id, ev, &k, &old, added, new_doc);
    if (!rc) evg_store_mem_file(m, id);
    return rc;
}

static int store_events(add_job *j)
{
    int rc = 0;
    for (size_t i = 0; i < j->doc->events.n && !rc; i++) rc = check_event(j, i);
    for (size_t i = 0; i < j->doc->events.n && !rc; i++) rc = store_event(j, &j->doc->events.v[i]);
    return rc;
}

static int store_rows(add_job *j)
{
    int rc;
    if ((rc = insert_document(j)) != 0) return rc;
    if ((rc = insert_sections(j)) != 0) return rc;
    if ((rc = insert_timexes(j)) != 0) return rc;
    if ((rc = upsert_entities(j)) != 0) return rc;
    if ((rc = insert_mentions(j)) != 0) return rc;
    rc = store_events(j);
    forget_reports(j);
    return rc;
}

/* ---- batched writing: a savepoint per document inside a longer transaction ---- */

static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int batch_open(evg_store *st, const char *what)
{
    if (st->batch_open) return 0;
    int rc = evg_store_exec(st, ST_BEGIN, what);
    if (rc) return rc;
    st->batch_open = 1;
    st->batch_n = 0;
    st->batch_t0 = now_ms();
    return evg_store_mem_check(st); /* another connection may have written since */
}

/* Undo the document's savepoint without touching the message on the context. */
static void savepoint_undo(evg_store *st, int wrote)
{
    if (wrote) evg_store_mem_drop(st); /* it may hold the undone document's events */
    if (sqlite3_get_autocommit(st->db)) return;
    sqlite3_step(st->st[ST_ROLLBACK_TO]);
    sqlite3_reset(st->st[ST_ROLLBACK_TO]);
    sqlite3_step(st->st[ST_RELEASE]);
    sqlite3_reset(st->st[ST_RELEASE]);
}

static int batch_due(const evg_store *st)
{
    return st->batch_n >= st->batch_docs || (st->batch_ms && now_ms() - st->batch_t0 >= st->batch_ms);
}

static int add_in_batch(add_job *j, int *out_added)
{
    evg_store *st = j->st;
    int found = 0, rc;
    if ((rc = batch_open(st, j->what)) != 0) return rc;
    if ((rc = evg_store_exec(st, ST_SAVEPOINT, j->what)) != 0) return rc;
    rc = find_doc(j, &found);
    if (!rc && !found) rc = store_rows(j);
    if (rc || found) {
        savepoint_undo(st, rc != 0);
    } else if ((rc = evg_store_exec(st, ST_RELEASE, j->what)) == 0) {
        *out_added = 1;
        st->batch_n++;
        st->load_n++;
    }
    if (sqlite3_get_autocommit(st->db) && st->batch_open) { /* SQLite ended it on a failure */
        st->batch_open = st->batch_n = 0;
        evg_store_mem_drop(st);
    }
    if (!rc && st->batch_open && batch_due(st)) {
        rc = evg_store_batch_commit(st);
        if (!rc && st->defer_pending && st->load_n >= st->batch_docs) evg_store_defer_indexes(st);
    }
    return rc;
}

int evg_store_add_doc(evg_store *st, const evg_doc *doc, int *out_added)
{
    add_job j = {.st = st, .doc = doc};
    int found = 0, rc;
    *out_added = 0;
    snprintf(j.what, sizeof j.what, "adding %s", doc->name ? doc->name : "-");
    if (!doc->sha256[0])
        return evg_error(st->ctx, EVG_EINPUT, "%s: no content hash (document not finished)", doc->name);
    if (st->batch_docs) return add_in_batch(&j, out_added);
    if ((rc = evg_store_begin(st, j.what)) != 0) return rc;
    if ((rc = find_doc(&j, &found)) != 0 || found) goto done;
    if ((rc = store_rows(&j)) != 0) goto done;
    if ((rc = evg_store_commit(st, j.what)) != 0) goto done;
    *out_added = 1;
done:
    if (rc != 0) evg_store_mem_drop(st); /* it may hold the undone document's events */
    if (rc != 0 || found) evg_store_rollback(st);
    return rc;
}
