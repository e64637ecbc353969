/*
 * entities_gazrows.c - the rows of the gazetteer tables (source 2 of
 * entities_gaz.c): data/gazetteer.tsv and the gaz_*.tsv tables of entries
 * (embedded) and opts.gazetteer_file, all in the format documented at the
 * top of data/gazetteer.tsv.  A row is checked (id, type, country, dates of
 * its offices "rus:president@2000-05-07/2008-05-07") and loaded: its entry
 * (a later row adds to an earlier one with the same id), its English and
 * Arabic names and aliases as keys, its offices.
 *
 * Reads the key builders of entities_gazkeys.c; exports
 * evg_gaz_load_embedded, evg_gaz_load_user_file and evg_gaz_valid_type (the
 * type check the title table shares) through entities_gazload.h.
 */
#include "entities_gazload.h"

#include <stdio.h>

/* ---- 2. gazetteer rows ---- */

enum { F_ID, F_TYPE, F_EN, F_AR, F_ALIASES, F_COUNTRY, F_ROLE, F_FROM, F_TO, F_OFFICE, F_N };

static int valid_id(const char *s)
{
    if (!*s) return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-')) return 0;
    return 1;
}

int evg_gaz_valid_type(const char *s)
{
    return !strcmp(s, "PER") || !strcmp(s, "ORG") || !strcmp(s, "GPE") || !strcmp(s, "LOC");
}

static int valid_country(const char *s)
{
    if (!*s) return 1;
    if (strlen(s) != 3) return 0;
    for (int i = 0; i < 3; i++)
        if (s[i] < 'A' || s[i] > 'Z') return 0;
    return 1;
}

static int parse_date(loader *L, const char *s, int32_t *out)
{
    *out = EVG_NODATE;
    if (!s || !*s) return 0;
    if (evg_parse_day(s, out) != 0) return evg_gaz_load_fail(L, "not a date (YYYY-MM-DD):", s);
    return 0;
}

/* One office "rus:president" or "rus:president@2000-05-07/2008-05-07". */
static int add_office(loader *L, char *spec, int e)
{
    gaz_office o;
    char *at = strchr(spec, '@');
    o.from = L->g->ents.v[e].from;
    o.to = L->g->ents.v[e].to;
    if (at) {
        *at = '\0';
        char *slash = strchr(at + 1, '/');
        if (!slash) return evg_gaz_load_fail(L, "office dates must be FROM/TO:", at + 1);
        *slash = '\0';
        if (parse_date(L, at + 1, &o.from) || parse_date(L, slash + 1, &o.to)) return EVG_EDATA;
    }
    char *plus = strstr(spec, "+acting");
    o.acting = plus != NULL;
    if (plus) *plus = '\0'; /* "sdn:foreign_minister+acting@2020-07-09/2021-02-08" */
    if (!strchr(spec, ':')) return evg_gaz_load_fail(L, "office must be QUALIFIER:OFFICE:", spec);
    for (char *p = spec; *p; p++) *p = (char)((*p >= 'A' && *p <= 'Z') ? *p + 32 : *p);
    o.office = evg_arena_strdup(L->g->arena, spec);
    o.entry = e;
    o.next = -1;
    evg_vec_push(&L->g->offices, o);
    return 0;
}

static int add_offices(loader *L, const char *list, int e)
{
    int rc = 0;
    char *copy = evg_xstrdup(list ? list : "");
    for (char *p = copy, *bar; p && *p && rc == 0; p = bar ? bar + 1 : NULL) {
        bar = strchr(p, '|');
        if (bar) *bar = '\0';
        if (*p) rc = add_office(L, p, e);
    }
    free(copy);
    return rc;
}

static int check_row(loader *L, char **f, int nf)
{
    if (nf < 4) return evg_gaz_load_fail(L, "expected at least 4 tab-separated columns, got", nf > 0 ? f[0] : "");
    if (!valid_id(f[F_ID]))
        return evg_gaz_load_fail(L, "id must be lower-case ASCII letters, digits and '-':", f[F_ID]);
    int listed = evg_gaz_find_id(L->g, f[F_ID]) >= 0;
    /* a row that adds to a listed id may leave its type empty (it keeps the listed one) */
    if (!(listed && !*f[F_TYPE]) && !evg_gaz_valid_type(f[F_TYPE]))
        return evg_gaz_load_fail(L, "type must be PER, ORG, GPE or LOC:", f[F_TYPE]);
    if (!*f[F_EN] && !*f[F_AR] && !listed) return evg_gaz_load_fail(L, "a new entry needs a name:", f[F_ID]);
    if (f[F_COUNTRY] && !valid_country(f[F_COUNTRY]))
        return evg_gaz_load_fail(L, "country must be an ISO 3166 alpha-3 code:", f[F_COUNTRY]);
    return 0;
}

static int load_row(loader *L, char **f, int nf)
{
    int rc = check_row(L, f, nf);
    if (rc) return rc;
    int e = evg_gaz_entry_get(L->g, f[F_ID]);
    gaz_entry *ent = &L->g->ents.v[e];
    evg_gaz_set_field(L->g, &ent->type, f[F_TYPE]);
    evg_gaz_set_field(L->g, &ent->name_en, f[F_EN]);
    evg_gaz_set_field(L->g, &ent->name_ar, f[F_AR]);
    evg_gaz_set_field(L->g, &ent->country, f[F_COUNTRY]);
    evg_gaz_set_field(L->g, &ent->role, f[F_ROLE]);
    if ((rc = parse_date(L, f[F_FROM], &ent->from)) || (rc = parse_date(L, f[F_TO], &ent->to))) return rc;
    evg_gaz_add_keys(L, f[F_EN], GAZ_NAME, e);
    evg_gaz_add_keys(L, f[F_AR], GAZ_NAME, e);
    evg_gaz_add_keys(L, f[F_ALIASES], GAZ_NAME, e);
    return add_offices(L, f[F_OFFICE], e);
}

static int load_rows(loader *L, const char *name, const char *data, size_t len)
{
    evg_tsv t;
    char *f[F_N];
    int nf, rc = 0;
    evg_tsv_init(&t, name, data, len);
    L->file = name;
    while (rc == 0 && (nf = evg_tsv_next(&t, f, F_N)) > 0) {
        L->line = t.line;
        rc = load_row(L, f, nf);
    }
    evg_tsv_free(&t);
    return rc;
}

int evg_gaz_load_embedded(loader *L, const char *name, int required)
{
    size_t len;
    const char *data = evg_data_find(name, &len);
    if (!data) return required ? evg_error(L->ctx, EVG_EDATA, "embedded table %s is missing", name) : 0;
    return load_rows(L, name, data, len);
}

int evg_gaz_load_user_file(loader *L, const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) return evg_error(L->ctx, EVG_EIO, "%s: cannot open the gazetteer file", path);
    evg_buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) evg_buf_put(&b, chunk, n);
    int err = ferror(fp);
    fclose(fp);
    int rc = err ? evg_error(L->ctx, EVG_EIO, "%s: read error", path) : load_rows(L, path, b.p, b.n);
    evg_buf_free(&b);
    return rc;
}
