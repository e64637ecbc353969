/*
 * store_model.c - the collection as an evg_model for graph/ and export/,
 * and the analytics written back.
 *
 * evg_store_load_model reads the actors (entities that take part in an
 * event or are the place of one, sorted by id, with their stored metrics
 * and the number of events they take part in, both found in C after the
 * events are read: every entity is read, the others dropped) and the
 * merged events (sorted by first day, undated last), each with its
 * actors, the first evidence sentence and the path of the first document
 * that reported it (both found in one pass over event_mentions in rowid
 * order).  Every string of the model lives in its arena (m->strings), the
 * arrays are malloc'd; evg_model_free releases all.  Event
 * actors and locations refer to actors by index (a hash of the ids while
 * loading).
 * evg_store_save_metrics upserts actor_metrics in one transaction.
 */
#include "store_impl.h"

typedef EVG_VEC(evg_m_actor) actor_vec;
typedef EVG_VEC(evg_m_event) event_vec;

static double col_double(sqlite3_stmt *s, int i, double dflt)
{
    return sqlite3_column_type(s, i) == SQLITE_NULL ? dflt : sqlite3_column_double(s, i);
}

/* Column i as a string of the model's arena ("" for NULL). */
static char *col_str(evg_model *m, sqlite3_stmt *s, int i)
{
    const unsigned char *t = sqlite3_column_text(s, i);
    return evg_arena_strdup(m->strings, t ? (const char *)t : "");
}

static void read_actor(evg_model *m, sqlite3_stmt *s, evg_m_actor *a)
{
    memset(a, 0, sizeof *a);
    a->id = col_str(m, s, 0);
    a->name = col_str(m, s, 1);
    a->name_en = col_str(m, s, 2);
    a->type = col_str(m, s, 3);
    a->country = col_str(m, s, 4);
    a->role = col_str(m, s, 5);
    a->nevents = (long)sqlite3_column_int64(s, 6);
    a->degree = col_double(s, 7, 0);
    a->strength = col_double(s, 8, 0);
    a->pagerank = col_double(s, 9, 0);
    a->betweenness = col_double(s, 10, 0);
    a->community = (int)col_double(s, 11, -1);
    a->component = (int)col_double(s, 12, -1);
}

static int load_actors(evg_store *st, evg_model *m)
{
    sqlite3_stmt *s = st->st[ST_MODEL_ACTORS];
    actor_vec v = {0};
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        evg_vec_grow(&v);
        read_actor(m, s, &v.v[v.n++]);
    }
    sqlite3_reset(s);
    m->actors = v.v;
    m->nactors = v.n;
    return rc == SQLITE_DONE ? 0 : evg_store_fail(st, "loading actors");
}

/* The actors' ids hashed to their index while the events are read: open
 * addressing over index + 1, power-of-two capacity. */
typedef struct id_index {
    int *slot;
    size_t mask;
} id_index;

static void index_build(const evg_model *m, id_index *ix)
{
    size_t cap = 16;
    while (cap < 2 * m->nactors + 2) cap *= 2;
    ix->slot = evg_xcalloc(cap, sizeof *ix->slot);
    ix->mask = cap - 1;
    for (size_t a = 0; a < m->nactors; a++) {
        const char *id = m->actors[a].id;
        size_t i = evg_hash_bytes(id, strlen(id)) & ix->mask;
        while (ix->slot[i]) i = (i + 1) & ix->mask;
        ix->slot[i] = (int)a + 1;
    }
}

/* Index of actor id in m, or -1. */
static int actor_index(const evg_model *m, const id_index *ix, const char *id)
{
    if (!id) return -1;
    size_t i = evg_hash_bytes(id, strlen(id)) & ix->mask;
    for (; ix->slot[i]; i = (i + 1) & ix->mask)
        if (strcmp(m->actors[ix->slot[i] - 1].id, id) == 0) return ix->slot[i] - 1;
    return -1;
}

/* Every event's actors in one pass over event_actors in the order stored
 * (so each event's actors keep that order): one query instead of one per
 * event. */
static int load_event_actors(evg_store *st, evg_model *m, const id_index *ix, const size_t *at, long maxid)
{
    sqlite3_stmt *s = st->st[ST_MODEL_EVENT_ACTORS];
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        sqlite3_int64 id = sqlite3_column_int64(s, 0);
        if (id <= 0 || id > maxid || !at[id]) continue;
        evg_m_event_actor a = {actor_index(m, ix, (const char *)sqlite3_column_text(s, 1)),
                               evg_store_role_from_name((const char *)sqlite3_column_text(s, 2))};
        if (a.actor < 0) continue;
        evg_m_event *e = &m->events[at[id] - 1];
        int n = e->nactors; /* capacity: 4, then doubled whenever n reaches a power of two */
        if (n == 0 || (n >= 4 && (n & (n - 1)) == 0))
            e->actors = evg_xrealloc(e->actors, (size_t)(n ? 2 * n : 4) * sizeof *e->actors);
        e->actors[e->nactors++] = a;
    }
    sqlite3_reset(s);
    return rc == SQLITE_DONE ? 0 : evg_store_fail(st, "loading event actors");
}

/* Event id -> index + 1 in m->events (0: none), for ids up to *maxid. */
static size_t *event_slots(const evg_model *m, long *maxid)
{
    *maxid = 0;
    for (size_t i = 0; i < m->nevents; i++)
        if (m->events[i].id > *maxid) *maxid = m->events[i].id;
    size_t *at = evg_xcalloc((size_t)*maxid + 1, sizeof *at);
    for (size_t i = 0; i < m->nevents; i++)
        if (m->events[i].id > 0) at[m->events[i].id] = i + 1;
    return at;
}

/* Document paths by id (in id order), strings in the model's arena. */
typedef struct doc_path {
    sqlite3_int64 id;
    char *path;
} doc_path;
typedef EVG_VEC(doc_path) doc_paths;

static int load_doc_paths(evg_store *st, evg_model *m, doc_paths *v)
{
    sqlite3_stmt *s = st->st[ST_MODEL_DOC_PATHS];
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        doc_path d = {sqlite3_column_int64(s, 0), col_str(m, s, 1)};
        evg_vec_push(v, d);
    }
    sqlite3_reset(s);
    return rc == SQLITE_DONE ? 0 : evg_store_fail(st, "loading document paths");
}

/* The path of document id (none when there is no such document). */
static char *doc_path_of(const doc_paths *v, sqlite3_int64 id, char *none)
{
    size_t lo = 0, hi = v->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (v->v[mid].id == id) return v->v[mid].path;
        if (v->v[mid].id < id) lo = mid + 1;
        else hi = mid;
    }
    return none;
}

/* Every event's first report (lowest rowid): its sentence and document, in
 * one pass over event_mentions in rowid order. */
static int load_first_reports(evg_store *st, evg_model *m, const size_t *at, long maxid)
{
    sqlite3_stmt *s = st->st[ST_MODEL_FIRST_REPORTS];
    doc_paths docs = {0};
    unsigned char *seen = evg_xcalloc((size_t)maxid + 1, 1);
    char *none = evg_arena_strdup(m->strings, ""); /* the LEFT JOIN's NULL path */
    int rc = load_doc_paths(st, m, &docs), step = SQLITE_DONE;
    while (!rc && (step = sqlite3_step(s)) == SQLITE_ROW) {
        sqlite3_int64 id = sqlite3_column_int64(s, 0);
        if (id <= 0 || id > maxid || !at[id] || seen[id]) continue;
        seen[id] = 1;
        evg_m_event *e = &m->events[at[id] - 1];
        e->sentence = col_str(m, s, 2);
        e->doc = doc_path_of(&docs, sqlite3_column_int64(s, 1), none);
    }
    sqlite3_reset(s);
    free(seen);
    free(docs.v);
    if (!rc && step != SQLITE_DONE) rc = evg_store_fail(st, "loading the first reports");
    return rc;
}

static void read_event(sqlite3_stmt *s, evg_model *m, const id_index *ix, evg_m_event *e)
{
    memset(e, 0, sizeof *e);
    e->id = (long)sqlite3_column_int64(s, 0);
    e->code = col_str(m, s, 1);
    e->root = col_str(m, s, 2);
    e->label = col_str(m, s, 3);
    e->date_value = col_str(m, s, 4);
    e->begin = evg_store_col_day(s, 5);
    e->end = evg_store_col_day(s, 6);
    e->modality = evg_store_modality_from_name((const char *)sqlite3_column_text(s, 7));
    e->location = actor_index(m, ix, (const char *)sqlite3_column_text(s, 8));
    e->nmentions = (int)sqlite3_column_int64(s, 9);
    e->confidence = sqlite3_column_double(s, 10);
    e->sentence = col_str(m, s, 11);
    e->doc = col_str(m, s, 12);
}

/* The sort key of an event: its days and id, and where it is. */
typedef struct date_key {
    int32_t begin, end;
    long id;
    size_t at;
} date_key;

/* Undated events last, then by first day, last day (EVG_NODATE, the
 * smallest, first as SQL orders NULL) and id. */
static int cmp_event_date(const void *pa, const void *pb)
{
    const date_key *a = pa, *b = pb;
    int na = a->begin == EVG_NODATE, nb = b->begin == EVG_NODATE;
    if (na != nb) return na - nb;
    if (a->begin != b->begin) return a->begin < b->begin ? -1 : 1;
    if (a->end != b->end) return a->end < b->end ? -1 : 1;
    return (a->id > b->id) - (a->id < b->id);
}

/* Put m's events in date order: the small keys are sorted, then the events
 * are moved once into a new array (sorting the events themselves moved
 * each 100-byte record many times). */
static void sort_by_date(evg_model *m)
{
    if (m->nevents < 2) return;
    date_key *k = evg_xmalloc(m->nevents * sizeof *k);
    for (size_t i = 0; i < m->nevents; i++)
        k[i] = (date_key){m->events[i].begin, m->events[i].end, m->events[i].id, i};
    qsort(k, m->nevents, sizeof *k, cmp_event_date);
    evg_m_event *sorted = evg_xmalloc(m->nevents * sizeof *sorted);
    for (size_t i = 0; i < m->nevents; i++) sorted[i] = m->events[k[i].at];
    free(m->events);
    m->events = sorted;
    free(k);
}

static int load_events(evg_store *st, evg_model *m, int evidence)
{
    sqlite3_stmt *s = st->st[ST_MODEL_EVENTS_BARE];
    event_vec v = {0};
    id_index ix;
    int rc;
    index_build(m, &ix);
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        evg_vec_grow(&v);
        read_event(s, m, &ix, &v.v[v.n++]);
    }
    sqlite3_reset(s);
    m->events = v.v;
    m->nevents = v.n;
    /* the actors while the events are in id order, as event_actors is
     * stored (the rows then meet the events nearly in sequence), then the
     * sort by date */
    long maxid = 0;
    size_t *at = rc == SQLITE_DONE ? event_slots(m, &maxid) : NULL;
    if (rc == SQLITE_DONE) rc = load_event_actors(st, m, &ix, at, maxid);
    else rc = evg_store_fail(st, "loading events");
    if (rc == 0 && evidence) rc = load_first_reports(st, m, at, maxid);
    if (rc == 0) sort_by_date(m);
    free(at);
    free(ix.slot);
    return rc;
}

/* Count each actor's events (an actor named twice in one event counts
 * once) and mark the places; used[a] is then nonzero for every actor an
 * event refers to. */
static void count_events(evg_model *m, char *used)
{
    for (size_t i = 0; i < m->nevents; i++) {
        const evg_m_event *e = &m->events[i];
        if (e->location >= 0) used[e->location] = 1;
        for (int j = 0; j < e->nactors; j++) {
            int a = e->actors[j].actor, seen = 0;
            for (int k = 0; k < j && !seen; k++) seen = e->actors[k].actor == a;
            if (!seen) m->actors[a].nevents++, used[a] = 1;
        }
    }
}

/* Keep only the actors some event refers to, in their order, and renumber
 * the events' references. */
static void drop_unused(evg_model *m)
{
    char *used = evg_xcalloc(m->nactors + 1, 1);
    int *to = evg_xmalloc((m->nactors + 1) * sizeof *to);
    size_t n = 0;
    count_events(m, used);
    for (size_t a = 0; a < m->nactors; a++) {
        to[a] = used[a] ? (int)n : -1;
        if (used[a]) m->actors[n++] = m->actors[a];
        else evg_m_actor_free(m, &m->actors[a]);
    }
    for (size_t i = 0; i < m->nevents; i++) {
        evg_m_event *e = &m->events[i];
        if (e->location >= 0) e->location = to[e->location];
        for (int j = 0; j < e->nactors; j++) e->actors[j].actor = to[e->actors[j].actor];
    }
    m->nactors = n;
    free(to);
    free(used);
}

static int load_model(evg_store *st, evg_model **out, int evidence)
{
    evg_model *m = evg_xcalloc(1, sizeof *m);
    m->strings = evg_arena_new();
    int rc = load_actors(st, m);
    if (rc == 0) rc = load_events(st, m, evidence);
    if (rc == 0) drop_unused(m);
    if (rc != 0) {
        evg_model_free(m);
        m = NULL;
    }
    *out = m;
    return rc;
}

int evg_store_load_model(evg_store *st, evg_model **out)
{
    return load_model(st, out, 1);
}

int evg_store_load_model_bare(evg_store *st, evg_model **out)
{
    return load_model(st, out, 0);
}

int evg_store_event_mentions(evg_store *st, long id, size_t max, evg_m_mention **out, size_t *n)
{
    sqlite3_stmt *s = st->st[ST_MODEL_MENTIONS];
    EVG_VEC(evg_m_mention) v = {0};
    int rc;
    sqlite3_bind_int64(s, 1, id);
    sqlite3_bind_int64(s, 2, max ? (sqlite3_int64)max : -1); /* LIMIT -1: every report */
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        evg_m_mention mm = {evg_store_col_strdup(s, 0), evg_store_col_strdup(s, 1), sqlite3_column_int64(s, 2),
                            sqlite3_column_int64(s, 3), evg_store_col_strdup(s, 4), evg_store_col_strdup(s, 5),
                            NULL, NULL};
        if (sqlite3_column_type(s, 6) != SQLITE_NULL) mm.attribution = evg_store_col_strdup(s, 6);
        if (sqlite3_column_type(s, 7) != SQLITE_NULL) mm.quantities = evg_store_col_strdup(s, 7);
        evg_vec_push(&v, mm);
    }
    sqlite3_reset(s);
    *out = v.v;
    *n = v.n;
    return rc == SQLITE_DONE ? 0 : evg_store_fail(st, "loading the reports of an event");
}

char *evg_store_actor_aliases(evg_store *st, const char *id)
{
    sqlite3_stmt *s = st->st[ST_MODEL_ALIASES];
    char *out = NULL;
    evg_store_bind_text(s, 1, id);
    if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_type(s, 0) != SQLITE_NULL) out = evg_store_col_strdup(s, 0);
    sqlite3_reset(s);
    return out;
}

void evg_m_mentions_free(evg_m_mention *v, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(v[i].doc);
        free(v[i].sentence);
        free(v[i].date_value);
        free(v[i].modality);
        free(v[i].attribution);
        free(v[i].quantities);
    }
    free(v);
}

void evg_m_actor_free(const evg_model *m, evg_m_actor *a)
{
    if (m->strings) return;
    free(a->id);
    free(a->name);
    free(a->name_en);
    free(a->type);
    free(a->country);
    free(a->role);
}

void evg_m_event_free(const evg_model *m, evg_m_event *e)
{
    free(e->actors);
    if (m->strings) return;
    free(e->code);
    free(e->root);
    free(e->label);
    free(e->date_value);
    free(e->sentence);
    free(e->doc);
}

void evg_model_free(evg_model *m)
{
    if (!m) return;
    for (size_t i = 0; i < m->nactors; i++) evg_m_actor_free(m, &m->actors[i]);
    for (size_t i = 0; i < m->nevents; i++) evg_m_event_free(m, &m->events[i]);
    free(m->actors);
    free(m->events);
    if (m->strings) evg_arena_free(m->strings);
    free(m);
}

static int save_actor(evg_store *st, const evg_m_actor *a)
{
    sqlite3_stmt *s = st->st[ST_METRICS_UPSERT];
    evg_store_bind_text(s, 1, a->id);
    sqlite3_bind_double(s, 2, a->degree);
    sqlite3_bind_double(s, 3, a->strength);
    sqlite3_bind_double(s, 4, a->pagerank);
    sqlite3_bind_double(s, 5, a->betweenness);
    sqlite3_bind_int(s, 6, a->community);
    sqlite3_bind_int64(s, 7, a->nevents);
    sqlite3_bind_int(s, 8, a->component);
    return evg_store_exec(st, ST_METRICS_UPSERT, "saving actor metrics");
}

int evg_store_save_metrics(evg_store *st, const evg_model *m)
{
    int rc = evg_store_begin(st, "saving actor metrics");
    if (rc != 0) return rc;
    for (size_t i = 0; i < m->nactors && rc == 0; i++) rc = save_actor(st, &m->actors[i]);
    if (rc == 0) rc = evg_store_commit(st, "saving actor metrics");
    if (rc != 0) evg_store_rollback(st);
    return rc;
}
