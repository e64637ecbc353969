/*
 * entities_mention.c - actors: entities, mentions and the ids of new ones.
 *
 * Owns the document's entity and mention vectors: an entity per id
 * (entity_of for a gazetteer entry, new_entity_at for one nobody listed),
 * aliases, add_mention and emit_key, and the name words of a person that
 * later stand alone for it (local aliases: a surname, a compound surname
 * in عبد only with its عبد).  A new organisation's or
 * place's id is the ASCII slug of its ICU transliteration (translit,
 * slugify); a new person's is "per-" and the consonant skeleton of the
 * name (person_id), its English name made by entities_latin.c.  The
 * CAMEO agent of an entity: a listed person's on the document's date
 * (role_on_day), a titled new person's from the body it serves
 * (evg_ent_title_role).
 * Reads spans from entities_key.c; every other rule file writes the
 * document through these functions.  Strings live in the document arena.
 */
#include "entities_int.h"

#include <stdio.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

int32_t evg_ent_sent_day(const evg_doc *d, int32_t tok)
{
    int32_t s = d->tokens.v[tok].sent;
    if (s >= 0 && (size_t)s < d->sentences.n) {
        int32_t sec = d->sentences.v[s].section;
        if (sec >= 0 && (size_t)sec < d->sections.n && d->sections.v[sec].dct != EVG_NODATE)
            return d->sections.v[sec].dct;
    }
    return d->dct;
}

int32_t evg_ent_entity_push(scan *st, const evg_entity *x)
{
    evg_vec_push(&st->d->entities, *x);
    return (int32_t)st->d->entities.n - 1;
}

/* Scratch array k of the context's gazetteer: ents.n + 1 zeros; its user
 * puts every entry it set back to 0 (speed: no array cleared per document). */
int32_t *evg_ent_gaz_zeroed(const evg_doc *d, int k)
{
    struct evg_gazetteer *g = d->ctx->gaz;
    if (!g->zeroed[k]) g->zeroed[k] = evg_xcalloc(g->ents.n + 1, sizeof *g->zeroed[k]);
    return g->zeroed[k];
}

/* The CAMEO agent of listed person e on the document's date.  A row's
 * agent is the one of the person's best-known office; when every office
 * the person holds that day is a country's and the row says IGO (a prime
 * minister who later led NATO), the agent is GOV; when every one is in an
 * international body and the row says GOV, IGO.  Otherwise the row's. */
static const char *role_on_day(const scan *st, int e)
{
    const gaz_entry *g = &st->g->ents.v[e];
    int32_t day = st->d->dct;
    int state = 0, body = 0;
    if (strcmp(g->type, "PER") != 0 || day == EVG_NODATE || (strcmp(g->role, "IGO") != 0 && strcmp(g->role, "GOV") != 0))
        return g->role;
    for (int i = g->first_office; i >= 0; i = st->g->offices.v[i].enext) {
        const gaz_office *o = &st->g->offices.v[i];
        const char *colon = o->kind ? o->kind - 1 : NULL;
        if (!colon || (o->from != EVG_NODATE && day < o->from) || (o->to != EVG_NODATE && day > o->to)) continue;
        char qid[128];
        snprintf(qid, sizeof qid, "%.*s", (int)(colon - o->office), o->office);
        int q = evg_gaz_find_id(st->g, qid);
        if (q < 0) continue;
        if (st->g->ents.v[q].is_country) state = 1;
        else if (!strcmp(st->g->ents.v[q].role, "IGO")) body = 1;
    }
    if (!strcmp(g->role, "IGO") && state && !body) return "GOV";
    if (!strcmp(g->role, "GOV") && body && !state) return "IGO";
    return g->role;
}

/* The document entity of gazetteer entry e. */
int32_t evg_ent_entity_of(scan *st, int e)
{
    if (st->by_entry[e]) return st->by_entry[e] - 1;
    const gaz_entry *g = &st->g->ents.v[e];
    evg_entity x;
    memset(&x, 0, sizeof x);
    x.id = g->id;
    int en = st->d->lang == EVG_LANG_EN;
    x.name = (en && *g->name_en) || !*g->name_ar ? g->name_en : g->name_ar;
    x.name_en = *g->name_en ? g->name_en : g->name_ar;
    x.type = g->type;
    x.country = g->country;
    x.role = role_on_day(st, e);
    x.first_mention = -1;
    st->by_entry[e] = evg_ent_entity_push(st, &x) + 1;
    evg_vec_push(&st->by_entry_set, e);
    return st->by_entry[e] - 1;
}

int32_t evg_ent_entity_by_id(const scan *st, const char *id)
{
    for (size_t i = 0; i < st->d->entities.n; i++)
        if (!strcmp(st->d->entities.v[i].id, id)) return (int32_t)i;
    return -1;
}

static void add_alias(scan *st, evg_entity *x, int32_t os, int32_t oe)
{
    const char *s = st->d->raw.p + os;
    size_t n = (size_t)(oe - os);
    if (strlen(x->name) == n && !memcmp(x->name, s, n)) return;
    for (size_t i = 0; i < x->aliases.n; i++)
        if (strlen(x->aliases.v[i]) == n && !memcmp(x->aliases.v[i], s, n)) return;
    const char *copy = evg_arena_strndup(st->d->arena, s, n);
    evg_vec_push(&x->aliases, copy);
}

/* The end of a mention, past the last dot of a dotted Latin abbreviation
 * ("U.S." and "D.C.", not "U.S") or of a name's suffix "Jr."/"Sr.": the
 * word-final dot belongs to the name even where it also ends the sentence. */
static int32_t abbrev_end(const evg_doc *d, int32_t os, int32_t oe)
{
    const char *r = d->raw.p;
    if (oe - os < 3 || (size_t)oe >= d->raw.n || r[oe] != '.') return oe;
    if (oe - os >= 4 && r[oe - 3] == ' ' && (!memcmp(r + oe - 2, "Jr", 2) || !memcmp(r + oe - 2, "Sr", 2)))
        return oe + 1; /* a name's suffix "Jr." or "Sr." ("Marcos Jr."): its dot is the name's */
    if (r[oe - 1] < 'A' || r[oe - 1] > 'Z' || r[oe - 2] != '.') return oe;
    return oe + 1;
}

void evg_ent_add_mention(scan *st, int32_t ent, int32_t first, int32_t end, int32_t os, int32_t oe, int kind)
{
    evg_doc *d = st->d;
    oe = abbrev_end(d, os, oe);
    evg_mention m = {ent, first, end, os, oe, d->tokens.v[first].sent, kind};
    evg_vec_push(&d->mentions, m);
    evg_entity *x = &d->entities.v[ent];
    if (x->first_mention < 0) x->first_mention = (int32_t)d->mentions.n - 1;
    if (kind == EVG_MEN_NAME && !st->quiet) add_alias(st, x, os, oe);
}

static void alias_add(scan *st, int32_t k, int32_t os, int32_t ent, int last, int soft);

/* Does the listed Arabic name m end in a surname that may stand alone
 * later ("شكري" of "سامح شكري")?  Not a father's name after بن or ولد, nor
 * a king's ordinal. */
static int arabic_surname_end(const scan *st, const span *m)
{
    int32_t k = m->end - 1;
    if (st->d->tokens.v[k].script != EVG_SCRIPT_ARAB || st->d->tokens.v[k].kind != EVG_TOK_WORD) return 0;
    if (evg_tok_is(st->d, (size_t)k - 1, "عبد")) return 2; /* "عبد المهدي": only the two words together */
    return !evg_ent_name_particle(st, k - 1, 0) && !evg_ent_ordinal_word(st->d, k);
}

/* The first and last words of a full foreign name (شين of شين وون-سيك) may
 * come back alone later in the document; so may the surname of a listed
 * Arabic name (الصفدي, شكري). */
void evg_ent_remember_name_words(scan *st, const span *m, int32_t ent)
{
    const gaz_key *k = &st->g->keys.v[m->key];
    if (k->ntok < 2 || strcmp(st->g->ents.v[k->target].type, "PER") != 0) return;
    if (k->flags & (GAZ_LOOSE | GAZ_LATIN)) {
        evg_ent_local_alias_add(st, m->first, m->os, ent);
        evg_ent_local_surname_add(st, m->end - 1, st->d->tokens.v[m->end - 1].os, ent);
    } else {
        int last = arabic_surname_end(st, m);
        if (last) /* soft: "ميشال عون" after "جوزاف عون" leaves عون to Joseph */
            alias_add(st, m->end - 1, st->d->tokens.v[m->end - 1].os, ent, last, 1);
    }
}

int32_t evg_ent_emit_key(scan *st, const span *m, int kind)
{
    int32_t ent = evg_ent_entity_of(st, st->g->keys.v[m->key].target);
    evg_ent_add_mention(st, ent, m->first, m->end, m->os, m->oe, kind);
    if (kind == EVG_MEN_NAME) evg_ent_remember_name_words(st, m, ent);
    return m->end;
}

/* ---- ids of organisations and places nobody listed ---- */

/* The context's transliterator (opening one costs more than a whole
 * document, so it is made once per context, which is one per thread). */
static UTransliterator *translit(scan *st)
{
    struct evg_gazetteer *g = st->d->ctx->gaz;
    if (!g->tr) {
        UErrorCode e = U_ZERO_ERROR;
        UParseError pe;
        UChar id[32];
        u_uastrcpy(id, "Any-Latin; Latin-ASCII");
        g->tr = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, &pe, &e);
        if (U_FAILURE(e)) g->tr = NULL;
    }
    return g->tr;
}

/* Latin (ASCII) form of s[0..n) into out; "" when ICU cannot do it. */
static void to_ascii(scan *st, const char *s, size_t n, char *out, size_t cap)
{
    UChar buf[512];
    int32_t len = 0, limit;
    UErrorCode e = U_ZERO_ERROR;
    out[0] = '\0';
    UTransliterator *tr = translit(st);
    if (!tr || n > 300) return;
    u_strFromUTF8(buf, 256, &len, s, (int32_t)n, &e);
    limit = len;
    if (U_SUCCESS(e)) utrans_transUChars(tr, buf, &len, 512, 0, &limit, &e);
    if (U_SUCCESS(e)) u_strToUTF8(out, (int32_t)cap - 1, NULL, buf, len, &e);
    if (U_FAILURE(e)) out[0] = '\0';
    out[cap - 1] = '\0';
}

/* Lower-case ASCII slug: letters and digits, runs of anything else as '-'. */
void evg_ent_slugify(const char *s, char *out, size_t cap)
{
    size_t o = 0;
    for (; *s && o + 1 < cap; s++) {
        char c = *s;
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out[o++] = c;
        else if (o && out[o - 1] != '-') out[o++] = '-';
    }
    while (o && out[o - 1] == '-') o--;
    out[o] = '\0';
}

/* "shyn wwn-syk" -> "Shyn Wwn-Syk" */
void evg_ent_capitalise(char *s)
{
    for (int start = 1; *s; s++) {
        if (start && *s >= 'a' && *s <= 'z') *s = (char)(*s - 32);
        start = !((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9'));
    }
}

/* Remember word k of a person's name (from original byte os on, past any
 * proclitic) for later bare mentions, last when it is the surname; a word
 * two people share resolves to neither, unless the later one is soft (a
 * listed Arabic surname), which leaves the word to the earlier person. */
static void alias_add(scan *st, int32_t k, int32_t os, int32_t ent, int last, int soft)
{
    const evg_doc *d = st->d;
    const evg_token *t = &d->tokens.v[k];
    size_t n;
    const char *s = evg_ent_tok_str_from(d, k, os, &n);
    if (t->kind != EVG_TOK_WORD || evg_ent_is_stop(st, s, n)) return;
    if (evg_ent_count_letters(s, n) < 3 && !evg_ent_short_latin_name(st, k)) return;
    for (size_t a = 0; a < st->local.n; a++) {
        local_alias *la = &st->local.v[a];
        if (la->n == n && !memcmp(la->s, s, n)) {
            if (soft && la->ent != ent) return;
            if (la->ent != ent) la->ent = -1;
            la->last = la->last == 1 || last == 1 ? 1 : la->last == 2 && last == 2 ? 2 : 0; /* bare use wins */
            return;
        }
    }
    local_alias a = {s, n, ent, last};
    evg_vec_push(&st->local, a);
}

void evg_ent_local_alias_add(scan *st, int32_t k, int32_t os, int32_t ent) { alias_add(st, k, os, ent, 0, 0); }

void evg_ent_local_surname_add(scan *st, int32_t k, int32_t os, int32_t ent) { alias_add(st, k, os, ent, 1, 0); }

/* Every word of a new person's name but the particles (بن, ولد ...) and,
 * in Arabic, a definite word before the last (المختار of المختار ولد
 * اجاي is as often another person's given name); the last word is the
 * surname, after عبد only with it ("عبد الله", not "الله"). */
void evg_ent_add_local_aliases(scan *st, int32_t first, int32_t end, int32_t ent)
{
    for (int32_t k = first; k < end; k++) {
        size_t n;
        const char *s = evg_ent_tok_str(st->d, k, &n);
        if (evg_ent_name_particle(st, k, st->d->tokens.v[k].script == EVG_SCRIPT_LATN)) continue;
        if (k < end - 1 && st->d->tokens.v[k].script == EVG_SCRIPT_ARAB && n >= 4 && !memcmp(s, "ال", 4)) continue;
        int last = k < end - 1 ? 0 : k > first && evg_tok_is(st->d, (size_t)k - 1, "عبد") ? 2 : 1; /* "عبد الله" */
        alias_add(st, k, st->d->tokens.v[k].os, ent, last, 0);
    }
}

/* ---- ids of unlisted people ---- */

/* Folded words of the name [first, end) from original byte os on, the
 * article left out (Latin al, el; Arabic ال, also the family word آل):
 * into tok/len, their number. */
static int name_words(const scan *st, int32_t first, int32_t end, int32_t os, const char **tok, size_t *len,
                      int cap)
{
    const evg_doc *d = st->d;
    int n = 0;
    for (int32_t k = first; k < end && n < cap; k++) {
        size_t l;
        const char *s = k == first ? evg_ent_tok_str_from(d, k, os, &l) : evg_ent_tok_str(d, k, &l);
        if (d->tokens.v[k].kind != EVG_TOK_WORD || (l == 2 && (!memcmp(s, "al", 2) || !memcmp(s, "el", 2)))) continue;
        if (l >= 4 && !memcmp(s, "ال", 4)) s += 4, l -= 4;
        if (l) tok[n] = s, len[n++] = l;
    }
    return n;
}

/* The script-free id of an unlisted person: "per-" and the consonant
 * skeleton of the name (entities_fuzzy.c; X written "sh"), so that شين وون
 * سيك and Shin Won-sik are both per-shnsk; the spelling (words joined, in
 * the document arena) for the confirming check.  -1 when the skeleton has
 * fewer than four symbols (too little to tell people apart). */
static int skeleton_id(scan *st, int32_t first, int32_t end, int32_t os, char *out, size_t cap, spelling *sp)
{
    const char *tok[12];
    size_t len[12], o = 4;
    char sk[64];
    int n = name_words(st, first, end, os, tok, len, 12);
    int sl = n ? evg_gaz_cskel(tok, len, n, sk, sizeof sk) : -1;
    if (sl < 4 || cap < 4 + 2 * (size_t)sl + 1) return -1;
    memcpy(out, "per-", 4);
    for (int i = 0; i < sl; i++) {
        if (sk[i] == 'X') out[o++] = 's', out[o++] = 'h';
        else out[o++] = (char)(sk[i] + 32);
    }
    out[o] = '\0';
    evg_buf b = {0};
    for (int i = 0; i < n; i++) evg_buf_put(&b, tok[i], len[i]);
    sp->s = evg_arena_strndup(st->d->arena, b.p, b.n);
    sp->n = b.n;
    sp->latin = st->d->tokens.v[first].script == EVG_SCRIPT_LATN;
    evg_buf_free(&b);
    return 0;
}

/* May spelling sp join entity ent, which has the same skeleton id?  Across
 * scripts the equal skeleton is the evidence; in one script some spelling
 * of ent must be a close variant of sp (Hassan and Hussein share HSN but
 * are two people). */
static int spelling_joins(const scan *st, int32_t ent, const spelling *sp)
{
    int far = 0;
    for (size_t i = 0; i < st->spelled.n; i++) {
        const spelling *o = &st->spelled.v[i];
        if (o->ent != ent || o->latin != sp->latin) continue;
        if (evg_gaz_spelling_close(o->s, o->n, sp->s, sp->n)) return 1;
        far = 1;
    }
    return !far;
}

/* Id of a new person: the skeleton id, or, when another person of this
 * document already holds it and the spellings disagree, the skeleton id
 * and the transliteration slug.  The entity already named so, or -1, in
 * *ent. */
static void person_id(scan *st, int32_t first, int32_t end, int32_t os, char *id, size_t cap, int32_t *ent)
{
    spelling sp;
    char pid[256];
    *ent = -1;
    if (skeleton_id(st, first, end, os, pid, sizeof pid, &sp)) {
        *ent = evg_ent_entity_by_id(st, id);
        return;
    }
    int32_t have = evg_ent_entity_by_id(st, pid);
    if (have >= 0 && !spelling_joins(st, have, &sp)) {
        size_t n = strlen(pid);
        if (snprintf(pid + n, sizeof pid - n, "-%s", id) < 0) pid[n] = '\0';
        have = evg_ent_entity_by_id(st, pid);
    }
    snprintf(id, cap, "%s", pid);
    *ent = have;
    sp.ent = have;
    evg_vec_push(&st->spelled, sp); /* ent set by evg_ent_new_entity_at when it is new */
}

/* A new entity named by tokens [first, end) (a person after a title or a
 * rank, an organisation or a place nobody listed): the listed entry whose
 * id is the ASCII slug of the ICU transliteration, else a new entity with
 * that slug as id (a person: the skeleton id, person_id). */
/* The Latin name of Arabic text s for name_en: its transliteration with ة
 * read as a final a (نادية -> Nadya, رجيبة -> Rjyba) and marks outside
 * ASCII dropped; out is left alone when s has no ة. */
static void latin_name(scan *st, const char *s, char *out, size_t cap)
{
    char buf[512];
    size_t o = 0, n = strlen(s);
    if (!strstr(s, "\xD8\xA9") || n >= sizeof buf) return;
    for (size_t i = 0; i < n; i++) {
        int ta_marbuta = (unsigned char)s[i] == 0xD8 && (unsigned char)s[i + 1] == 0xA9;
        buf[o++] = s[i];
        if (ta_marbuta) buf[o++] = (char)0xA7, i++; /* ة (D8 A9) -> ا (D8 A7) */
    }
    to_ascii(st, buf, o, out, cap);
    size_t w = 0;
    for (size_t r = 0; out[r]; r++)
        if ((unsigned char)out[r] < 0x80) out[w++] = out[r];
    out[w] = '\0';
}

/* English name of a new Arabic organisation [first, end) into out when
 * every word of it translates (entities_orgname.c; a demonym gives its
 * country's adjective); else out is left alone. */
static void org_name_en(scan *st, int32_t first, int32_t end, int32_t os, char *out, size_t cap)
{
    const char *adj[16] = {0};
    char en[256];
    span m;
    if (end - first > 16 || st->d->tokens.v[first].script != EVG_SCRIPT_ARAB) return;
    for (int32_t k = first + 1; k < end; k++)
        if (evg_ent_match_at(st, k, GAZ_DEMONYM, &m) && m.end == k + 1)
            adj[k - first] = st->g->ents.v[st->g->keys.v[m.key].target].adj_en;
    if (evg_ent_org_name_en(st->g, st->d, first, end, os, adj, en, sizeof en)) snprintf(out, cap, "%s", en);
}

int32_t evg_ent_new_entity_at(scan *st, int32_t first, int32_t end, int32_t os, const char *type,
                             const char *country, const char *role)
{
    evg_doc *d = st->d;
    int32_t oe = d->tokens.v[end - 1].oe, ent;
    char ascii[512], id[256];
    to_ascii(st, d->raw.p + os, (size_t)(oe - os), ascii, sizeof ascii);
    size_t w = 0; /* marks ICU leaves outside ASCII (ʿ for ع) are dropped */
    for (size_t r = 0; ascii[r]; r++)
        if ((unsigned char)ascii[r] < 0x80) ascii[w++] = ascii[r];
    ascii[w] = '\0';
    evg_ent_slugify(ascii, id, sizeof id);
    if (!*id) return -1;
    int e = evg_gaz_find_id(st->g, id);
    if (e >= 0) return evg_ent_entity_of(st, e);
    if (!strcmp(type, "PER")) person_id(st, first, end, os, id, sizeof id, &ent);
    else ent = evg_ent_entity_by_id(st, id);
    if (ent >= 0) return ent;
    evg_entity x;
    memset(&x, 0, sizeof x);
    x.id = evg_arena_strdup(d->arena, id);
    x.name = evg_arena_strndup(d->arena, d->raw.p + os, (size_t)(oe - os));
    if (d->tokens.v[first].script != EVG_SCRIPT_LATN) latin_name(st, x.name, ascii, sizeof ascii);
    evg_ent_capitalise(ascii);
    if (!strcmp(type, "PER") && d->tokens.v[first].script == EVG_SCRIPT_ARAB) { /* usual English spelling */
        int32_t home = country && *country ? -1 : evg_ent_home_country(st); /* the region's spelling (bin/ben) */
        evg_ent_latin_name(st->g, d, first, end, os, home >= 0 ? d->entities.v[home].country : country, ascii,
                           sizeof ascii);
    }
    if (!strcmp(type, "ORG")) org_name_en(st, first, end, os, ascii, sizeof ascii);
    x.name_en = d->tokens.v[first].script == EVG_SCRIPT_LATN ? x.name : evg_arena_strdup(d->arena, ascii);
    x.type = type;
    x.country = country ? country : "";
    x.role = role ? role : "";
    x.first_mention = -1;
    ent = evg_ent_entity_push(st, &x);
    if (!strcmp(type, "PER")) evg_ent_add_local_aliases(st, first, end, ent);
    if (!strcmp(type, "PER") && st->spelled.n && st->spelled.v[st->spelled.n - 1].ent < 0)
        st->spelled.v[st->spelled.n - 1].ent = ent;
    return ent;
}

int32_t evg_ent_new_entity(scan *st, int32_t first, int32_t end, const char *type, const char *country,
                          const char *role)
{
    return evg_ent_new_entity_at(st, first, end, st->d->tokens.v[first].os, type, country, role);
}

/* Is token k a word of an army ("الجيش", "army", "military"), or "القوات"
 * before "المسلحة" ("armed forces")? */
static int army_word(const evg_doc *d, int32_t k)
{
    static const char *const w[] = {"الجيش", "للجيش", "جيش", "لجيش", "army", "military"};
    if (k < 0 || (size_t)k >= d->tokens.n) return 0;
    if (evg_tok_in_static(d, (size_t)k, w, sizeof w / sizeof *w, EVG_WS_PLAIN)) return 1;
    return (size_t)k + 1 < d->tokens.n && (evg_tok_is(d, (size_t)k, "القوات") || evg_tok_is(d, (size_t)k, "armed")) &&
           (evg_tok_is(d, (size_t)k + 1, "المسلحه") || evg_tok_is(d, (size_t)k + 1, "forces"));
}

/* The agent of an office of the organisation qualifying a title (q): a
 * generic GOV gives way to the organisation's own agent when it has one
 * ("Hamas's military leader" REB, "the EU envoy" IGO); role otherwise. */
const char *evg_ent_body_role(const scan *st, const qual *q, const char *role)
{
    if (strcmp(role, "GOV") != 0 || q->entry < 0 || !q->is_org) return role;
    const char *r = st->g->ents.v[q->entry].role;
    return r && *r ? r : role;
}

/* The CAMEO agent of the person a title names.  A title of no particular
 * agent (role GOV: a spokesman, an envoy, a chief) held in a body takes
 * the body's agent: the spokesman of a Red Crescent is NGO, the EU's envoy
 * IGO, a party's leader PTY; held in an army nobody listed (its word in the
 * title or right before a Latin one: "المتحدث باسم الجيش", "French army
 * spokesman") MIL.  A state body or a country alone leaves the title's agent. */
const char *evg_ent_title_role(const scan *st, const title_hit *h)
{
    const char *role = h->t->role;
    if (strcmp(role, "GOV") != 0) return role;
    if (h->q.entry >= 0 && h->q.is_org) return evg_ent_body_role(st, &h->q, role);
    for (int32_t k = h->first - 1; k < h->end; k++)
        if (army_word(st->d, k) && (k >= h->first || st->d->tokens.v[k].script == EVG_SCRIPT_LATN)) return "MIL";
    return role;
}

int32_t evg_ent_new_person(scan *st, int32_t first, int32_t end, const title_hit *h)
{
    const qual *q = &h->q;
    return evg_ent_new_entity(st, first, end, "PER", q->entry >= 0 ? st->g->ents.v[q->entry].country : "",
                              evg_ent_title_role(st, h));
}

/* A bare word of a person found earlier in this document (not the second
 * word of a compound surname, which needs its عبد). */
int32_t evg_ent_local_find(const scan *st, const char *s, size_t n)
{
    for (size_t a = 0; a < st->local.n; a++)
        if (st->local.v[a].n == n && !memcmp(st->local.v[a].s, s, n)) return st->local.v[a].last == 2 ? -1 : st->local.v[a].ent;
    return -1;
}

/* "عبد المهدي" (also "وعبد المهدي") alone after "عادل عبد المهدي": a
 * compound surname in عبد of a listed person named earlier; the token after
 * it, or -1. */
static int32_t compound_surname_at(scan *st, int32_t i)
{
    static const char *const abd[] = {"عبد", "وعبد", "فعبد"};
    const evg_doc *d = st->d;
    size_t n, n0;
    if ((size_t)i + 1 >= d->tokens.n || !evg_ent_same_sent(d, i, i + 1) || !evg_tok_in_static(d, (size_t)i, abd, 3, EVG_WS_PLAIN))
        return -1;
    const char *s = evg_ent_tok_str(d, i + 1, &n);
    evg_ent_tok_str(d, i, &n0);
    for (size_t a = 0; a < st->local.n; a++) {
        const local_alias *la = &st->local.v[a];
        if (la->last != 2 || la->ent < 0 || la->n != n || memcmp(la->s, s, n) != 0) continue;
        int skip = n0 > 6; /* a proclitic before عبد */
        evg_ent_add_mention(st, la->ent, i, i + 2, evg_ent_orig_after_letters(d, &d->tokens.v[i], skip), d->tokens.v[i + 1].oe,
                            EVG_MEN_NAME);
        return i + 2;
    }
    return -1;
}

/* Is the word after a person's bare Arabic surname at i a name word of
 * its own (a given name, a name with a usual English spelling, a nisba in
 * ي, another person's word), so that "surname X" may be a new person's
 * name ("حسين علاوي" after "فؤاد حسين")?  A common noun after it ("شكري
 * رسالة", "فوزي الوفد") is not.  Latin names are written capitalised:
 * always a name word. */
static int known_name_after(const scan *st, int32_t i)
{
    size_t n;
    const char *s = evg_ent_tok_str(st->d, i + 1, &n);
    int g;
    if (st->d->tokens.v[i + 1].script != EVG_SCRIPT_ARAB) return 1;
    if (evg_ent_given_name(st, i + 1, &g) || evg_ent_local_find(st, s, n) >= 0) return 1;
    if (n >= 8 && !memcmp(s + n - 2, "ي", 2)) return 1;
    if (evg_gaz_smap_get(&st->g->latin, s, n) > 0) return 1;
    return n > 4 && !memcmp(s, "ال", 4) && evg_gaz_smap_get(&st->g->latin, s + 4, n - 4) > 0;
}

/* Was the bare word s[0..n) the surname of the person it stands for? */
static int local_is_surname(const scan *st, const char *s, size_t n)
{
    for (size_t a = 0; a < st->local.n; a++)
        if (st->local.v[a].n == n && !memcmp(st->local.v[a].s, s, n)) return st->local.v[a].last == 1;
    return 0;
}

/* Does the given name at i open another person's name rather than stand
 * for ent: the next word is a name word that is not ent's ("Juan Carlos
 * Galindo" after "Juan Manuel Santos"), unless i was ent's surname and the
 * next word no known name word. */
static int opens_other_name(const scan *st, int32_t i, int32_t ent)
{
    const evg_token *t = &st->d->tokens.v[i];
    int g;
    if ((size_t)i + 1 >= st->d->tokens.n || !evg_ent_same_sent(st->d, i, i + 1) || !evg_ent_given_name(st, i, &g) || g)
        return 0;
    if (!(evg_ent_name_word_ok(st, i + 1, t->script == EVG_SCRIPT_LATN) || evg_ent_nisba_surname(st, i + 1) ||
          evg_ent_family_name(st, i + 1)))
        return 0;
    size_t n, n2;
    const char *s = evg_ent_tok_str(st->d, i, &n), *s2 = evg_ent_tok_str(st->d, i + 1, &n2);
    if (evg_ent_local_find(st, s2, n2) == ent) return 0;
    return !local_is_surname(st, s, n) || known_name_after(st, i);
}

/* A bare word of a person found earlier in this document, also behind one
 * of the proclitics و ف ب ل (وشين). */
int32_t evg_ent_local_at(scan *st, int32_t i)
{
    static const char *const one[] = {"و", "ف", "ب", "ل"};
    const evg_token *t = &st->d->tokens.v[i];
    size_t n;
    const char *s = evg_ent_tok_str(st->d, i, &n);
    int32_t c = st->local.n ? compound_surname_at(st, i) : -1;
    if (c > i) return c;
    int32_t ent = t->kind == EVG_TOK_WORD && st->local.n && (n > 2 || evg_ent_short_latin_name(st, i)) ? evg_ent_local_find(st, s, n) : -1;
    int32_t skip = 0, g;
    for (size_t c = 0; ent < 0 && st->local.n && t->script == EVG_SCRIPT_ARAB && c < 4; c++)
        if (n > 2 && !memcmp(s, one[c], 2) && (ent = evg_ent_local_find(st, s + 2, n - 2)) >= 0) skip = 1;
    if (ent >= 0 && i > 0 && evg_ent_same_sent(st->d, i - 1, i) && evg_ent_given_name(st, i - 1, &g))
        ent = -1; /* "محمد المختار ...": a word of another person's name */
    if (ent >= 0 && !skip && opens_other_name(st, i, ent)) ent = -1;
    if (ent >= 0) evg_ent_add_mention(st, ent, i, i + 1, evg_ent_orig_after_letters(st->d, t, skip), t->oe, EVG_MEN_NAME);
    return i + 1;
}
