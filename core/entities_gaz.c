/*
 * entities_gaz.c - loading the gazetteer (struct evg_gazetteer, see
 * entities_gaz.h): the order of its sources, the index of its keys, and
 * evg_gazetteer_load / evg_gazetteer_unload.
 *
 * Sources, in order, later rows adding to earlier ones with the same id:
 *  1. every ISO 3166 country from ICU's locale data: names in English and
 *     Arabic (uloc_getDisplayCountry), id = lower-case alpha-3
 *     (entities_gazicu.c);
 *  2. data/gazetteer.tsv, data/gaz_people.tsv, data/gaz_places.tsv,
 *     data/gaz_cities.tsv, data/gaz_world.tsv (more organisations, media,
 *     companies, places), data/gaz_leaders.tsv (more heads of state and
 *     government), data/gaz_figures.tsv (office holders, armed groups,
 *     parties, media of 2015-2025), data/gaz_holders_a.tsv (heads of state
 *     and government, foreign and defence ministers of 2015-2025 of Africa,
 *     the Middle East and Asia), data/gaz_holders_b.tsv (office holders of
 *     Europe, the Americas, Southeast Asia and Oceania, 2015-2025),
 *     data/gaz_bodies.tsv (national news agencies, parliaments, election
 *     commissions, armed forces and central banks), data/gaz_regions_b.tsv
 *     (first-level divisions of Europe, the Americas, East and South-East
 *     Asia and Oceania), data/gaz_regions_a.tsv (first-level divisions of
 *     Africa, the Middle East and Asia), data/gaz_agencies_missions.tsv
 *     (development agencies and funds, peace missions), data/gaz_ministries_parliaments_en.tsv
 *     (English names of foreign ministries, treasuries and parliaments),
 *     data/gaz_cities_more.tsv (cities of over half a million and
 *     provincial capitals the other tables lack) (embedded)
 *     and opts.gazetteer_file, all in the
 *     gazetteer format documented at the top of data/gazetteer.tsv
 *     (entities_gazrows.c);
 *  3. data/demonyms.tsv (nisba stems inflected here), data/titles.tsv,
 *     data/gaz_stopwords.tsv, data/gaz_ambiguous.tsv (names and nisbas
 *     several countries share), data/gaz_pairs.tsv ("البلدين"),
 *     data/gaz_honorifics.tsv (ranks), data/gaz_orgheads.tsv (head
 *     nouns of English organisation and place names) and
 *     data/given_names.tsv and data/given_names_more_en.tsv (common
 *     given names, a folded string set),
 *     data/names_latin.tsv with given_names.tsv (English spellings of
 *     Arabic name words, folded -> English, for entities_latin.c),
 *     data/gaz_portfolios.tsv (ministries' portfolios, folded -> English);
 *     data/gaz_rolenouns.tsv (English role nouns before an appositive name);
 *     data/gaz_orgwords.tsv (words of Arabic organisation names -> English)
 *     (entities_gazlists.c);
 *  4. the exemplar city of every country with a single time zone (nearly
 *     always its capital: Asia/Pyongyang, Africa/Nairobi), English and
 *     Arabic names from ICU's time-zone display data, id = slug of the
 *     English name; a name that is already a key is not added
 *     (entities_gazicu.c).
 * Every name is folded and tokenised with evg_fold_tokens, exactly as
 * document text is (entities_gazkeys.c).  Capitals are linked to their
 * country through their "<country>:capital" office, and foreign-name keys
 * are filed under their consonant skeleton (entities_fuzzy.c).  The index
 * (speed, session 21) also gives each key the hash of each token as it is
 * compared (entities_key.c rejects a document word of another hash without
 * comparing it), each entry the chain of its own office records, and each
 * title office the office records of its kind (index_office_kinds).  The
 * string map and the lookups are in entities_gazmap.c.  Exports
 * evg_gazetteer_load and evg_gazetteer_unload.
 */
#include "entities_gazload.h"

/* ---- 4. index ---- */

static int is_arab_country(const char *cc)
{
    static const char arab[] = "DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT "
                               "SAU SOM SDN SYR TUN ARE YEM";
    return *cc && strstr(arab, cc) != NULL;
}

static void index_keys(struct evg_gazetteer *g)
{
    for (size_t k = g->keys.n; k-- > 0;) {
        gaz_key *key = &g->keys.v[k];
        if (key->kind == GAZ_NAME) {
            gaz_entry *e = &g->ents.v[key->target];
            if (!(key->flags & GAZ_LATIN) && !is_arab_country(e->country)) key->flags |= GAZ_LOOSE;
            key->enext = e->first_key;
            e->first_key = (int)k;
        }
        key->next = evg_gaz_smap_get(&g->heads, key->skel[0], strlen(key->skel[0]));
        evg_gaz_smap_put(&g->heads, key->skel[0], (int)k);
    }
    size_t ntok = 1;
    for (size_t k = 0; k < g->keys.n; k++) ntok += (size_t)(g->keys.v[k].ntok > 0 ? g->keys.v[k].ntok : 0);
    uint32_t *th = evg_arena_alloc(g->arena, ntok * sizeof *th);
    for (size_t k = 0; k < g->keys.n; k++) { /* the hash of each token as compared (entities_key.c) */
        gaz_key *key = &g->keys.v[k];
        key->th = th;
        th += key->ntok > 0 ? key->ntok : 0;
        for (int t = 0; t < key->ntok; t++) {
            const char *kt = (key->flags & GAZ_LOOSE) ? key->skel[t] : key->tok[t];
            key->th[t] = evg_hash_bytes(kt, strlen(kt));
        }
        if (key->ntok > 0 && !strchr(key->tok[0], 0xBA)) key->flags |= GAZ_PLAIN0;
    }
    for (size_t k = 0; k < g->keys.n; k++) { /* stop words: the first STOP key of each text */
        const gaz_key *key = &g->keys.v[k];
        size_t n = strlen(key->tok[0]);
        if (key->kind == GAZ_STOP && n < 256 && evg_gaz_smap_get(&g->stops, key->tok[0], n) < 0)
            evg_gaz_smap_put(&g->stops, key->tok[0], (key->flags & GAZ_MAKSURA) ? 3 : 2);
    }
    for (size_t e = 0; e < g->ents.n; e++) g->ents.v[e].first_office = -1;
    for (size_t o = g->offices.n; o-- > 0;) {
        gaz_office *of = &g->offices.v[o];
        of->next = evg_gaz_smap_get(&g->office_heads, of->office, strlen(of->office));
        evg_gaz_smap_put(&g->office_heads, of->office, (int)o);
        of->enext = g->ents.v[of->entry].first_office;
        g->ents.v[of->entry].first_office = (int)o;
        const char *colon = strchr(of->office, ':');
        of->kind = colon ? colon + 1 : NULL;
        of->kind_len = colon ? (int)strlen(colon + 1) : 0;
    }
}

/* Is the office after the colon c[0..cn) the kind k[0..kn) or one that ends
 * in "_" + k ("foreign_minister" of "minister")? */
static int office_of_kind(const char *c, size_t cn, const char *k, size_t kn)
{
    return cn >= kn && memcmp(c + cn - kn, k, kn) == 0 && (cn == kn || c[cn - kn - 1] == '_');
}

/* For each distinct office of a title, the office records of that kind
 * (evg_gaz_offices_of_kind; after index_keys has set each record's kind). */
static void index_office_kinds(struct evg_gazetteer *g)
{
    for (size_t t = 0; t < g->titles.n; t++) {
        const char *k = g->titles.v[t].office;
        size_t kn = strlen(k);
        if (!kn || evg_gaz_smap_get(&g->office_kinds, k, kn) >= 0) continue;
        evg_gaz_smap_put(&g->office_kinds, k, (int)g->kind_offices.n);
        for (size_t o = 0; o < g->offices.n; o++) {
            const gaz_office *of = &g->offices.v[o];
            if (of->kind && office_of_kind(of->kind, (size_t)of->kind_len, k, kn)) evg_vec_push(&g->kind_offices, (int)o);
        }
        evg_vec_push(&g->kind_offices, -1);
    }
}

static int load_all(loader *L)
{
    int rc;
    evg_gaz_load_icu_countries(L);
    if ((rc = evg_gaz_load_embedded(L, "gazetteer.tsv", 1))) return rc;
    if ((rc = evg_gaz_load_embedded(L, "gaz_people.tsv", 0))) return rc;
    if ((rc = evg_gaz_load_embedded(L, "gaz_places.tsv", 0))) return rc;
    if ((rc = evg_gaz_load_embedded(L, "gaz_cities.tsv", 0))) return rc;
    if ((rc = evg_gaz_load_embedded(L, "gaz_world.tsv", 0))) return rc;
    if ((rc = evg_gaz_load_embedded(L, "gaz_leaders.tsv", 0))) return rc;
    if ((rc = evg_gaz_load_embedded(L, "gaz_figures.tsv", 0))) return rc;
    if ((rc = evg_gaz_load_embedded(L, "gaz_holders_a.tsv", 0))) return rc;
    if ((rc = evg_gaz_load_embedded(L, "gaz_holders_b.tsv", 0))) return rc;
    if ((rc = evg_gaz_load_embedded(L, "gaz_bodies.tsv", 0))) return rc;
    if ((rc = evg_gaz_load_embedded(L, "gaz_regions_b.tsv", 0))) return rc;
    if ((rc = evg_gaz_load_embedded(L, "gaz_regions_a.tsv", 0))) return rc;
    if ((rc = evg_gaz_load_embedded(L, "gaz_agencies_missions.tsv", 0))) return rc;
    if ((rc = evg_gaz_load_embedded(L, "gaz_ministries_parliaments_en.tsv", 0))) return rc;
    if ((rc = evg_gaz_load_embedded(L, "gaz_cities_more.tsv", 0))) return rc;
    if (L->ctx->opts.gazetteer_file && (rc = evg_gaz_load_user_file(L, L->ctx->opts.gazetteer_file))) return rc;
    if ((rc = evg_gaz_load_demonyms(L)) || (rc = evg_gaz_load_titles(L))) return rc;
    evg_gaz_load_stopwords(L);
    if ((rc = evg_gaz_load_ambiguous(L))) return rc;
    evg_gaz_load_phrases(L, "gaz_pairs.tsv", GAZ_PAIR);
    evg_gaz_load_honorifics(L);
    evg_gaz_load_orgheads(L);
    evg_gaz_load_given_names(L);
    evg_gaz_load_latin_names(L);
    evg_gaz_load_portfolios(L);
    evg_gaz_load_rolenouns(L);
    evg_gaz_load_orgwords(L);
    evg_gaz_load_icu_cities(L);
    evg_gaz_link_capitals(L->g);
    evg_gaz_mark_capwords(L);
    index_keys(L->g);
    index_office_kinds(L->g);
    evg_gaz_fuzzy_index(L->g);
    return 0;
}

int evg_gazetteer_load(evg_ctx *ctx)
{
    struct evg_gazetteer *g = evg_xcalloc(1, sizeof *g);
    g->arena = evg_arena_new();
    ctx->gaz = g;
    loader L = {ctx, g, "", 0};
    return load_all(&L);
}

void evg_gazetteer_unload(evg_ctx *ctx)
{
    struct evg_gazetteer *g = ctx->gaz;
    if (!g) return;
    if (g->tr) utrans_close(g->tr);
    free(g->ents.v);
    free(g->keys.v);
    free(g->titles.v);
    free(g->offices.v);
    free(g->ambig.v);
    free(g->honors.v);
    evg_gaz_smap_free(&g->fheads);
    evg_gaz_smap_free(&g->sheads);
    free(g->fsorted.v);
    free(g->ssorted.v);
    evg_gaz_smap_free(&g->orgheads);
    evg_gaz_smap_free(&g->given);
    evg_gaz_smap_free(&g->portfolios);
    evg_gaz_smap_free(&g->rolenouns);
    free(g->role_ends.v);
    free(g->portfolio_en.v);
    evg_gaz_smap_free(&g->orgwords);
    free(g->orgword.v);
    evg_gaz_smap_free(&g->latin);
    free(g->latin_en.v);
    evg_gaz_smap_free(&g->ids);
    evg_gaz_smap_free(&g->heads);
    evg_gaz_smap_free(&g->office_heads);
    evg_gaz_smap_free(&g->stops);
    evg_gaz_smap_free(&g->office_kinds);
    free(g->kind_offices.v);
    free(g->zeroed[0]);
    free(g->zeroed[1]);
    evg_arena_free(g->arena);
    free(g);
    ctx->gaz = NULL;
}
