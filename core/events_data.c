/*
 * events_data.c - the tables of the events stage: triggers, cues, CAMEO.
 *
 * Owns struct evg_triggers (ctx->trig): a private arena holding every entry,
 * two chained hash tables keyed by the folded first word (triggers, cues) and
 * the CAMEO codebook as a sorted array.  Arabic trigger rows are inflected
 * here (see the header of data/triggers.tsv): perfect verbs get their person
 * endings, imperfect verbs their person prefixes, endings and the future
 * prefix س, nouns their possessive endings, the dual and the -ات plural.
 * All forms are generated on the folded spelling (ى already ي, ة already ه).
 * A row's required words are found with a proclitic, the accusative -ا or a
 * possessive ending (مساعداتها), and further back for a perfect with an
 * object pronoun (أغلقته: the noun it stands for); written ">a,b" they must
 * be the very next word (هنأ folds to هنا "here": only before a title);
 * written "<a,b" they must follow with one named actor at most before them
 * (حذر X من: a warning of something, no one warned); written "+a,b" they
 * must follow the form (اتفقا على عقد اجتماع), never precede it; written
 * "=a,b" they must stand in the verb's object, before its clause ends
 * ("welcomed the decision", not "welcomed X ..., and held talks"); written
 * "-a,b" they must stand before it, in its subject ("troops crossed").  A
 * required word "@name" stands for the words of the class row "@name"
 * (object heads of one meaning: aid, relief and rescue teams).
 *
 * Also the head nouns of a title (data/title_heads.tsv).
 *
 * Exports evg_triggers_load/unload (internal.h) and, to core/events.c,
 * evt_match_at, evt_cameo_find, evt_tok_is_stem and evt_title_head_word
 * (events_int.h); the placed required words (">a,b", "=a,b", "^a,b" ...)
 * are checked by core/events_require.c with the word tests evt_stem_alef_at,
 * evt_poss_at and evt_req_may exported from here.
 */
#include "events_int.h"

#include <stdio.h>

#define EVT_NBUCKET 65536u /* speed: chains of about one entry (a chain step is a cache miss) */
#define EVT_FILTER_BITS 65536u
#define EVT_NWCLASS 32 /* word classes a triggers.tsv may define */

struct evg_triggers {
    evg_arena *arena;
    evt_entry *trig[EVT_NBUCKET];
    evt_entry *cues[EVT_NBUCKET];
    /* bit (hash & (EVT_FILTER_BITS - 1)) set when a key of trig / cues has that
     * hash: most words are rejected without walking a chain (speed) */
    uint64_t trig_filter[EVT_FILTER_BITS / 64], cues_filter[EVT_FILTER_BITS / 64];
    /* bit (hash & (EVT_FILTER_BITS - 1)) set when some entry requires a word of
     * that hash: a token no required word can end is skipped (req_may, speed) */
    uint64_t req_filter[EVT_FILTER_BITS / 64];
    evt_cameo *cameo;
    size_t ncameo, capcameo;
    /* word classes of triggers.tsv ("@aid"): a name and its comma list, as written */
    const char *wclass_name[EVT_NWCLASS], *wclass_words[EVT_NWCLASS];
    int nwclass;
    /* title_heads.tsv: the folded head nouns of a title, and their lengths */
    const char **heads;
    size_t *head_len, nheads, capheads;
};

/* Folded Arabic letters used by the generator (2 bytes each in UTF-8). */
#define AR_YA "\xD9\x8A"
#define AR_TA "\xD8\xAA"
#define AR_ALEF "\xD8\xA7"
#define AR_WAW "\xD9\x88"
#define AR_NUN "\xD9\x86"
#define AR_HA "\xD9\x87"
#define AR_SIN "\xD8\xB3"
#define AR_MIM "\xD9\x85"
#define AR_KAF "\xD9\x83"

/* Noun proclitic chains, longest first; verbs take only the first group. */
static const char *const verb_clitics[] = {"\xD9\x88\xD9\x84", "\xD9\x81\xD9\x84", /* ول فل */
                                           "\xD9\x88", "\xD9\x81", NULL};          /* و ف */
static const char *const noun_clitics[] = {
    "\xD9\x88\xD8\xA8\xD8\xA7\xD9\x84", "\xD9\x81\xD8\xA8\xD8\xA7\xD9\x84", /* وبال فبال */
    "\xD9\x88\xD9\x84\xD9\x84", "\xD9\x81\xD9\x84\xD9\x84",                 /* ولل فلل */
    "\xD9\x88\xD8\xA7\xD9\x84", "\xD9\x81\xD8\xA7\xD9\x84",                 /* وال فال */
    "\xD8\xA8\xD8\xA7\xD9\x84", "\xD9\x83\xD8\xA7\xD9\x84",                 /* بال كال */
    "\xD9\x84\xD9\x84", "\xD8\xA7\xD9\x84",                                 /* لل ال */
    "\xD9\x88\xD8\xA8", "\xD9\x88\xD9\x84", "\xD9\x81\xD8\xA8",             /* وب ول فب */
    "\xD9\x88", "\xD9\x81", "\xD8\xA8", "\xD9\x84", "\xD9\x83", NULL};      /* و ف ب ل ك */

static uint32_t hash_full(const char *s, size_t n)
{
    return evg_hash_bytes(s, n); /* speed: eight bytes a step */
}

static unsigned hash_str(const char *s, size_t n)
{
    return hash_full(s, n) & (EVT_NBUCKET - 1);
}

/* The chain of tab whose keys may equal a text of hash h (NULL when the filter says none does). */
static const evt_entry *chain_of(const struct evg_triggers *t, int cues, uint32_t h)
{
    uint32_t b = h & (EVT_FILTER_BITS - 1);
    const uint64_t *f = cues ? t->cues_filter : t->trig_filter;
    if (!((f[b >> 6] >> (b & 63)) & 1)) return NULL;
    return (cues ? t->cues : t->trig)[h & (EVT_NBUCKET - 1)];
}

/* File required word w (wn bytes) in the filter of req_may. */
static void req_file(struct evg_triggers *t, const char *w, size_t wn)
{
    uint32_t b = hash_full(w, wn) & (EVT_FILTER_BITS - 1);
    if (!wn) memset(t->req_filter, 0xFF, sizeof t->req_filter); /* an empty word: every token may */
    t->req_filter[b >> 6] |= (uint64_t)1 << (b & 63);
}

static int ends_with(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && memcmp(s + n - m, suf, m) == 0;
}

static int starts_with(const char *s, const char *pre)
{
    return strncmp(s, pre, strlen(pre)) == 0;
}

/* ---- adding entries ---- */

static void add_entry(struct evg_triggers *t, evt_entry **tab, const evt_entry *proto,
                      const char *key)
{
    evt_entry *e = evg_arena_alloc(t->arena, sizeof *e);
    *e = *proto;
    e->key = evg_arena_strdup(t->arena, key);
    e->h = hash_full(key, strlen(key));
    unsigned h = hash_str(key, strlen(key));
    e->next = tab[h];
    tab[h] = e;
    uint32_t b = hash_full(key, strlen(key)) & (EVT_FILTER_BITS - 1);
    uint64_t *f = tab == t->cues ? t->cues_filter : t->trig_filter;
    f[b >> 6] |= (uint64_t)1 << (b & 63);
}

/* out = a[0..alen) + b, truncated to cap - 1 bytes (forms are short words). */
static void join(char *out, size_t cap, const char *a, size_t alen, const char *b)
{
    size_t blen = strlen(b);
    if (alen > cap - 1) alen = cap - 1;
    if (blen > cap - 1 - alen) blen = cap - 1 - alen;
    memcpy(out, a, alen);
    memcpy(out + alen, b, blen);
    out[alen + blen] = '\0';
}

/* Add head+suffix for every suffix in sufs (NULL-terminated). */
static void add_suffixed(struct evg_triggers *t, const evt_entry *proto, const char *head,
                         const char *const *sufs)
{
    char buf[256];
    for (int i = 0; sufs[i]; i++) {
        join(buf, sizeof buf, head, strlen(head), sufs[i]);
        add_entry(t, t->trig, proto, buf);
    }
}

/* Does the object of a verb name the party addressed, so that an object
 * pronoun stands for the second actor ("warned him", "urged them", حذرته،
 * طالبتهم، أبلغها، يدعوهم): statement verbs, and the codes of appeals (02),
 * demands (10), disapproval (11) and threats (13).  Rejections (12) take a
 * thing ("رفضه": rejected it) and stay as they are. */
static int addresses_party(const evt_entry *e)
{
    if (e->scope == TRIG_ONE_NAME) return 0; /* "حذر من": a warning of something, no one warned */
    if (e->cls == EVT_CL_SPEECH) return 1;
    return strncmp(e->code, "02", 2) == 0 || strncmp(e->code, "10", 2) == 0 ||
           strncmp(e->code, "11", 2) == 0 || strncmp(e->code, "13", 2) == 0;
}

/* The entry for a form carrying an object pronoun: its required word may
 * stand further back (the noun the pronoun stands for), and when the object
 * is the party addressed the pronoun is that party, so the subject alone is
 * enough (its antecedent is left to the argument stage). */
static evt_entry object_entry(const evt_entry *proto)
{
    evt_entry obj = *proto;
    if (obj.scope != TRIG_NEXT_WORD && obj.scope != TRIG_COND_THREAT) obj.scope = TRIG_OBJ_FORM;
    if (!addresses_party(proto)) return obj;
    obj.min_actors = 1;
    /* a warning or a demand made to someone is an act of its own, not a statement
     * that reports other acts ("استدعى السفير وحذره", "warned them against") */
    if (obj.cls == EVT_CL_SPEECH && strncmp(obj.code, "01", 2) != 0) obj.cls = EVT_CL_EVENT;
    return obj;
}

/* Perfect: زار زارت زارا زارتا زاروا زارنا; weak التقي -> التقت التقيا التقوا. */
static void gen_past(struct evg_triggers *t, const evt_entry *proto, const char *form)
{
    static const char *const sound[] = {"", AR_ALEF, AR_WAW AR_ALEF, AR_NUN AR_ALEF, NULL};
    static const char *const weak[] = {AR_YA, AR_YA AR_ALEF, AR_WAW AR_ALEF, AR_YA AR_NUN AR_ALEF, NULL};
    static const char *const fem[] = {AR_TA, AR_TA AR_ALEF, NULL}; /* the feminine ending, marked */
    /* with an object pronoun: وقعه وقعها وقعته وقعاها وقعوه; التقاه التقته التقوه;
     * the plural pronoun too (طالبتهم حذروهم) */
    static const char *const sound_obj[] = {AR_HA, AR_HA AR_ALEF, AR_HA AR_MIM,
                                            AR_HA AR_MIM AR_ALEF, AR_ALEF AR_HA,
                                            AR_ALEF AR_HA AR_ALEF, AR_ALEF AR_HA AR_MIM,
                                            AR_WAW AR_HA, AR_WAW AR_HA AR_ALEF,
                                            AR_WAW AR_HA AR_MIM, NULL};
    static const char *const weak_obj[] = {AR_ALEF AR_HA, AR_ALEF AR_HA AR_ALEF,
                                           AR_ALEF AR_HA AR_MIM, AR_WAW AR_HA, AR_WAW AR_HA AR_ALEF,
                                           AR_WAW AR_HA AR_MIM, NULL};
    static const char *const fem_obj[] = {AR_TA AR_HA, AR_TA AR_HA AR_ALEF, AR_TA AR_HA AR_MIM,
                                          AR_TA AR_HA AR_MIM AR_ALEF, NULL};
    evt_entry obj = object_entry(proto), f = *proto, f_obj;
    f.fem = 1;
    f_obj = object_entry(&f);
    /* statements take an object pronoun only when it is the party addressed
     * (حذره، أبلغها); "حذر من" rows none (حذره: someone warned) */
    int with_obj = proto->scope != TRIG_ONE_NAME && (proto->cls != EVT_CL_SPEECH || addresses_party(proto));
    if (ends_with(form, AR_YA) && strlen(form) > 4) {
        char stem[256];
        join(stem, sizeof stem, form, strlen(form) - 2, "");
        add_suffixed(t, proto, stem, weak);
        add_suffixed(t, &f, stem, fem);
        if (with_obj) add_suffixed(t, &obj, stem, weak_obj);
        if (with_obj) add_suffixed(t, &f_obj, stem, fem_obj);
    } else {
        add_suffixed(t, proto, form, sound);
        add_suffixed(t, &f, form, fem);
        if (with_obj) add_suffixed(t, &obj, form, sound_obj);
        if (with_obj) add_suffixed(t, &f_obj, form, fem_obj);
    }
}

/* Imperfect with an object pronoun after each person ending, for verbs whose
 * object is the party addressed: يحذره يطالبونهم تدعوه نحذركم ستبلغها. */
static void gen_pres_obj(struct evg_triggers *t, const evt_entry *obj, const char *head, int is_weak)
{
    static const char *const sound_end[] = {"", AR_ALEF, AR_ALEF AR_NUN, AR_WAW AR_NUN, AR_WAW,
                                            AR_YA AR_NUN, NULL};
    static const char *const weak_end[] = {AR_YA, AR_YA AR_ALEF, AR_YA AR_ALEF AR_NUN, AR_WAW AR_NUN,
                                           AR_WAW, AR_YA AR_NUN, NULL};
    static const char *const pron[] = {AR_HA, AR_HA AR_ALEF, AR_HA AR_MIM, AR_HA AR_MIM AR_ALEF,
                                       AR_KAF AR_MIM, NULL};
    const char *const *end = is_weak ? weak_end : sound_end;
    char stem[256];
    for (int i = 0; end[i]; i++) {
        join(stem, sizeof stem, head, strlen(head), end[i]);
        add_suffixed(t, obj, stem, pron);
    }
}

/* Imperfect from the 3ms form يفعل: prefixes ي ت ن ا, endings, and س. */
static void gen_pres(struct evg_triggers *t, const evt_entry *proto, const char *form)
{
    /* no first-person أ: its forms collide with perfects (اعلن, استقبل) */
    static const char *const pre[] = {AR_YA, AR_TA, AR_NUN, NULL};
    static const char *const sound[] = {"", AR_ALEF AR_NUN, AR_WAW AR_NUN, AR_YA AR_NUN,
                                        AR_WAW AR_ALEF, AR_ALEF, NULL};
    static const char *const weak[] = {AR_YA, AR_YA AR_ALEF AR_NUN, AR_WAW AR_NUN,
                                       AR_YA AR_NUN, AR_WAW AR_ALEF, AR_YA AR_ALEF, "", NULL};
    if (!starts_with(form, AR_YA)) {
        add_entry(t, t->trig, proto, form);
        return;
    }
    int is_weak = ends_with(form, AR_YA);
    char core[256], head[256], sin_pre[8];
    join(core, sizeof core, form + 2, strlen(form) - 2 - (is_weak ? 2 : 0), "");
    evt_entry fut = *proto;
    fut.planned = 1;
    /* a host's guest as a pronoun: "قبل أن يستقبله الرئيس X", "ستستقبلهم الملكة" */
    int with_obj = addresses_party(proto) || (proto->cls == EVT_CL_HOST && proto->scope != TRIG_ONE_NAME);
    evt_entry obj = object_entry(proto), fut_obj = object_entry(&fut);
    /* hollow verbs lose their middle long vowel in the jussive: يزور -> لم يزر */
    /* (3rd person only, and not for statements: نقل is "conveyed", not "let us say") */
    int hollow = !is_weak && proto->cls != EVT_CL_SPEECH && strlen(core) == 6 &&
                 (memcmp(core + 2, AR_WAW, 2) == 0 || memcmp(core + 2, AR_YA, 2) == 0);
    char short_core[8];
    if (hollow) {
        memcpy(short_core, core, 2);
        memcpy(short_core + 2, core + 4, 2);
        short_core[4] = '\0';
    }
    for (int i = 0; pre[i]; i++) {
        if (hollow && strcmp(pre[i], AR_NUN) != 0) {
            join(head, sizeof head, pre[i], strlen(pre[i]), short_core);
            add_entry(t, t->trig, proto, head);
        }
        join(head, sizeof head, pre[i], strlen(pre[i]), core);
        add_suffixed(t, proto, head, is_weak ? weak : sound);
        if (with_obj) gen_pres_obj(t, &obj, head, is_weak);
        join(sin_pre, sizeof sin_pre, AR_SIN, 2, pre[i]);
        join(head, sizeof head, sin_pre, strlen(sin_pre), core);
        add_suffixed(t, &fut, head, is_weak ? weak : sound);
        if (with_obj) gen_pres_obj(t, &fut_obj, head, is_weak);
    }
}

/* Noun: form, possessives (ة -> ت before them), the dual -ان -ين (لقاءين
 * منفصلين, زيارتين), and -ات with its possessives for nouns in ة (زياراتها)
 * or the accusative -ا of others. */
static void gen_noun(struct evg_triggers *t, const evt_entry *proto, const char *form)
{
    static const char *const poss[] = {AR_HA, AR_HA AR_ALEF, AR_HA "\xD9\x85",
                                       AR_HA "\xD9\x85" AR_ALEF, AR_YA, NULL};
    static const char *const dual[] = {AR_ALEF AR_NUN, AR_YA AR_NUN, NULL};
    add_entry(t, t->trig, proto, form);
    evt_entry def = *proto;
    def.definite = 1;
    char stem[256];
    if (ends_with(form, AR_HA)) {
        join(stem, sizeof stem, form, strlen(form) - 2, AR_TA);
        add_suffixed(t, &def, stem, poss);
        add_suffixed(t, proto, stem, dual);
        join(stem, sizeof stem, form, strlen(form) - 2, AR_ALEF AR_TA);
        add_entry(t, t->trig, proto, stem);
        add_suffixed(t, &def, stem, poss); /* the plural owned: زياراته غاراتها مناوراتهما */
    } else {
        add_suffixed(t, &def, form, poss);
        if (!ends_with(form, AR_ALEF AR_TA)) add_suffixed(t, proto, form, dual); /* not plurals */
        join(stem, sizeof stem, form, strlen(form), AR_ALEF); /* accusative: اجتماعا هجوما */
        add_entry(t, t->trig, proto, stem);
    }
}

/* ---- the three tables ---- */

static int parse_pos(const char *s)
{
    if (strcmp(s, "past") == 0) return EVT_POS_PAST;
    if (strcmp(s, "pres") == 0) return EVT_POS_PRES;
    if (strcmp(s, "noun") == 0) return EVT_POS_NOUN;
    if (strcmp(s, "verb") == 0) return EVT_POS_VERB;
    return EVT_POS_FIXED;
}

static int parse_class(const char *s)
{
    static const char *const names[] = {"event", "visit", "host", "arrive", "meet", "speech"};
    for (int i = 0; i < 6; i++)
        if (strcmp(s, names[i]) == 0) return i;
    return -1;
}

/* The words a comma-list item stands for: the words of class w when w is
 * "@name" of a class row, else w itself (an unknown "@name" stays a word). */
static const char *class_words(const struct evg_triggers *t, const char *w)
{
    for (int c = 0; w[0] == '@' && c < t->nwclass; c++)
        if (strcmp(t->wclass_name[c], w) == 0) return t->wclass_words[c];
    return w;
}

/* The comma list s with every "@name" replaced by the words of class name
 * (rows "@name" of triggers.tsv, defined before their use); malloc'd.  The
 * size is counted item by item first, so a class named twice fits. */
static char *expand_classes(const struct evg_triggers *t, const char *s)
{
    char *copy = evg_xstrdup(s), *save = NULL;
    size_t cap = 1;
    for (char *w = strtok_r(copy, ",", &save); w; w = strtok_r(NULL, ",", &save))
        cap += strlen(class_words(t, w)) + 1;
    free(copy);
    char *out = evg_xmalloc(cap);
    size_t n = 0;
    out[0] = 0;
    copy = evg_xstrdup(s);
    save = NULL;
    for (char *w = strtok_r(copy, ",", &save); w; w = strtok_r(NULL, ",", &save))
        n += (size_t)snprintf(out + n, cap - n, "%s%s", n ? "," : "", class_words(t, w));
    free(copy);
    return out;
}

/* Fold word list "a,b,c" (classes expanded) into an arena array. */
static const char **fold_list(evg_ctx *ctx, struct evg_triggers *t, const char *s, int *out_n)
{
    *out_n = 0;
    if (!s || !*s) return NULL;
    char *all = expand_classes(t, s);
    int cap = 1;
    for (const char *p = all; *p; p++) cap += *p == ',';
    const char **v = evg_arena_alloc(t->arena, (size_t)cap * sizeof *v);
    char *save = NULL;
    for (char *w = strtok_r(all, ",", &save); w; w = strtok_r(NULL, ",", &save)) {
        char *f = evg_fold_string(ctx, w);
        v[(*out_n)++] = evg_arena_strdup(t->arena, f);
        free(f);
    }
    free(all);
    return v;
}

/* Split a phrase into folded words; head into *head (malloc'd), the rest into proto->tail. */
static int fold_phrase(evg_ctx *ctx, struct evg_triggers *t, const char *s, evt_entry *proto,
                       char **head)
{
    char **toks = NULL;
    int n = evg_fold_tokens(ctx, s, &toks);
    if (n <= 0) {
        evg_strv_free(toks, n < 0 ? 0 : n);
        return -1;
    }
    *head = evg_xstrdup(toks[0]);
    proto->ntail = n - 1;
    proto->tail = evg_arena_alloc(t->arena, (size_t)n * sizeof *proto->tail);
    for (int i = 1; i < n; i++) proto->tail[i - 1] = evg_arena_strdup(t->arena, toks[i]);
    evg_strv_free(toks, n);
    return 0;
}

static const char *cameo_label(struct evg_triggers *t, const char *code)
{
    for (size_t i = 0; i < t->ncameo; i++)
        if (strcmp(t->cameo[i].code, code) == 0) return t->cameo[i].label;
    return NULL;
}

/* A row "@name <TAB> lang <TAB> class <TAB> - <TAB> - <TAB> - <TAB> a,b,c": a
 * class of object words (in the column of required words) that later rows
 * name in their required words ("@aid"). */
static int load_class_row(evg_ctx *ctx, struct evg_triggers *t, char **f, int nf, int line)
{
    if (nf < 7 || strcmp(f[2], "class") != 0 || t->nwclass >= EVT_NWCLASS || strlen(f[0]) < 2)
        return evg_error(ctx, EVG_EDATA, "triggers.tsv line %d: bad word class", line);
    t->wclass_name[t->nwclass] = evg_arena_strdup(t->arena, f[0]);
    t->wclass_words[t->nwclass++] = evg_arena_strdup(t->arena, f[6]);
    return 0;
}

/* An English verb whose object is the party addressed, followed by an object
 * pronoun ("warned him", "urged them", "told her"): the pronoun is that party,
 * so the subject alone is enough.  Only bare verb rows with no required word. */
static void gen_en_obj(struct evg_triggers *t, const evt_entry *proto, const char *head)
{
    static const char *const pron[] = {"him", "her", "them", "us", NULL};
    if (proto->pos != EVT_POS_VERB || proto->ntail || proto->nreq || proto->scope == TRIG_COND_THREAT ||
        !addresses_party(proto))
        return;
    for (int i = 0; pron[i]; i++) {
        evt_entry e = object_entry(proto);
        e.scope = 0;
        e.ntail = 1;
        e.tail = evg_arena_alloc(t->arena, sizeof *e.tail);
        e.tail[0] = pron[i];
        add_entry(t, t->trig, &e, head);
    }
}

static int load_trigger_row(evg_ctx *ctx, struct evg_triggers *t, char **f, int nf, int line)
{
    evt_entry proto = {0};
    char *head = NULL;
    if (nf > 0 && f[0][0] == '@') return load_class_row(ctx, t, f, nf, line);
    if (nf < 6 || parse_class(f[4]) < 0 || strlen(f[3]) > 3 || !cameo_label(t, f[3]))
        return evg_error(ctx, EVG_EDATA, "triggers.tsv line %d: bad row", line);
    proto.lang = strcmp(f[1], "en") == 0 ? EVG_LANG_EN : EVG_LANG_AR;
    proto.pos = parse_pos(f[2]);
    proto.present = proto.pos == EVT_POS_PRES;
    proto.cls = parse_class(f[4]);
    proto.min_actors = atoi(f[5]) > 1 ? 2 : 1;
    snprintf(proto.code, sizeof proto.code, "%s", f[3]);
    proto.label = cameo_label(t, f[3]);
    const char *req = nf > 6 ? f[6] : NULL;
    if (req && req[0] == '>') { /* ">a,b": the next word must be one of them */
        proto.scope = TRIG_NEXT_WORD;
        req++;
    } else if (req && req[0] == '<') { /* "<a,b": after the form, one name at most between */
        proto.scope = TRIG_ONE_NAME;
        req++;
    } else if (req && req[0] == '+') { /* "+a,b": after the form only */
        proto.scope = TRIG_AFTER;
        req++;
    } else if (req && req[0] == '-') { /* "-a,b": before the form only */
        proto.scope = TRIG_BEFORE;
        req++;
    } else if (req && !strcmp(req, "&cthreat")) { /* a conditional threat in the complement */
        proto.scope = TRIG_COND_THREAT;
        req = NULL;
    } else if (req && req[0] == '&') { /* "&igo": a body of states named after the form */
        proto.scope = TRIG_IGO;
    } else if (req && req[0] == '^') { /* "^a,b": in a statement's complement */
        proto.scope = TRIG_COMPLEMENT;
        req++;
    } else if (req && req[0] == '=') { /* "=a,b": in the verb's object */
        proto.scope = TRIG_OBJECT;
        req++;
    }
    proto.req = fold_list(ctx, t, req, &proto.nreq);
    for (int q = 0; q < proto.nreq; q++) req_file(t, proto.req[q], strlen(proto.req[q]));
    if (fold_phrase(ctx, t, f[0], &proto, &head) != 0)
        return evg_error(ctx, EVG_EDATA, "triggers.tsv line %d: empty form", line);
    if (proto.lang != EVG_LANG_AR) { /* listed form by form */
        add_entry(t, t->trig, &proto, head);
        gen_en_obj(t, &proto, head);
    } else if (proto.pos == EVT_POS_PAST) gen_past(t, &proto, head);
    else if (proto.pos == EVT_POS_PRES) gen_pres(t, &proto, head);
    else if (proto.pos == EVT_POS_NOUN) gen_noun(t, &proto, head);
    else add_entry(t, t->trig, &proto, head);
    free(head);
    return 0;
}

static int load_cue_row(evg_ctx *ctx, struct evg_triggers *t, char **f, int nf, int line)
{
    static const char *const kinds[] = {"planned", "possible", "negated", "attrib", "noagent"};
    static const char *const scopes[] = {"adj", "pres", "clause", "any", "post"};
    evt_entry proto = {0};
    char *head = NULL;
    proto.kind = proto.scope = -1;
    for (int i = 0; nf >= 4 && i < 5; i++) {
        if (strcmp(f[2], kinds[i]) == 0) proto.kind = i;
        if (strcmp(f[3], scopes[i]) == 0) proto.scope = i;
    }
    if (proto.kind < 0 || proto.scope < 0)
        return evg_error(ctx, EVG_EDATA, "cues.tsv line %d: bad row", line);
    proto.lang = strcmp(f[1], "en") == 0 ? EVG_LANG_EN : EVG_LANG_AR;
    if (fold_phrase(ctx, t, f[0], &proto, &head) != 0)
        return evg_error(ctx, EVG_EDATA, "cues.tsv line %d: empty cue", line);
    add_entry(t, t->cues, &proto, head);
    free(head);
    return 0;
}

static int load_cameo_row(evg_ctx *ctx, struct evg_triggers *t, char **f, int nf, int line)
{
    if (nf < 4 || strlen(f[0]) < 2 || strlen(f[0]) > 3)
        return evg_error(ctx, EVG_EDATA, "cameo.tsv line %d: bad row", line);
    if (t->ncameo == t->capcameo) {
        t->capcameo = t->capcameo ? t->capcameo * 2 : 64;
        t->cameo = evg_xrealloc(t->cameo, t->capcameo * sizeof *t->cameo);
    }
    evt_cameo *c = &t->cameo[t->ncameo++];
    c->code = evg_arena_strdup(t->arena, f[0]);
    c->label = evg_arena_strdup(t->arena, f[1]);
    c->goldstein = atof(f[2]);
    c->quad = atoi(f[3]);
    return 0;
}

/* A row of title_heads.tsv: one word, kept folded. */
static int load_head_row(evg_ctx *ctx, struct evg_triggers *t, char **f, int nf, int line)
{
    if (nf < 1 || !f[0][0]) return evg_error(ctx, EVG_EDATA, "title_heads.tsv line %d: bad row", line);
    if (t->nheads == t->capheads) {
        t->capheads = t->capheads ? t->capheads * 2 : 64;
        t->heads = evg_xrealloc(t->heads, t->capheads * sizeof *t->heads);
        t->head_len = evg_xrealloc(t->head_len, t->capheads * sizeof *t->head_len);
    }
    char *w = evg_fold_string(ctx, f[0]);
    t->heads[t->nheads] = evg_arena_strdup(t->arena, w);
    t->head_len[t->nheads++] = strlen(w);
    free(w);
    return 0;
}

typedef int (*row_fn)(evg_ctx *, struct evg_triggers *, char **, int, int);

static int load_table(evg_ctx *ctx, struct evg_triggers *t, const char *name, row_fn fn)
{
    size_t len = 0;
    const char *data = evg_data_find(name, &len);
    if (!data) return evg_error(ctx, EVG_EDATA, "embedded table %s is missing", name);
    evg_tsv tsv;
    evg_tsv_init(&tsv, name, data, len);
    char *f[8];
    int nf, rc = 0;
    while (rc == 0 && (nf = evg_tsv_next(&tsv, f, 8)) > 0) rc = fn(ctx, t, f, nf, tsv.line);
    evg_tsv_free(&tsv);
    return rc;
}

int evg_triggers_load(evg_ctx *ctx)
{
    struct evg_triggers *t = evg_xcalloc(1, sizeof *t);
    t->arena = evg_arena_new();
    ctx->trig = t;
    int rc = load_table(ctx, t, "cameo.tsv", load_cameo_row);
    if (rc == 0) rc = load_table(ctx, t, "triggers.tsv", load_trigger_row);
    if (rc == 0) rc = load_table(ctx, t, "cues.tsv", load_cue_row);
    if (rc == 0) rc = load_table(ctx, t, "title_heads.tsv", load_head_row);
    return rc;
}

void evg_triggers_unload(evg_ctx *ctx)
{
    struct evg_triggers *t = ctx->trig;
    if (!t) return;
    evg_arena_free(t->arena);
    free(t->cameo);
    free(t->heads);
    free(t->head_len);
    free(t);
    ctx->trig = NULL;
}

const evt_cameo *evt_cameo_find(const evg_ctx *ctx, const char *code)
{
    const struct evg_triggers *t = ctx->trig;
    for (size_t i = 0; t && i < t->ncameo; i++)
        if (strcmp(t->cameo[i].code, code) == 0) return &t->cameo[i];
    return NULL;
}

/* ---- matching ---- */

static int tail_matches(const evg_doc *doc, const evt_entry *e, int32_t i, int32_t limit)
{
    if (i + 1 + e->ntail > limit) return 0;
    for (int k = 0; k < e->ntail; k++)
        if (!evg_tok_is(doc, (size_t)(i + 1 + k), e->tail[k])) return 0;
    return 1;
}

/* Is a stripped proclitic of prefix_len bytes allowed before this entry? */
static int clitic_ok(const evt_entry *e, const char *tok, int prefix_len, int cues)
{
    if (prefix_len == 0) return 1;
    if (e->lang != EVG_LANG_AR) return 0;
    if (cues || e->pos == EVT_POS_NOUN || e->pos == EVT_POS_FIXED) return 1; /* nouns */
    for (int k = 0; verb_clitics[k]; k++)
        if ((int)strlen(verb_clitics[k]) == prefix_len && starts_with(tok, verb_clitics[k]))
            return 1;
    return 0;
}

static int definite_prefix(const char *tok, int prefix_len)
{
    /* the chains ending in ال or لل carry the article */
    return prefix_len >= 4 && (memcmp(tok + prefix_len - 4, "\xD8\xA7\xD9\x84", 4) == 0 ||
                               memcmp(tok + prefix_len - 4, "\xD9\x84\xD9\x84", 4) == 0);
}

/* May a required word be s[0..n)?  (filter: 0 means no entry requires it) */
static int req_filed(const struct evg_triggers *t, const char *s, size_t n)
{
    uint32_t b = hash_full(s, n) & (EVT_FILTER_BITS - 1);
    return n > 0 && ((t->req_filter[b >> 6] >> (b & 63)) & 1);
}

static int is_noun_clitic(const char *p, size_t pl);

/* May a required word end tok[0..n) as stem_at reads it: tok[p..n) after
 * nothing or a clitic chain of at most 8 bytes (alef: the same before a
 * final ا)? */
static int req_stem_may(const struct evg_triggers *t, const char *tok, size_t n)
{
    for (size_t p = 0; p <= 8 && p < n; p++)
        if ((p == 0 || is_noun_clitic(tok, p)) && req_filed(t, tok + p, n - p)) return 1;
    return 0;
}

/* May a required word stand in tok[0..n) before a possessive ending, as
 * poss_at reads it: the word's final ة (folded ه) written ت before it. */
static int req_poss_may(const struct evg_triggers *t, const char *tok, size_t n)
{
    static const char *const poss[] = {AR_HA AR_ALEF, AR_HA "\xD9\x85", AR_HA "\xD9\x85" AR_ALEF, AR_HA, NULL};
    char w[64];
    if (n < 6 || (unsigned char)tok[0] < 0xD8) return 0;
    for (int k = 0; poss[k]; k++) {
        size_t pl = strlen(poss[k]);
        if (n < pl + 4 || memcmp(tok + n - pl, poss[k], pl) != 0) continue;
        size_t m = n - pl;
        for (size_t p = 0; p + 4 <= m; p++) {
            if (p && !is_noun_clitic(tok, p)) continue;
            size_t wn = m - p;
            if (memcmp(tok + m - 2, AR_HA, 2) == 0) continue; /* a word in ه needs ت here */
            if (req_filed(t, tok + p, wn)) return 1;
            if (memcmp(tok + m - 2, AR_TA, 2) != 0) continue;
            if (wn > sizeof w) return 1; /* speed only: too long to copy, let it through */
            memcpy(w, tok + p, wn - 2);
            memcpy(w + wn - 2, AR_HA, 2);
            if (req_filed(t, w, wn)) return 1;
        }
    }
    return 0;
}

/* May some entry's required word match token k (stem_at, stem_at after a
 * final ا, poss_at, in requires_met)?  0 only when none can: the answer is
 * kept with the token's form (evg_form.evt_req), so requires_met skips such
 * a token for every entry (speed; the same answers). */
int evt_req_may(const evg_doc *doc, int32_t k)
{
    const struct evg_triggers *t = doc->ctx->trig;
    evg_form *f = evg_tok_form(doc, (size_t)k);
    if (f && f->evt_req) return f->evt_req - 1;
    size_t n;
    const char *tok = evg_tok_text(doc, &doc->tokens.v[k], &n);
    int may = req_stem_may(t, tok, n) || req_poss_may(t, tok, n) ||
              (n >= 2 && memcmp(tok + n - 2, AR_ALEF, 2) == 0 && req_stem_may(t, tok, n - 2));
    if (f) f->evt_req = (uint8_t)(1 + may);
    return may;
}

/* A required word ("وقع" + اتفاقيه) within 20 words after the form
 * (punctuation and numbers not counted: "وقعت X و Y أمس الأحد، على الساعة الخامسة
 * مساء بقصر قرطاج، مذكرة"; before limit) or 5 tokens before it ("الاتفاق
 * الذي وقعته"); 25 tokens of the same sentence before a form with an object
 * pronoun ("فتحت مجالها الجوي ... بعدما أغلقته"). */
static int requires_met(const evg_doc *doc, const evt_entry *e, int32_t i, int32_t limit)
{
    if (e->scope == TRIG_IGO) return evt_igo_follows(doc, e, i, limit);
    if (e->scope == TRIG_COND_THREAT) return evt_cond_threat_met(doc, e, i, limit);
    if (!e->nreq) return 1;
    if (e->scope == TRIG_NEXT_WORD) return evt_next_word_met(doc, e, i, limit);
    if (e->scope == TRIG_OBJECT) return evt_object_met(doc, e, i, limit);
    if (e->scope == TRIG_COMPLEMENT) return evt_complement_met(doc, e, i, limit);
    if (e->scope == TRIG_ONE_NAME) return evt_one_name_met(doc, e, i, limit);
    int32_t back = e->scope == TRIG_OBJ_FORM ? REQ_BACK_OBJ : e->scope == TRIG_AFTER ? 0 : REQ_BACK;
    if (e->scope == TRIG_BEFORE) limit = i; /* the subject only */
    int32_t anchor = e->scope == TRIG_BEFORE ? evt_apposition_start(doc, i) : i;
    int32_t from = anchor - back > 0 ? anchor - back : 0, words = 0;
    while (from < i && doc->tokens.v[from].sent != doc->tokens.v[i].sent) from++;
    char acc[128];
    size_t wl[16]; /* speed: the required words' lengths, once */
    for (int q = 0; q < e->nreq && q < 16; q++) wl[q] = strlen(e->req[q]);
    for (int32_t k = from; words < 20 && k < limit && (size_t)k < doc->tokens.n; k++) {
        if (k >= i && k <= i + e->ntail) continue;
        if (k > i && doc->tokens.v[k].kind == EVG_TOK_WORD) words++;
        if (!evt_req_may(doc, k)) continue;
        size_t tn; /* speed: a word of 2+ bytes can only match a token ending in its last two bytes
                      (e0; e1 before a final ا) or in a possessive ending (ا م ه) */
        const unsigned char *tt = (const unsigned char *)evg_tok_text(doc, &doc->tokens.v[k], &tn);
        unsigned e0 = tn >= 2 ? (unsigned)tt[tn - 2] << 8 | tt[tn - 1] : 0x10000u;
        unsigned e1 = tn >= 4 && e0 == 0xD8A7u ? (unsigned)tt[tn - 4] << 8 | tt[tn - 3] : 0x10000u;
        int poss_end = tn >= 2 && tt[0] >= 0xD8 && (e0 == 0xD8A7u || e0 == 0xD985u || e0 == 0xD987u);
        for (int q = 0; q < e->nreq; q++) {
            size_t wn = q < 16 ? wl[q] : strlen(e->req[q]);
            const unsigned char *rw = (const unsigned char *)e->req[q];
            unsigned w0 = wn >= 2 ? (unsigned)rw[wn - 2] << 8 | rw[wn - 1] : 0x20000u;
            if (w0 != 0x20000u && !poss_end && w0 != e0 && w0 != e1) continue;
            if (evt_stem_alef_at(doc, k, e->req[q], wn, 0) || evt_poss_at(doc, k, e->req[q], wn)) return 1;
            if (wn + 2 < sizeof acc) { /* speed: req + ا without copying it */
                if (evt_stem_alef_at(doc, k, e->req[q], wn, 1)) return 1;
                continue;
            }
            join(acc, sizeof acc, e->req[q], wn, AR_ALEF); /* جنودا اتفاقا */
            if (evt_tok_is_stem(doc, k, acc)) return 1;
        }
    }
    return 0;
}

/* "انتقد X ما وصفه بالاعتداء", "أشاد بما وصفه بالموقف المسؤول": a
 * perfect with an object pronoun right after the relative ما (what) names
 * what another act is about ("what he called ..."); it is no act of its own.
 * The pronoun marks the relative: the negation ما takes a bare verb. */
static int relative_what(const evg_doc *doc, int32_t i)
{
    static const char *const ma[] = {"\xD9\x85\xD8\xA7", "\xD8\xA8\xD9\x85\xD8\xA7", /* ما بما */
                                     "\xD9\x85\xD9\x85\xD8\xA7", "\xD9\x88\xD9\x85\xD8\xA7", /* مما وما */
                                     NULL}; /* not لما: "لما زاره" is "when he visited him" */
    if (i == 0 || doc->tokens.v[i - 1].sent != doc->tokens.v[i].sent) return 0;
    for (int k = 0; ma[k]; k++)
        if (evg_tok_is(doc, (size_t)(i - 1), ma[k])) return 1;
    return 0;
}

/* "وهو ما نفته X", "وهذا ما أكده X": after a resumptive pronoun and ما the
 * object form is X's own reply to what the sentence told (args3, session
 * 13), neither "what he called" nor a statement bound in a relative. */
static int resumptive_what(const evg_doc *doc, const evt_entry *e, int32_t i)
{
    static const char *const pron[] = {"\xD9\x88\xD9\x87\xD9\x88", "\xD9\x88\xD9\x87\xD9\x8A", /* وهو وهي */
                                       "\xD9\x88\xD9\x87\xD8\xB0\xD8\xA7", "\xD9\x87\xD9\x88", /* وهذا هو */
                                       "\xD9\x87\xD9\x8A", "\xD9\x87\xD8\xB0\xD8\xA7", NULL}; /* هي هذا */
    /* a reply that is an act: a denial (نفى), a rejection, a criticism
     * ("وهو ما انتقدته X"); a plain statement verb stays a relative
     * ("وهذا ما وصفه X بالتصعيد": what X called it) */
    int denial = strncmp(e->key, "\xD9\x86\xD9\x81", 4) == 0;                   /* نف */
    int called = strncmp(e->key, "\xD9\x88\xD8\xB5\xD9\x81", 6) == 0;             /* وصف */
    if ((strcmp(e->code, "010") == 0 && !denial) || called) return 0;
    if (i < 2 || doc->tokens.v[i - 2].sent != doc->tokens.v[i].sent ||
        !evg_tok_is(doc, (size_t)(i - 1), "\xD9\x85\xD8\xA7")) /* ما */
        return 0;
    return evg_tok_in_static(doc, (size_t)(i - 2), pron, (size_t)-1, EVG_WS_PLAIN);
}

/* "بيان أصدره"، "القرار الذي أعلنه": a statement verb with an object pronoun
 * inside a relative clause names what another act is about.  Only one that
 * opens its clause (after و/ف, a punctuation mark or at the sentence start:
 * "وأبلغه بالقرار") tells a statement made to someone. */
static int bound_statement(const evg_doc *doc, const evt_entry *e, int32_t i, int prefix_len)
{
    if (e->cls != EVT_CL_SPEECH || prefix_len > 0) return 0;
    if (i == 0 || doc->tokens.v[i - 1].sent != doc->tokens.v[i].sent) return 0;
    return !evt_is_punct_boundary(doc, i - 1);
}

/* Is token i written with a final ta marbuta (trailing short vowels skipped)?
 * The fold writes ة as ه, so "حذرة" (cautious) folds like "حذره" (warned
 * him): a form generated with an object pronoun is no match for it. */
static int ends_ta_marbuta(const evg_doc *doc, int32_t i)
{
    const evg_token *tk = &doc->tokens.v[i];
    if (tk->script != EVG_SCRIPT_ARAB || !doc->raw.p) return 0;
    const unsigned char *r = (const unsigned char *)doc->raw.p;
    int32_t e = tk->oe;
    while (e - 2 >= tk->os && r[e - 2] == 0xD9 && r[e - 1] >= 0x8B && r[e - 1] <= 0x92) e -= 2;
    return e - 2 >= tk->os && r[e - 2] == 0xD8 && r[e - 1] == 0xA9;
}

/* Does a name or title mention open the very next token of i's sentence? */
static int name_follows(const evg_doc *doc, int32_t i)
{
    size_t lo = 0, hi = doc->mentions.n;
    while (lo < hi) { /* mentions are in text order: the first starting after i */
        size_t mid = (lo + hi) / 2;
        if (doc->mentions.v[mid].tok_first <= i) lo = mid + 1;
        else hi = mid;
    }
    if (lo == doc->mentions.n) return 0;
    const evg_mention *m = &doc->mentions.v[lo];
    /* the mention opens the token: no preposition before it ("إشادته بالرئيس X") */
    return m->tok_first == i + 1 && m->os == doc->tokens.v[i + 1].os &&
           doc->tokens.v[i + 1].sent == doc->tokens.v[i].sent &&
           (m->kind == EVG_MEN_NAME || m->kind == EVG_MEN_TITLE);
}

/* A perfect with an object pronoun and a noun with a possessive ending may be
 * spelled alike: أدانته "condemned it" and إدانته "his condemnation" both fold
 * to ادانته.  A noun with a possessive ending takes no genitive after it, so a
 * name or title right after the word is the verb's subject ("وأدانته منظمة
 * X"): the verb; else the noun ("جدد إدانته للهجوم").  Returns 1 when
 * entry e should replace best, -1 when it should not, 0 when the pair is not
 * such a homograph. */
static int pronoun_verb_or_noun(const evg_doc *doc, int32_t i, const evt_entry *best, const evt_entry *e)
{
    const evt_entry *verb = e->scope == TRIG_OBJ_FORM && e->pos == EVT_POS_PAST ? e : best;
    const evt_entry *noun = verb == e ? best : e;
    if (verb->scope != TRIG_OBJ_FORM || verb->pos != EVT_POS_PAST || noun->pos != EVT_POS_NOUN ||
        !noun->definite)
        return 0;
    return (name_follows(doc, i) ? verb : noun) == e ? 1 : -1;
}

/* Does entry e need something of its context: required words, or the
 * conditional threat of "&cthreat" (which lists no word)? */
static int has_req(const evt_entry *e)
{
    return e->nreq || e->scope == TRIG_COND_THREAT;
}

/* Best entry whose key is tok[prefix_len..n); keeps the longest tail, and at
 * equal length an entry whose required words are present over one without,
 * and a verb with an object pronoun or a noun with a possessive ending by
 * what follows (pronoun_verb_or_noun). */
static void try_key(const evg_doc *doc, int32_t i, int32_t limit, int cues, const char *tok,
                    size_t n, int prefix_len, evt_match *best)
{
    const struct evg_triggers *t = doc->ctx->trig;
    const char *key = tok + prefix_len;
    size_t kn = n - (size_t)prefix_len;
    uint32_t h = hash_full(key, kn);
    for (const evt_entry *e = chain_of(t, cues, h); e; e = e->next) {
        if (e->h != h || !evg_key_eq(e->key, key, kn)) continue;
        if (!clitic_ok(e, tok, prefix_len, cues) || !tail_matches(doc, e, i, limit)) continue;
        if (!cues && !requires_met(doc, e, i, limit)) continue;
        if (e->scope == TRIG_OBJ_FORM && ends_ta_marbuta(doc, i)) continue;
        if (!cues && e->scope == TRIG_OBJ_FORM && !resumptive_what(doc, e, i) &&
            (relative_what(doc, i) || bound_statement(doc, e, i, prefix_len)))
            continue;
        int homograph = best->e && best->end - best->first == 1 + e->ntail && best->prefix_len == prefix_len
                            ? pronoun_verb_or_noun(doc, i, best->e, e) : 0;
        if (homograph < 0 ||
            (!homograph && best->e && (best->end - best->first > 1 + e->ntail ||
                                       (best->end - best->first == 1 + e->ntail && (has_req(best->e) || !has_req(e))))))
            continue;
        best->e = e;
        best->first = i;
        best->end = i + 1 + e->ntail;
        best->prefix_len = prefix_len;
        best->definite = e->definite || definite_prefix(tok, prefix_len);
    }
}

/* Whole words that only look like a proclitic + a trigger form: وزارة
 * "ministry" (not و + زاره "and he visited him"), the name فيصل (not ف +
 * يصل "so he arrives"). */
static int clitic_homograph(const char *tok, size_t n)
{
    static const char wizara[] = "\xD9\x88\xD8\xB2\xD8\xA7\xD8\xB1\xD9\x87"; /* وزاره */
    static const char faisal[] = "\xD9\x81\xD9\x8A\xD8\xB5\xD9\x84";          /* فيصل */
    return (n == sizeof wizara - 1 && memcmp(tok, wizara, n) == 0) ||
           (n == sizeof faisal - 1 && memcmp(tok, faisal, n) == 0);
}

/* Does the filter of the trigger (2) or cue (4) table let s[0..n) through? */
static unsigned filter_bits(const struct evg_triggers *t, const char *s, size_t n)
{
    uint32_t b = hash_full(s, n) & (EVT_FILTER_BITS - 1);
    return (((t->trig_filter[b >> 6] >> (b & 63)) & 1) ? 2u : 0u) |
           (((t->cues_filter[b >> 6] >> (b & 63)) & 1) ? 4u : 0u);
}

/* 1 | which tables may hold a key for token tk as written or after any
 * proclitic chain evt_match_at would strip: one hash per form serves both
 * tables and every later call at the token (speed). */
static uint8_t key_memo(const struct evg_triggers *t, const evg_token *tk, const char *tok, size_t n)
{
    unsigned bits = 1 | filter_bits(t, tok, n);
    for (int k = 0; tk->script == EVG_SCRIPT_ARAB && noun_clitics[k]; k++) {
        if (tok[1] != noun_clitics[k][1] || tok[0] != noun_clitics[k][0]) continue;
        size_t pl = strlen(noun_clitics[k]);
        if (n >= pl + 4 && memcmp(tok, noun_clitics[k], pl) == 0) bits |= filter_bits(t, tok + pl, n - pl);
    }
    return (uint8_t)bits;
}

static int match_here(const evg_doc *doc, int32_t i, int32_t limit, int cues, evt_match *out);

/* A cue word inside a longer cue phrase that starts before it is part of
 * that phrase: "لم يستبعد" (possible) does not also hold the negation
 * "يستبعد", nor "has not ruled out" the negation "ruled out". */
static int inside_cue_phrase(const evg_doc *doc, int32_t i)
{
    evt_match m;
    for (int32_t j = i - 1; j >= 0 && j >= i - 3; j--) {
        if (doc->tokens.v[j].sent != doc->tokens.v[i].sent) break;
        if (match_here(doc, j, (int32_t)doc->tokens.n, 1, &m) && m.end > i) return 1;
    }
    return 0;
}

/* A capitalised English word inside an actor's name ("Theresa May", "Will
 * Hurd") is part of the name, not the modal it spells. */
static int cue_in_name(const evg_doc *doc, int32_t i)
{
    const evg_token *tk = &doc->tokens.v[i];
    if (tk->script == EVG_SCRIPT_ARAB || !doc->raw.p || doc->raw.p[tk->os] < 'A' || doc->raw.p[tk->os] > 'Z')
        return 0;
    for (size_t m = 0; m < doc->mentions.n; m++)
        if (doc->mentions.v[m].tok_first <= i && i < doc->mentions.v[m].tok_end) return 1;
    return 0;
}

int evt_match_at(const evg_doc *doc, int32_t i, int32_t limit, int cues, evt_match *out)
{
    if (!match_here(doc, i, limit, cues, out)) return 0;
    return !cues || (!inside_cue_phrase(doc, i) && !cue_in_name(doc, i));
}

static int match_here(const evg_doc *doc, int32_t i, int32_t limit, int cues, evt_match *out)
{
    if (!doc->ctx->trig || i >= limit) return 0;
    const evg_token *tk = &doc->tokens.v[i];
    if (tk->kind != EVG_TOK_WORD) return 0;
    size_t n;
    const char *tok = evg_tok_text(doc, tk, &n);
    if (doc->evt_key_memo) { /* no form of the token in the table's filter: no match */
        uint8_t *m = evg_evt_memo(doc, (size_t)i); /* per distinct form */
        if (!(*m & 1)) *m |= key_memo(doc->ctx->trig, tk, tok, n);
        if (!(*m & (cues ? 4 : 2))) return 0;
    }
    evt_match best = {0};
    try_key(doc, i, limit, cues, tok, n, 0, &best);
    if (!best.e && tk->script == EVG_SCRIPT_ARAB && clitic_homograph(tok, n)) return 0;
    for (int k = 0; !best.e && tk->script == EVG_SCRIPT_ARAB && noun_clitics[k]; k++) {
        if (tok[1] != noun_clitics[k][1] || tok[0] != noun_clitics[k][0]) continue; /* cheap first test */
        size_t pl = strlen(noun_clitics[k]);
        if (n >= pl + 4 && memcmp(tok, noun_clitics[k], pl) == 0)
            try_key(doc, i, limit, cues, tok, n, (int)pl, &best);
    }
    if (!best.e) return 0;
    *out = best;
    return 1;
}

/* Is prefix p (pl bytes) one of the noun proclitic chains? */
static int is_noun_clitic(const char *p, size_t pl)
{
    for (int k = 0; noun_clitics[k]; k++)
        if (strlen(noun_clitics[k]) == pl && memcmp(p, noun_clitics[k], pl) == 0) return 1;
    return 0;
}

/* Does token i end with the wn bytes of w, followed by ا when alef is set,
 * after nothing or a clitic chain (at most 8 bytes)? */
int evt_stem_alef_at(const evg_doc *doc, int32_t i, const char *w, size_t wn, int alef)
{
    if (i < 0 || (size_t)i >= doc->tokens.n) return 0;
    size_t n;
    const char *tok = evg_tok_text(doc, &doc->tokens.v[i], &n);
    if (alef) {
        if (n < 2 || memcmp(tok + n - 2, AR_ALEF, 2) != 0) return 0;
        n -= 2;
    }
    /* the word must end the token; what precedes it (at most 8 bytes) must be a clitic chain */
    if (n < wn || n - wn > 8) return 0;
    for (size_t j = wn; j-- > 0;) /* from the end: most words differ in their last letter */
        if (tok[n - wn + j] != w[j]) return 0;
    return n == wn || is_noun_clitic(tok, n - wn);
}

/* Is token i the Arabic word w (wn bytes) with a possessive ending (مساعداتها,
 * اتفاقيتهما: a final ة, folded ه, is ت before it), after any noun proclitic? */
int evt_poss_at(const evg_doc *doc, int32_t i, const char *w, size_t wn)
{
    static const char *const poss[] = {AR_HA AR_ALEF, AR_HA "\xD9\x85", AR_HA "\xD9\x85" AR_ALEF,
                                       AR_HA, NULL};
    if (i < 0 || (size_t)i >= doc->tokens.n || wn < 4) return 0;
    size_t n;
    const char *tok = evg_tok_text(doc, &doc->tokens.v[i], &n);
    if (n < wn + 2 || (unsigned char)tok[0] < 0xD8) return 0; /* not Arabic, or too short */
    int ta = memcmp(w + wn - 2, AR_HA, 2) == 0; /* word in ة: its stem ends in ت */
    for (int k = 0; poss[k]; k++) {
        size_t pl = strlen(poss[k]);
        if (n < wn + pl || memcmp(tok + n - pl, poss[k], pl) != 0) continue;
        size_t m = n - pl; /* the word ends at tok[m] */
        if (memcmp(tok + m - wn, w, wn - 2) != 0 ||
            memcmp(tok + m - 2, ta ? AR_TA : w + wn - 2, 2) != 0)
            continue;
        if (m == wn || is_noun_clitic(tok, m - wn)) return 1;
    }
    return 0;
}

int evt_stem_at(const evg_doc *doc, int32_t i, const char *w, size_t wn)
{
    return evt_stem_alef_at(doc, i, w, wn, 0);
}

/* Is token i a title's head noun of title_heads.tsv (وزير، الناطق،
 * ومستشار), after any noun proclitic? */
int evt_title_head_word(const evg_doc *doc, int32_t i)
{
    const struct evg_triggers *t = doc->ctx->trig;
    for (size_t k = 0; t && k < t->nheads; k++)
        if (evt_stem_alef_at(doc, i, t->heads[k], t->head_len[k], 0)) return 1;
    return 0;
}
