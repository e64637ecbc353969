/*
 * entities_title.c - actors: a title and the person it stands for.
 *
 * Owns title_hit (entities_int.h) and its resolution: the qualifier read
 * after an Arabic title or before an English one (make_qual, qual_after),
 * a name after the title or a rank (person_after, honor_skip, title_name),
 * the office holder on the sentence's date (holder_of), an entity made
 * from the office (office_entity, body_entity, ministry_entity), the last
 * antecedent of the same office, and a bare title's surname
 * (title_resolve_at).
 * Reads keys and spans (entities_key.c) and the qualifiers and fallbacks
 * of entities_qualify.c; a title key in the text reaches it through
 * title_at (entities_office.c).  Writes TITLE mentions and new people.
 */
#include "entities_int.h"

#include <stdio.h>

/* Qualifier from a matched key: a demonym, a country or an organisation. */
/* The country a shared name or nisba stands for here: of its candidates,
 * the one named last in the document, else the first. */
int evg_ent_ambig_entry(const scan *st, int target)
{
    const gaz_ambig *a = &st->g->ambig.v[target];
    for (size_t i = st->d->mentions.n; i-- > 0;)
        for (int c = 0; c < a->n; c++)
            if (st->by_entry[a->entry[c]] && st->by_entry[a->entry[c]] - 1 == st->d->mentions.v[i].entity)
                return a->entry[c];
    return a->entry[0];
}

int evg_ent_make_qual(const scan *st, const span *m, qual *q)
{
    const gaz_key *k = &st->g->keys.v[m->key];
    if (k->kind == GAZ_AMBIG) {
        q->entry = evg_ent_ambig_entry(st, k->target);
        q->is_org = 0, q->end = m->end, q->oe = m->oe, q->first = m->first, q->os = m->os;
        q->kind = st->g->ambig.v[k->target].is_name ? EVG_MEN_NAME : EVG_MEN_DEMONYM;
        return 1;
    }
    if (k->kind != GAZ_DEMONYM && k->kind != GAZ_NAME) return 0;
    /* "الحكومة في عمان" in a story from Jordan: Amman, a city, qualifies no title ("ملك الأردن"
     * and "سلطان عمان" name the country) */
    int at = k->kind == GAZ_NAME && m->first > 0 && evg_tok_is(st->d, (size_t)m->first - 1, "في");
    int target = at ? evg_ent_amman_or_oman(st, m, k) : k->target;
    const gaz_entry *e = &st->g->ents.v[target];
    if (k->kind == GAZ_NAME && !e->is_country && strcmp(e->type, "ORG") != 0) return 0;
    q->entry = target;
    q->is_org = k->kind == GAZ_NAME && !e->is_country;
    q->end = m->end;
    q->oe = m->oe;
    q->first = m->first;
    q->os = m->os;
    q->kind = k->kind == GAZ_DEMONYM ? EVG_MEN_DEMONYM : EVG_MEN_NAME;
    return 1;
}

/* Is Arabic token k a common noun of a kind of body (شركة, منظمة, حركة
 * ...), also behind ل, written before the body's own name? */
int evg_ent_body_noun(const scan *st, int32_t k)
{
    static const char *const w[] = {"شركه", "لشركه", "منظمه", "لمنظمه", "مجموعه", "لمجموعه", "حركه", "لحركه",
                                    "جماعه", "لجماعه", "مءسسه", "لمءسسه", "وكاله", "لوكاله", "حزب", "لحزب",
                                    "جيش", "لجيش", "جبهه", "لجبهه", "قوات", "لقوات", "ميليشيا", "لميليشيا"};
    return k >= 0 && (size_t)k < st->d->tokens.n && st->d->tokens.v[k].script == EVG_SCRIPT_ARAB &&
           evg_tok_in_static(st->d, (size_t)k, w, sizeof w / sizeof *w, EVG_WS_PLAIN);
}

/* "الحكومة الانتقالية في مالي", "السلطات المؤقتة في غينيا": an Arabic
 * adjective of a government's standing (transitional, interim, new,
 * ruling, current) between a title and في leaves the place after في its
 * qualifier.  The token after the adjective, or j. */
static int32_t standing_adjective_skip(const scan *st, int32_t j)
{
    static const char *const adj[] = {"الانتقاليه", "الانتقالي", "المءقته", "المءقت", "الجديده", "الجديد",
                                      "الحاكمه", "الحاكم", "الحاليه", "الحالي"};
    const evg_doc *d = st->d;
    if ((size_t)j + 1 >= d->tokens.n || d->tokens.v[j].script != EVG_SCRIPT_ARAB || !evg_ent_same_sent(d, j, j + 1) ||
        !evg_tok_in_static(d, (size_t)j, adj, sizeof adj / sizeof *adj, EVG_WS_PLAIN) || !evg_tok_is(d, (size_t)j + 1, "في"))
        return j;
    return j + 1;
}

/* Qualifier written after a title at token j (optionally after في / of / for, and "the"). */
int evg_ent_qual_after(const scan *st, int32_t j, qual *q)
{
    const evg_doc *d = st->d;
    span m;
    int32_t k = standing_adjective_skip(st, j);
    if (evg_tok_is(d, (size_t)k, "في") || evg_tok_is(d, (size_t)k, "of") || evg_tok_is(d, (size_t)k, "for")) {
        k++;
        if (evg_tok_is(d, (size_t)k, "the") && evg_ent_same_sent(d, k, k + 1)) k++; /* "of the United Nations" */
    }
    if (evg_ent_body_noun(st, k) && evg_ent_same_sent(d, k, k + 1) && !evg_ent_match_at(st, k, GAZ_NAME, &m) && evg_ent_match_at(st, k + 1, GAZ_NAME, &m) &&
        !strcmp(st->g->ents.v[st->g->keys.v[m.key].target].type, "ORG"))
        k++; /* "الرئيس التنفيذي لشركة غلينكور", "الباحثة في منظمة هيومن رايتس ووتش" */
    if (!evg_ent_same_sent(d, j - 1, k) || !evg_ent_match_at(st, k, GAZ_NAME | GAZ_DEMONYM | GAZ_AMBIG, &m)) return 0;
    return evg_ent_make_qual(st, &m, q);
}

/* A listed person's name at token j (after at most one comma). */
/* Token after any ranks and honorifics at j ("العميد", "Prince", "Gen."). */
int32_t evg_ent_honor_skip(const scan *st, int32_t j)
{
    span m;
    int32_t j0 = j;
    while ((j == j0 || evg_ent_same_sent(st->d, j0, j)) && evg_ent_match_at(st, j, GAZ_HONOR, &m)) {
        j = m.end;
        if (evg_tok_is(st->d, (size_t)j, ".") && !(st->d->tokens.v[j].flags & EVG_TOKF_SPACE_BEFORE)) j++;
    }
    return j;
}

int evg_ent_person_after(const scan *st, int32_t j, span *m)
{
    if (evg_ent_is_comma(st->d, j)) j++;
    j = evg_ent_honor_skip(st, j);
    if (!evg_ent_same_sent(st->d, j - 1, j) || !evg_ent_match_at(st, j, GAZ_NAME, m)) return 0;
    const gaz_key *k = &st->g->keys.v[m->key];
    return !strcmp(st->g->ents.v[k->target].type, "PER");
}

int evg_ent_holder_of(const scan *st, const char *office, const qual *q, int32_t day)
{
    if (q->entry < 0 || !*office) return -1;
    char key[256];
    evg_str3(key, sizeof key, st->g->ents.v[q->entry].id, ":", office); /* speed: no snprintf */
    return evg_gaz_office_holder(st->g, key, day);
}

/* The holder of an acting title: the person listed as acting in the office
 * on the day, or -1. */
static int acting_holder_of(const scan *st, const char *office, const qual *q, int32_t day)
{
    if (q->entry < 0 || !*office) return -1;
    char key[256];
    evg_str3(key, sizeof key, st->g->ents.v[q->entry].id, ":", office);
    return evg_gaz_acting_holder(st->g, key, day);
}

/* English name of an office entity: the title's pattern with the country's
 * adjective (%a) or name (%c) ("Syrian Ministry of Foreign Affairs",
 * "Parliament of Morocco"), else "<qualifier> <office>". */
static void office_name_en(const gaz_title *t, const gaz_entry *qe, const char *office, char *en, size_t cap)
{
    const char *name = *qe->name_en ? qe->name_en : qe->id;
    size_t o = 0;
    if (!*t->en || !qe->is_country) {
        snprintf(en, cap, "%s %s", name, office);
        for (char *p = en; *p; p++) if (*p == '_') *p = ' ';
        return;
    }
    for (const char *p = t->en; *p && o + 1 < cap; p++) {
        const char *ins = p[0] != '%' ? NULL : p[1] == 'a' ? (qe->adj_en ? qe->adj_en : name) : p[1] == 'c' ? name : NULL;
        if (!ins) {
            en[o++] = *p;
            continue;
        }
        o += (size_t)snprintf(en + o, cap - o, "%s", ins);
        if (o >= cap) o = cap - 1;
        p++;
    }
    en[o] = '\0';
}

/* A new entity for a body the text names (an office, a ministry): named in
 * English en, and in an Arabic text as written at [os, oe). */
int32_t evg_ent_body_entity(scan *st, const char *id, const char *en, const char *type, const char *country,
                           const char *role, int32_t os, int32_t oe)
{
    evg_doc *d = st->d;
    evg_entity x;
    memset(&x, 0, sizeof x);
    x.id = evg_arena_strdup(d->arena, id);
    x.name = d->lang == EVG_LANG_EN ? evg_arena_strdup(d->arena, en)
                                    : evg_arena_strndup(d->arena, d->raw.p + os, (size_t)(oe - os));
    x.name_en = evg_arena_strdup(d->arena, en);
    x.type = type;
    x.country = country;
    x.role = role;
    x.first_mention = -1;
    return evg_ent_entity_push(st, &x);
}

/* An entity for an office nobody is listed for: "irn-foreign-ministry". */
int32_t evg_ent_office_entity(scan *st, const gaz_title *t, const char *office, const qual *q,
                             int32_t os, int32_t oe)
{
    const gaz_entry *qe = &st->g->ents.v[q->entry];
    char id[256], en[256];
    snprintf(id, sizeof id, "%s-%s", qe->id, office);
    for (char *p = id; *p; p++) if (*p == '_') *p = '-';
    int32_t ent = evg_ent_entity_by_id(st, id);
    if (ent >= 0) return ent;
    office_name_en(t, qe, office, en, sizeof en);
    const char *role = strcmp(t->type, "PER") ? t->role : evg_ent_body_role(st, q, t->role); /* the person serves the body */
    return evg_ent_body_entity(st, id, en, t->type, qe->country, role, os, oe);
}

/* The entity of country qe's ministry of portfolio en ("sdn-health-ministry",
 * "Sudanese Ministry of Health"), made on first use. */
int32_t evg_ent_ministry_entity(scan *st, const gaz_entry *qe, const char *en, int32_t os, int32_t oe)
{
    char id[256], slug[128], name[256];
    evg_ent_slugify(en, slug, sizeof slug);
    snprintf(id, sizeof id, "%s-%s-ministry", qe->id, slug);
    int32_t ent = evg_ent_entity_by_id(st, id);
    if (ent >= 0) return ent;
    snprintf(name, sizeof name, "%s Ministry of %s", qe->adj_en ? qe->adj_en : qe->name_en, en);
    return evg_ent_body_entity(st, id, name, "ORG", qe->country, "GOV", os, oe);
}

/* Is office o one that makes its holder the leader of a country: a head
 * of state or of government, a monarch, a supreme leader? */
static int leading_office(const char *o)
{
    static const char *const lead[] = {"president", "prime_minister", "king", "emir", "sultan", "chancellor",
                                       "head_of_state", "supreme_leader", NULL};
    for (int k = 0; lead[k]; k++)
        if (!strcmp(o, lead[k])) return 1;
    return 0;
}

/* Does an earlier title's office answer for this one?  1: the same office,
 * or for the bare "minister" (الوزير) any minister but the prime minister;
 * 2: for "leader" ("the Kenyan leader", "الزعيم التركي") a head of state or
 * of government already named, which the caller takes only when the title
 * names the country ("a Western leader" names none). */
static int office_fits(const char *want, const char *had)
{
    if (!strcmp(want, had) || !strcmp(want, "official")) return 1; /* "المسؤول الإيراني": any earlier title */
    if (!strcmp(want, "leader") && leading_office(had)) return 2;
    size_t n = strlen(had);
    return !strcmp(want, "minister") && n > 9 && !strcmp(had + n - 9, "_minister") &&
           strcmp(had, "prime_minister") != 0;
}

/* The last entity an earlier title of a fitting office stood for, of the
 * country of gazetteer entry q when q >= 0. */
int32_t evg_ent_antecedent_get(const scan *st, const char *office, int q)
{
    for (size_t i = st->ante.n; i-- > 0;) {
        const antecedent *a = &st->ante.v[i];
        int fit = *office ? office_fits(office, a->office) : 0;
        if (!fit || (fit == 2 && q < 0)) continue;
        if (q >= 0 && strcmp(st->d->entities.v[a->ent].country, st->g->ents.v[q].country) != 0) continue;
        return a->ent;
    }
    return -1;
}

void evg_ent_antecedent_set(scan *st, const char *office, int32_t ent)
{
    antecedent a = {office, ent};
    if (*office && strcmp(office, "self") != 0) evg_vec_push(&st->ante, a);
}

/* Is the text word s[0..n) word t of key, or, five letters or more, a
 * close spelling of it in the same script (فجيسا for فقيسا)? */
static int key_word_fits(const char *s, size_t n, const gaz_key *key, int t)
{
    size_t letters = evg_ent_count_letters(s, n);
    if (letters < 3) return 0;
    if (evg_ent_text_eq(s, n, key, t)) return 1;
    const char *w = key->tok[t];
    size_t wn = strlen(w);
    int arab = (unsigned char)s[0] >= 0xD8, warab = wn && (unsigned char)w[0] >= 0xD8;
    return letters >= 5 && wn && arab == warab && evg_gaz_spelling_close(s, n, w, wn);
}

/* Does the unlisted name [first, end) share a word with a name of entry e? */
int evg_ent_shares_word(const scan *st, int e, int32_t first, int32_t end)
{
    for (int32_t j = first; j < end; j++) {
        size_t n;
        const char *s = evg_ent_tok_str(st->d, j, &n);
        for (int k = st->g->ents.v[e].first_key; k >= 0; k = st->g->keys.v[k].enext) {
            const gaz_key *key = &st->g->keys.v[k];
            for (int t = 0; t < key->ntok; t++)
                if (key_word_fits(s, n, key, t)) return 1;
        }
    }
    return 0;
}

/* Who the title stands for when a name follows it or an office holder is known. */
/* "السفير البريطاني لدى اليمن", "المبعوث الأممي إلى اليمن": where an
 * Arabic title holder is posted (إلى, لدى or في and a listed place or body) may
 * come between the title and the name; the posting into *m. */
static int posting_after(const scan *st, int32_t k, span *m)
{
    const evg_doc *d = st->d;
    if ((size_t)k + 1 >= d->tokens.n || !evg_ent_same_sent(d, k, k + 1) || d->tokens.v[k].script != EVG_SCRIPT_ARAB) return 0;
    if (!evg_tok_is(d, (size_t)k, "الي") && !evg_tok_is(d, (size_t)k, "لدي") && !evg_tok_is(d, (size_t)k, "في"))
        return 0; /* "منسقة الشؤون الإنسانية للأمم المتحدة في السودان" + name */
    if (!evg_ent_match_at(st, k + 1, GAZ_NAME, m) || m->os != d->tokens.v[k + 1].os) return 0;
    const char *type = st->g->ents.v[st->g->keys.v[m->key].target].type;
    return !strcmp(type, "GPE") || !strcmp(type, "ORG");
}

static void title_resolve_at(scan *st, title_hit *h, int32_t base);

/* A definite word at k that is only a listed person's family name (الصفدي
 * of Ayman Safadi) standing after another given name: "رئيس مجلس النواب
 * أحمد الصفدي" is a second bearer of the name, not the listed person. */
static int other_bearer(const scan *st, int32_t k)
{
    span m;
    size_t n;
    const char *w = evg_ent_tok_str(st->d, k, &n);
    if (n < 10 || memcmp(w, "ال", 4) != 0 || evg_ent_is_stop_tok(st, k) || st->in_timex[k]) return 0;
    if (evg_ent_match_at(st, k, GAZ_DEMONYM | GAZ_TITLE | GAZ_AMBIG | GAZ_PAIR, &m)) return 0;
    if (!evg_ent_match_at(st, k, GAZ_NAME, &m) || m.end != k + 1) return 0;
    return !strcmp(st->g->ents.v[st->g->keys.v[m.key].target].type, "PER");
}

/* The name after a person title: an unlisted name, or a common given name
 * and one family word in ال before any word ("رئيس مجلس الأمة أحمد
 * السعدون في كلمته"): after a title the given name vouches for the name,
 * which elsewhere needs a comma or إن after the family word. */

/* "Indonesia's chief justice Suhartoyo said": one capitalised Latin word
 * nobody listed, no head, right before a reporting verb, is a one-word
 * name after a title (Indonesian and Burmese names are often one word). */
static int latin_mononym(const scan *st, int32_t j)
{
    span m;
    const evg_doc *d = st->d;
    if ((size_t)j + 1 >= d->tokens.n || d->tokens.v[j].script != EVG_SCRIPT_LATN || !evg_ent_cap_word(st, j)) return 0;
    if (!evg_ent_same_sent(d, j, j + 1) || !evg_ent_reporting_word(st, j + 1) || evg_ent_head_kind(st, j) > 0) return 0;
    return !evg_ent_match_at(st, j, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE | GAZ_HONOR | GAZ_AMBIG, &m);
}

/* "عضو مكتبها السياسي", "قائدهم العسكري": an Arabic word of five letters or
 * more ending in an attached pronoun (ها, هم, هما: "its", "their") before
 * a definite adjective is a noun of the body the title belongs to, no name
 * (names in ها are short: مها). */
static int pronoun_noun(const scan *st, int32_t j)
{
    static const char *const suf[] = {"ها", "هم", "هما"};
    size_t n;
    if ((size_t)j + 1 >= st->d->tokens.n || st->d->tokens.v[j].script != EVG_SCRIPT_ARAB) return 0;
    const char *w = evg_ent_tok_str(st->d, j, &n);
    for (size_t a = 0; a < sizeof suf / sizeof *suf; a++) {
        size_t l = strlen(suf[a]);
        if (n >= 10 && !memcmp(w + n - l, suf[a], l)) return evg_ent_plain_definite(st, j + 1, j);
    }
    return 0;
}

int evg_ent_title_name(const scan *st, int32_t j, int32_t *end)
{
    int skip;
    size_t n;
    if (pronoun_noun(st, j)) return 0;
    if ((size_t)j + 1 < st->d->tokens.n && st->d->tokens.v[j].script == EVG_SCRIPT_ARAB &&
        !memcmp(evg_ent_tok_str(st->d, j, &n), "ل", 2) && !evg_ent_given_name(st, j, &skip) && evg_ent_plain_definite(st, j + 1, j))
        return 0; /* "الناطق باسم الجمعية ... لحقوق الإنسان": a field, no name */
    if ((size_t)j < st->d->tokens.n && st->d->tokens.v[j].script == EVG_SCRIPT_ARAB) {
        const char *w = evg_ent_tok_str(st->d, j, &n);
        if (n > 4 && !memcmp(w, "ل", 2) && (evg_gaz_smap_get(&st->g->orgheads, w + 2, n - 2) >= 3 || evg_ent_body_noun(st, j)))
            return 0; /* "القائد السابق لجيش تحرير كوسوفو": the body led, no name */
    }
    if (evg_ent_unknown_name(st, j, end)) return 1;
    if (evg_ent_given_city_pair(st, j, st->d->tokens.v[j].script == EVG_SCRIPT_LATN, 1)) return *end = j + 2, 1;
    if (latin_mononym(st, j)) return *end = j + 1, 1;
    if ((size_t)j + 1 >= st->d->tokens.n || st->d->tokens.v[j].script != EVG_SCRIPT_ARAB ||
        !evg_ent_same_sent(st->d, j, j + 1) || !evg_ent_given_name(st, j, &skip) || skip)
        return 0;
    if (!evg_ent_family_word(st, j + 1) && !other_bearer(st, j + 1)) return 0;
    *end = j + 2;
    return 1;
}

void evg_ent_title_resolve(scan *st, title_hit *h)
{
    h->has_post = !strcmp(h->t->type, "PER") && posting_after(st, h->end, &h->post);
    title_resolve_at(st, h, h->has_post ? h->post.end : h->end);
    if (h->has_post && h->name_first < 0) { /* no name after the posting: read it as usual */
        h->has_post = 0;
        title_resolve_at(st, h, h->end);
    }
}

/* A listed person named after a title of another country is somebody else
 * who bears the name: "وزير الدفاع الكولومبي بيدرو سانشيز" is not Spain's
 * prime minister.  Only a country (or a place of one) qualifies the title;
 * an organisation or a person listed without a country never refuses. */
static int foreign_bearer(const scan *st, const title_hit *h, int target)
{
    if (h->q.entry < 0 || h->q.is_org || h->q.first < 0) return 0;
    const char *qc = st->g->ents.v[h->q.entry].country, *pc = st->g->ents.v[target].country;
    return qc && pc && *qc && *pc && strcmp(qc, pc) != 0;
}

/* "The speaker of Ghana's parliament, Alban Bagbin, ...", "the leader of
 * Thailand's opposition People's Party, X Y, said": an English title whose
 * qualifier is followed by up to five more words of the body it heads, then
 * a comma and a capitalised name closed by a comma or a reporting verb.
 * Returns the comma's token (the name starts after it), or -1. */
static int32_t latin_body_appositive(const scan *st, int32_t base)
{
    const evg_doc *d = st->d;
    int32_t k = base, ue;
    if ((size_t)base >= d->tokens.n || d->tokens.v[base].script != EVG_SCRIPT_LATN) return -1;
    while ((size_t)k < d->tokens.n && k < base + 6 && evg_ent_same_sent(d, base, k) && !evg_ent_is_comma(d, k)) {
        const evg_token *t = &d->tokens.v[k];
        int apos = t->kind == EVG_TOK_PUNCT && (evg_tok_is(d, (size_t)k, "'") || evg_tok_is(d, (size_t)k, "\xE2\x80\x99"));
        if (!apos && (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_LATN || evg_ent_english_verb(st, k, 0))) return -1;
        k++;
    }
    if ((size_t)k + 1 >= d->tokens.n || k == base || !evg_ent_is_comma(d, k) || !evg_ent_same_sent(d, k, k + 1)) return -1;
    int32_t nf = evg_ent_honor_skip(st, k + 1); /* a rank: "..., Colonel Abdou Ndiaye," */
    if (d->tokens.v[k + 1].script != EVG_SCRIPT_LATN || !evg_ent_same_sent(d, k, nf) || !evg_ent_unknown_name(st, nf, &ue)) return -1;
    return (size_t)ue < d->tokens.n && (evg_ent_is_comma(d, ue) || evg_tok_is(d, (size_t)ue, "said") || evg_ent_reporting_word(st, ue))
               ? k : -1;
}

/* "رئيس هيئة الانتخابات في بيرو، راميرو كيسبي، إن": the Arabic form of
 * latin_body_appositive.  One to five Arabic words after the title (the
 * body and its place, none shaped like an inflected verb), a comma and a
 * name closed by a comma or by إن or أن.  Returns the comma's token, or -1. */
static int32_t arabic_body_appositive(const scan *st, int32_t base)
{
    const evg_doc *d = st->d;
    int32_t k = base, ue;
    size_t n;
    if ((size_t)base >= d->tokens.n || d->tokens.v[base].script != EVG_SCRIPT_ARAB) return -1;
    while ((size_t)k < d->tokens.n && k < base + 6 && evg_ent_same_sent(d, base, k) && !evg_ent_is_comma(d, k)) {
        const evg_token *t = &d->tokens.v[k];
        const char *w = evg_ent_tok_str(d, k, &n);
        if (t->kind != EVG_TOK_WORD || t->script != EVG_SCRIPT_ARAB || st->in_timex[k] || evg_ar_verb_shape(w, n, EVG_VS_INFLECTED) ||
            evg_tok_is(d, (size_t)k, "ان") || evg_tok_is(d, (size_t)k, "بان") || evg_tok_is(d, (size_t)k, "انه"))
            return -1; /* a clause, not the body: "بأن بلاده جاهزة، وأضاف" */
        k++;
    }
    if ((size_t)k + 1 >= d->tokens.n || k == base || !evg_ent_is_comma(d, k) || !evg_ent_same_sent(d, k, k + 1)) return -1;
    if (d->tokens.v[k + 1].script != EVG_SCRIPT_ARAB || !evg_ent_unknown_name(st, k + 1, &ue)) return -1;
    if ((size_t)ue >= d->tokens.n) return -1;
    return evg_ent_is_comma(d, ue) || evg_tok_is(d, (size_t)ue, "ان") ? k : -1;
}

/* Is the Arabic name after a title set off by commas, "...، X Y، إن"
 * (base the comma after the title, ue the end of the name)?  Such a name is
 * the person meant even when the table lists another holder of the office
 * read from the title ("رئيس المحكمة ... في باراغواي، X Y،" heads the
 * court, not the country). */
static int comma_enclosed(const scan *st, int32_t base, int32_t ue)
{
    const evg_doc *d = st->d;
    if (!evg_ent_is_comma(d, base) || (size_t)ue >= d->tokens.n || d->tokens.v[base + 1].script != EVG_SCRIPT_ARAB) return 0;
    return evg_ent_is_comma(d, ue) || evg_tok_is(d, (size_t)ue, "ان");
}

/* Is token j the last word of a name (two words or more) of entry e? */
static int last_name_word(const scan *st, int e, int32_t j)
{
    size_t n;
    const char *s = evg_ent_tok_str(st->d, j, &n);
    for (int k = st->g->ents.v[e].first_key; k >= 0; k = st->g->keys.v[k].enext) {
        const gaz_key *key = &st->g->keys.v[k];
        if (key->ntok >= 2 && key_word_fits(s, n, key, key->ntok - 1)) return 1;
    }
    return 0;
}

/* Is the alpha-3 code a (upper case) the entry id [id, id + n) (lower case)? */
static int alpha3_is(const char *a, const char *id, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((a[i] >= 'A' && a[i] <= 'Z' ? a[i] - 'A' + 'a' : a[i]) != id[i]) return 0;
    return 1;
}

/* Does the document name the country whose entry id is [id, id + n):
 * its people and bodies found so far, or anywhere in the text the country,
 * its demonym or one of its places ("القاهرة" after "الوزير شكري")? */
static int doc_names_country(const scan *st, const char *id, size_t n)
{
    const evg_doc *d = st->d;
    for (size_t e = 0; e < d->entities.n; e++) {
        int c = evg_ent_country_entry_of(st, &d->entities.v[e]);
        if (c >= 0 && strlen(st->g->ents.v[c].id) == n && !memcmp(st->g->ents.v[c].id, id, n)) return 1;
    }
    for (int32_t k = 0; (size_t)k < d->tokens.n; k++) {
        span m;
        qual q;
        if (d->tokens.v[k].kind != EVG_TOK_WORD || !evg_ent_match_at(st, k, GAZ_NAME | GAZ_DEMONYM, &m)) continue;
        const gaz_entry *e = &st->g->ents.v[st->g->keys.v[m.key].target];
        if (!strcmp(e->type, "GPE") && e->country && strlen(e->country) == n && alpha3_is(e->country, id, n)) return 1;
        if (evg_ent_make_qual(st, &m, &q) && q.entry >= 0 && strlen(st->g->ents.v[q.entry].id) == n &&
            !memcmp(st->g->ents.v[q.entry].id, id, n))
            return 1;
    }
    return 0;
}

/* "قال الوزير شكري", "الوزيرة فيرنانديز": a generic title (الوزير, whose
 * office no country fills) before one word that ends the name of whoever
 * holds, on that day, an office of that kind in a country the document
 * names ("foreign_minister", "defence_minister" for "minister"): that
 * holder, when exactly one person fits; else -1. */
static int office_kind_surname(const scan *st, const title_hit *h, int32_t j, int32_t day)
{
    const struct evg_gazetteer *g = st->g;
    const char *kind = h->t->office;
    size_t kn = strlen(kind);
    int found = -1;
    const int *of_kind = evg_gaz_offices_of_kind(g, kind); /* speed: the offices of that kind, else all */
    for (size_t i = 0; of_kind ? of_kind[i] >= 0 : i < g->offices.n; i++) {
        const gaz_office *o = &g->offices.v[of_kind ? (size_t)of_kind[i] : i];
        int valid = day == EVG_NODATE ? o->to == EVG_NODATE
                                      : (o->from == EVG_NODATE || o->from <= day) && (o->to == EVG_NODATE || day <= o->to);
        const char *c = o->kind;
        if (!valid || !c || o->entry == found) continue;
        size_t on = (size_t)o->kind_len;
        if (on < kn || strcmp(c + on - kn, kind) != 0 || (on > kn && c[on - kn - 1] != '_')) continue;
        if (!last_name_word(st, o->entry, j) || !doc_names_country(st, o->office, (size_t)(c - 1 - o->office))) continue;
        if (found >= 0) return -1; /* two holders share the word: neither */
        found = o->entry;
    }
    return found;
}

/* An unqualified title before one word of the name of whoever holds its
 * office, on that day, in a country the document has named (its people,
 * bodies and places count): "الرئيس عون" after "الجيش اللبناني" is
 * Lebanon's president, "President Ruto" Kenya's.  The holder, or -1. */
static int bare_title_surname(const scan *st, const title_hit *h, int32_t j, int32_t day)
{
    const evg_doc *d = st->d;
    if (h->q.entry >= 0 || h->deputy || !*h->t->office || (size_t)j >= d->tokens.n || !evg_ent_same_sent(d, h->first, j) ||
        d->tokens.v[j].kind != EVG_TOK_WORD || evg_ent_is_stop_tok(st, j) || st->in_timex[j])
        return -1;
    for (size_t e = 0; e < d->entities.n; e++) {
        qual q = {.entry = evg_ent_country_entry_of(st, &d->entities.v[e])};
        int holder = q.entry >= 0 ? evg_ent_holder_of(st, h->t->office, &q, day) : -1;
        if (holder >= 0 && evg_ent_shares_word(st, holder, j, j + 1)) return holder;
    }
    return office_kind_surname(st, h, j, day);
}

/* A listed person's name right after the title (or its rank) is the
 * person, unless a foreign bearer shares it.  1: resolved. */
static int title_listed_name(scan *st, title_hit *h, int32_t base)
{
    span nm;
    if (!strcmp(h->t->type, "PER") && evg_ent_person_after(st, base, &nm)) {
        evg_ent_family_close(st, &nm);
        h->name_first = nm.first, h->name_end = nm.end, h->name_os = nm.os, h->name_oe = nm.oe;
        if (foreign_bearer(st, h, st->g->keys.v[nm.key].target)) {
            h->ent = evg_ent_new_person(st, nm.first, nm.end, h);
            if (h->ent < 0) h->name_first = -1;
            return 1;
        }
        h->ent = evg_ent_entity_of(st, st->g->keys.v[nm.key].target);
        evg_ent_remember_name_words(st, &nm, h->ent);
        return 1;
    }
    return 0;
}

/* A spelling variant of a listed person's name at j (entities_fuzzy.c).
 * 1: resolved. */
static int title_variant_name(scan *st, title_hit *h, int32_t j)
{
    span nm;
    if (evg_ent_same_sent(st->d, h->first, j) && evg_ent_fuzzy_match(st, j, &nm) &&
        !strcmp(st->g->ents.v[st->g->keys.v[nm.key].target].type, "PER")) {
        h->ent = evg_ent_entity_of(st, st->g->keys.v[nm.key].target);
        h->name_first = nm.first, h->name_end = nm.end, h->name_os = nm.os, h->name_oe = nm.oe;
        evg_ent_remember_name_words(st, &nm, h->ent);
        return 1;
    }
    return 0;
}

/* A body named after the title, a comma and a new person's name ("the
 * foreign minister of X's parliament, Y").  1: resolved. */
static int title_appositive_name(scan *st, title_hit *h, int32_t base, int32_t j)
{
    int32_t ue;
    int32_t comma = latin_body_appositive(st, base);
    if (comma < 0 && !evg_ent_title_name(st, j, &ue)) comma = arabic_body_appositive(st, base); /* no name right after */
    /* a rank after the comma is no name word ("..., Colonel Abdou Ndiaye") */
    int32_t nf = comma >= 0 ? evg_ent_honor_skip(st, comma + 1) : -1;
    if (comma >= 0 && !evg_ent_is_comma(st->d, base) && evg_ent_same_sent(st->d, comma, nf) && evg_ent_title_name(st, nf, &ue)) {
        h->ent = evg_ent_new_person(st, nf, ue, h);
        h->name_first = nf, h->name_end = ue;
        h->name_os = st->d->tokens.v[nf].os, h->name_oe = st->d->tokens.v[ue - 1].oe;
        h->gap = 1;
        if (h->ent >= 0) return 1;
        h->name_first = -1, h->gap = 0;
    }
    return 0;
}

/* A bare title and a listed person's surname at j (bare_title_surname).
 * 1: resolved. */
static int title_bare_name(scan *st, title_hit *h, int32_t j, int32_t day)
{
    int bare = bare_title_surname(st, h, j, day);
    if (bare >= 0) {
        h->ent = evg_ent_entity_of(st, bare);
        h->name_first = j, h->name_end = j + 1;
        h->name_os = st->d->tokens.v[j].os, h->name_oe = st->d->tokens.v[j].oe;
        evg_ent_local_alias_add(st, j, h->name_os, h->ent); /* the headline's "عون يستقبل" */
        return 1;
    }
    return 0;
}

/* Does token k end, by its consonant skeleton (entities_fuzzy.c), a name
 * of entry e of two words or more, or is it e's one-word name: "بارنييه" for
 * Michel Barnier, "ستارمير" for Keir Starmer?  Any script on either side. */
static int surname_skeleton_of(const scan *st, int e, int32_t k)
{
    char a[64], b[64];
    size_t n;
    const char *s = evg_ent_tok_str(st->d, k, &n);
    if (evg_gaz_cskel(&s, &n, 1, a, sizeof a) < 3) return 0; /* too short to tell two names apart */
    for (int c = st->g->ents.v[e].first_key; c >= 0; c = st->g->keys.v[c].enext) {
        const gaz_key *key = &st->g->keys.v[c];
        const char *t = key->tok[key->ntok - 1];
        size_t tn = strlen(t);
        if (evg_gaz_cskel(&t, &tn, 1, b, sizeof b) > 0 && !strcmp(a, b)) return 1;
    }
    return 0;
}

/* An Arabic name of two words or more right after a title whose office has
 * a listed holder ("رئيس الوزراء الإيرلندي جون ميرفي"), opened by a listed
 * given name (without it, words after a title are mostly its object: "وفدا
 * عسكريا") and its last word not a spelling of the holder's surname: the
 * wire names the person it means, and the table may be out of date. */
static int named_not_holder(const scan *st, int holder, int32_t j, int32_t ue)
{
    int skip;
    if (holder < 0 || ue < j + 2 || st->d->tokens.v[j].script != EVG_SCRIPT_ARAB) return 0;
    return evg_ent_given_name(st, j, &skip) && !skip && !surname_skeleton_of(st, holder, ue - 1);
}

/* Does the Arabic name [j, ue) of two words or more open with a listed given
 * name that no name of the holder bears?  Then a surname in common is a
 * second bearer of it (a relative, a namesake), not the holder. */
static int other_given_name(const scan *st, int holder, int32_t j, int32_t ue)
{
    int skip;
    return ue >= j + 2 && st->d->tokens.v[j].script == EVG_SCRIPT_ARAB && evg_ent_given_name(st, j, &skip) && !skip &&
           !evg_ent_shares_word(st, holder, j, j + 1);
}

/* An unlisted name at j after the title: the holder when it shares a word
 * with the holder's name or ends in a spelling of the holder's surname, else
 * a new person.  1: resolved. */
static int title_unlisted_name(scan *st, title_hit *h, int32_t base, int32_t j, int holder)
{
    int32_t ue;
    /* a generic title ("الوزير السعودي") with an antecedent in the document
     * is that person; only a capitalised Latin name or portfolio words with a
     * name after them ("وزير الطاقة والمناجم محمد عرقاب") override it */
    int32_t ante = h->t->synth || h->portfolio || h->deputy || st->d->tokens.v[h->first].script == EVG_SCRIPT_LATN
                       ? -1 : evg_ent_antecedent_get(st, h->t->office, h->q.entry);
    /* a capitalised Latin name is the person it names even when another
     * holder is listed for the day ("Brazilian foreign minister X": the
     * table may be out of date, or X held the office before) */
    int latin = (size_t)j < st->d->tokens.n && st->d->tokens.v[j].script == EVG_SCRIPT_LATN;
    /* a ministry or government has several spokespeople (and deputies): a
     * name after a spokesman's title is that person, whoever is listed */
    int spokes = strstr(h->office, "spokes") != NULL;
    if (!evg_ent_same_sent(st->d, h->first, j) || ante >= 0 || !evg_ent_title_name(st, j, &ue)) return 0;
    /* the holder's given names with another last name are another person
     * ("محمد جواد حسيني" is not Mohammad Javad Zarif) */
    int shares = holder >= 0 && evg_ent_shares_word(st, holder, j, ue);
    int same = shares && evg_ent_shares_word(st, holder, ue - 1, ue);
    /* a last word spelled like the holder's surname: the holder ("ميشيل بارنيي") */
    int variant = holder >= 0 && !shares && !latin && surname_skeleton_of(st, holder, ue - 1);
    same = same || variant;
    if (same && other_given_name(st, holder, j, ue)) same = 0; /* "كارلوس سيلفا" is not Lula da Silva */
    if (holder < 0 || shares || variant || latin || spokes || comma_enclosed(st, base, ue) || named_not_holder(st, holder, j, ue)) {
        h->ent = same ? evg_ent_entity_of(st, holder) : evg_ent_new_person(st, j, ue, h);
        h->name_first = j, h->name_end = ue;
        h->name_os = st->d->tokens.v[j].os, h->name_oe = st->d->tokens.v[ue - 1].oe;
        if (h->ent >= 0) return 1;
        h->name_first = -1;
    }
    return 0;
}

/* "الرئيس الكيني جوزيف روتو": an Arabic given name the name reader leaves
 * alone (the next word is a listed name word), then the last word of the
 * holder's own name (or its spelling): the holder under another given name,
 * and the name covers both words.  Unlisted given names count when they
 * look like a name: no article, nothing listed, no stop word.  1: resolved. */
static int title_holder_surname(scan *st, title_hit *h, int32_t j, int holder)
{
    const evg_doc *d = st->d;
    int32_t ue;
    int skip;
    span m;
    size_t n;
    if (holder < 0 || (size_t)j + 1 >= d->tokens.n || !evg_ent_same_sent(d, h->first, j + 1) ||
        d->tokens.v[j].script != EVG_SCRIPT_ARAB || d->tokens.v[j].kind != EVG_TOK_WORD || st->in_timex[j] ||
        evg_ent_title_name(st, j, &ue))
        return 0;
    const char *w = evg_ent_tok_str(d, j, &n);
    int given = evg_ent_given_name(st, j, &skip) && !skip;
    if (!given && (n < 6 || !memcmp(w, "ال", 4) || evg_ent_is_stop_tok(st, j) ||
                   evg_ent_match_at(st, j, GAZ_NAME | GAZ_DEMONYM | GAZ_TITLE | GAZ_HONOR | GAZ_AMBIG, &m)))
        return 0;
    if (!last_name_word(st, holder, j + 1) && !surname_skeleton_of(st, holder, j + 1)) return 0;
    h->ent = evg_ent_entity_of(st, holder);
    h->name_first = j, h->name_end = j + 2;
    h->name_os = d->tokens.v[j].os, h->name_oe = d->tokens.v[j + 1].oe;
    return 1;
}

static void title_resolve_at(scan *st, title_hit *h, int32_t base)
{
    int32_t day = evg_ent_sent_day(st->d, h->first);
    int holder = h->acting ? acting_holder_of(st, h->office, &h->q, day)
                 : h->deputy ? -1 : evg_ent_holder_of(st, h->office, &h->q, day);
    h->name_first = -1;
    h->ent = -1;
    if (title_listed_name(st, h, base)) return;
    int32_t j = evg_ent_honor_skip(st, evg_ent_is_comma(st->d, base) ? base + 1 : base);
    if (strcmp(h->t->type, "PER") != 0) {
        if (holder >= 0) h->ent = evg_ent_entity_of(st, holder);
        return;
    }
    /* an unlisted name makes a new person only when nobody is listed for the
     * office on that day: the dated office table beats the name heuristic
     * ("الرئيس الروسي عما إذا"); a variant spelling of the holder's name
     * (one word in common) is the holder */
    if (title_variant_name(st, h, j) || title_appositive_name(st, h, base, j) || title_bare_name(st, h, j, day) ||
        title_unlisted_name(st, h, base, j, holder) || title_holder_surname(st, h, j, holder))
        return;
    if (holder >= 0) h->ent = evg_ent_entity_of(st, holder);
    else if (h->acting && h->q.entry >= 0 && st->g->ents.v[h->q.entry].is_country && *h->office)
        h->ent = evg_ent_office_entity(st, h->t, h->office, &h->q, h->os, h->oe); /* the office, acting */
}
